import CMicroHTTPD
import Glibc

/// A response whose body is produced a chunk at a time while libmicrohttpd sends it (chunked
/// transfer encoding): an export of any size holds one chunk in memory, never the whole body.
///
/// libmicrohttpd calls `next` from the connection's worker thread, one call at a time, when
/// the socket can take more; nil ends the body, a thrown error cuts the connection (the client
/// sees an incomplete transfer rather than a silently short file). Keep each chunk's work short:
/// it runs on a worker.
public final class StreamedResponse: @unchecked Sendable {
    public let status: Int
    public let headers: [(String, String)]
    private let next: () throws -> [UInt8]?
    private var pending: [UInt8] = []
    private var offset = 0

    public init(status: Int = 200, headers: [(String, String)], next: @escaping () throws -> [UInt8]?) {
        self.status = status
        self.headers = headers
        self.next = next
    }

    /// libmicrohttpd's reader results (`MHD_CONTENT_READER_END_OF_STREAM`, `…_END_WITH_ERROR`).
    private static let endOfStream = -1, endWithError = -2
    /// The largest piece libmicrohttpd asks for at once.
    private static let blockSize = 32 * 1024

    /// The next chunk of the body, nil at its end (what libmicrohttpd's reader calls; tests
    /// read a body with it).
    public func nextChunk() throws -> [UInt8]? { try next() }

    /// Copies up to `capacity` bytes into `buffer`, asking for the next chunk when needed.
    func read(into buffer: UnsafeMutableRawPointer, capacity: Int) -> Int {
        while offset == pending.count {
            do {
                guard let chunk = try nextChunk() else { return Self.endOfStream }
                pending = chunk
                offset = 0
            } catch {
                return Self.endWithError
            }
        }
        let count = min(capacity, pending.count - offset)
        pending.withUnsafeBytes { bytes in _ = memcpy(buffer, bytes.baseAddress! + offset, count) }
        offset += count
        return count
    }

    /// A native response that keeps this object alive until libmicrohttpd is done with it.
    func native(standardHeaders: [(String, String)]) -> OpaquePointer? {
        let context = Unmanaged.passRetained(self).toOpaque()
        guard let handle = MHD_create_response_from_callback(UInt64.max, Self.blockSize, Self.reader, context, Self.release) else {
            Unmanaged<StreamedResponse>.fromOpaque(context).release()
            return nil
        }
        for (name, value) in standardHeaders where !headers.contains(where: { $0.0 == name }) {
            MHD_add_response_header(handle, name, value)
        }
        for (name, value) in headers { MHD_add_response_header(handle, name, value) }
        return handle
    }

    private static let reader: MHD_ContentReaderCallback = { context, _, buffer, capacity in
        guard let context, let buffer else { return endWithError }
        return Unmanaged<StreamedResponse>.fromOpaque(context).takeUnretainedValue().read(into: buffer, capacity: capacity)
    }

    private static let release: MHD_ContentReaderFreeCallback = { context in
        if let context { Unmanaged<StreamedResponse>.fromOpaque(context).release() }
    }
}
