import CMicroHTTPD
import Glibc

/// The two moments of a request: its headers (refuse early, before reading a body or running
/// any handler) and its completion (decode, hand to the application, queue the answer).
enum RequestPipeline {
    static func begin(_ server: ServerContext, _ connection: OpaquePointer, _ version: UnsafePointer<CChar>?,
                      _ slot: UnsafeMutablePointer<UnsafeMutableRawPointer?>) -> MHD_Result {
        server.inFlight.add(1, ordering: .relaxed)
        Callbacks.withTrackerEntry(connection) { server.tracker.requestBegan($0) }
        let scan = FramingGuard.scan(connection)
        let http11 = version.map { strcmp($0, MHD_HTTP_VERSION_1_1) == 0 } ?? false
        switch server.hostCheck.verdict(hostCount: scan.hostCount, host: scan.host, http11: http11) {
        case .accepted: break
        case .malformed(let reason):
            slot.pointee = RequestState.bodiless
            return server.queue(.error(.badRequest("Malformed request: \(reason).", code: "malformed_request")),
                                on: connection, close: true)
        case .misdirected:
            slot.pointee = RequestState.bodiless
            return server.queue(.error(.misdirected), on: connection, close: true)
        }
        switch FramingGuard.verdict(scan) {
        case .refused(let reason):
            slot.pointee = RequestState.bodiless
            return server.queue(.error(.badRequest("Malformed request: \(reason).", code: "malformed_request")),
                                on: connection, close: true)
        case .ok(let bodyExpected, let contentLength):
            let limit = server.configuration.maxBodyBytes
            if let contentLength, contentLength > limit {
                slot.pointee = RequestState.bodiless
                return server.queue(.error(.payloadTooLarge(limit: limit)), on: connection, close: true)
            }
            slot.pointee = bodyExpected
                ? Unmanaged.passRetained(RequestState(limit: limit, expectedLength: contentLength)).toOpaque()
                : RequestState.bodiless
            return .YES
        }
    }

    static func finish(_ server: ServerContext, _ connection: OpaquePointer, _ url: UnsafePointer<CChar>,
                       _ method: UnsafePointer<CChar>, _ state: UnsafeMutableRawPointer) -> MHD_Result {
        if server.pendingReplies.any, let offload = server.offload, let reply = offload.takeReply(for: connection) {
            return server.queue(reply, on: connection)
        }
        if state == RequestState.bodiless, let get = PlainGet.make(connection, url, method),
           let prepared = server.handler.prepared(get) {
            return MHD_queue_response(connection, UInt32(prepared.status), prepared.handle)
        }
        var body: [UInt8] = []
        if state != RequestState.bodiless {
            let request = Unmanaged<RequestState>.fromOpaque(state).takeUnretainedValue()
            if request.overLimit {
                return server.queue(.error(.payloadTooLarge(limit: request.limit)), on: connection, close: true)
            }
            body = request.body
        }
        switch decode(connection, url, method, body, server.offload) {
        case .success(let request):
            return server.queue(server.handler.respond(to: request), on: connection)
        case .failure(let error):
            return server.queue(.error(error), on: connection)
        }
    }

    private static func decode(_ connection: OpaquePointer, _ url: UnsafePointer<CChar>, _ method: UnsafePointer<CChar>,
                               _ body: [UInt8], _ offload: OffloadLanes?) -> Result<Request, HTTPError> {
        let path: String
        do {
            guard let raw = String(validatingCString: url) else { throw PathDecoder.Failure.invalidUTF8 }
            path = try PathDecoder.decodePath(raw)
        } catch {
            return .failure(.badRequest("The request path is not acceptable (\(error)).", code: "bad_path"))
        }
        guard let query = QueryArguments.collect(connection) else {
            return .failure(.badRequest("The query string is not valid percent-encoded UTF-8.", code: "bad_query"))
        }
        return .success(Request(method: HTTPMethod(String(cString: method)), path: path, query: query,
                                body: body, connection: connection, offload: offload))
    }
}
