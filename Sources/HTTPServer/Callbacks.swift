import CMicroHTTPD
import Glibc

/// libmicrohttpd's C callbacks. They are static members, not closures in `main.swift`, so they
/// are not MainActor-isolated (libmicrohttpd calls them from its own threads), and they reach
/// the server through an unretained `ServerContext` pointer that the server keeps alive.
enum Callbacks {
    static func context(_ pointer: UnsafeMutableRawPointer?) -> ServerContext {
        Unmanaged<ServerContext>.fromOpaque(pointer!).takeUnretainedValue()
    }

    /// The server without a retain and release per call (the per-request callbacks): the
    /// server outlives libmicrohttpd's daemon, which is stopped before it goes.
    static func withServer<Result>(_ pointer: UnsafeMutableRawPointer?, _ body: (ServerContext) -> Result) -> Result {
        Unmanaged<ServerContext>.fromOpaque(pointer!)._withUnsafeGuaranteedRef(body)
    }

    /// Called once when the headers are in (we check framing and size, remember the request),
    /// then with body pieces, then once with no data: only then do we answer, which keeps the
    /// connection alive (answering in the first call makes libmicrohttpd close it).
    static let access: MHD_AccessHandlerCallback = { cls, connection, url, method, version, upload, uploadSize, slot in
        guard let connection, let url, let method, let uploadSize, let slot else { return .NO }
        guard let state = slot.pointee else {
            return withServer(cls) { RequestPipeline.begin($0, connection, version, slot) }
        }
        if uploadSize.pointee > 0 {
            if state != RequestState.bodiless, let upload {
                Unmanaged<RequestState>.fromOpaque(state).takeUnretainedValue()
                    .append(UnsafeRawBufferPointer(start: upload, count: uploadSize.pointee))
            }
            uploadSize.pointee = 0
            return .YES
        }
        return withServer(cls) { RequestPipeline.finish($0, connection, url, method, state) }
    }

    /// libmicrohttpd's accept policy: runs before a new connection joins the table.
    static let admit: MHD_AcceptPolicyCallback = { cls, address, _ in
        context(cls).tracker.admit(screen: PeerAddress.isScreen(address)) ? .YES : .NO
    }

    static let completed: MHD_RequestCompletedCallback = { cls, connection, slot, _ in
        if let state = slot?.pointee, state != RequestState.bodiless {
            Unmanaged<RequestState>.fromOpaque(state).release()
        }
        slot?.pointee = nil
        withServer(cls) { server in
            server.inFlight.subtract(1, ordering: .relaxed)
            guard let connection else { return }
            // An offloaded reply never queued (the client left meanwhile) must not reach the
            // next connection that gets the same address.
            if server.pendingReplies.any, let offload = server.offload { offload.discardReply(for: connection) }
            withTrackerEntry(connection) { server.tracker.requestCompleted($0) }
        }
    }

    static let connectionEvent: MHD_NotifyConnectionCallback = { cls, connection, socketContext, event in
        guard let connection, let socketContext else { return }
        let server = context(cls)
        if event == .CONNECTION_NOTIFY_STARTED {
            guard let info = vitrine_mhd_connection_info(connection, .CONNECTION_INFO_CONNECTION_FD) else { return }
            let peer = (vitrine_mhd_connection_info(connection, .CONNECTION_INFO_CLIENT_ADDRESS)?.pointee.client_addr)
                .map { UnsafePointer<sockaddr>($0) }
            let entry = server.tracker.opened(descriptor: info.pointee.connect_fd, screen: PeerAddress.isScreen(peer))
            socketContext.pointee = Unmanaged.passRetained(entry).toOpaque()
            _ = vitrine_mhd_set_connection_timeout(connection, UInt32(clamping: server.configuration.idleTimeout))
        } else if let pointer = socketContext.pointee {
            let entry = Unmanaged<ConnectionTracker.Entry>.fromOpaque(pointer).takeRetainedValue()
            server.tracker.closed(entry)
            socketContext.pointee = nil
        }
    }

    /// The connection's tracker entry, without a retain: the socket context holds it until
    /// libmicrohttpd reports the close, after the last request callback.
    static func withTrackerEntry(_ connection: OpaquePointer, _ body: (ConnectionTracker.Entry) -> Void) {
        guard let info = vitrine_mhd_connection_info(connection, .CONNECTION_INFO_SOCKET_CONTEXT),
              let pointer = info.pointee.socket_context else { return }
        Unmanaged<ConnectionTracker.Entry>.fromOpaque(pointer)._withUnsafeGuaranteedRef(body)
    }

    /// Leaves paths and query strings percent-encoded so `PathDecoder` sees them raw.
    static let keepEscaped: @convention(c) (UnsafeMutableRawPointer?, OpaquePointer?, UnsafeMutablePointer<CChar>?) -> Int = {
        _, _, text in text.map { strlen($0) } ?? 0
    }

    static let log: MHD_LogCallback = {
        cls, format, arguments in
        guard let format, let arguments, let held = context(cls).logThrottle.admit() else { return }
        var buffer = [CChar](repeating: 0, count: 512)
        _ = vsnprintf(&buffer, buffer.count, format, arguments)
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        let message = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: "\n")
        let note = held > 0 ? " (\(held) earlier libmicrohttpd messages not logged)" : ""
        context(cls).logger.warning("libmicrohttpd: \(message)\(note)")
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.last == set { text.removeLast() }
        return String(text)
    }
}
