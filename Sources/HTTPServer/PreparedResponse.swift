import CMicroHTTPD

/// A libmicrohttpd response built once and queued many times (assets, cached pages, 304s).
///
/// libmicrohttpd reference-counts responses under its own lock, so one instance may be queued
/// from every worker thread at once; it is destroyed when the last Swift reference goes away.
public final class PreparedResponse: @unchecked Sendable {
    public let status: Int
    let handle: OpaquePointer
    /// The body's length, kept for metrics and tests (the bytes live inside libmicrohttpd).
    public let bodyLength: Int

    /// Copies `response` into libmicrohttpd once, with the standard headers added.
    public init?(_ response: Response, standardHeaders: [(String, String)] = SecurityHeaders.standard) {
        guard let handle = NativeResponse.make(response, standardHeaders: standardHeaders) else { return nil }
        self.status = response.status
        self.handle = handle
        self.bodyLength = response.body.count
    }

    deinit { MHD_destroy_response(handle) }
}

/// Turns a `Response` into a libmicrohttpd response; shared by fresh and prepared replies.
enum NativeResponse {
    static func make(_ response: Response, standardHeaders: [(String, String)]) -> OpaquePointer? {
        let handle = response.body.withUnsafeBytes { bytes in
            MHD_create_response_from_buffer(bytes.count, UnsafeMutableRawPointer(mutating: bytes.baseAddress),
                                            .RESPMEM_MUST_COPY)
        }
        guard let handle else { return nil }
        for (name, value) in standardHeaders where !response.headers.contains(where: { $0.0 == name }) {
            MHD_add_response_header(handle, name, value)
        }
        for (name, value) in response.headers {
            MHD_add_response_header(handle, name, value)
        }
        return handle
    }
}
