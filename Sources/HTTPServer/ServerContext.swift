import CMicroHTTPD
import Logging
import Synchronization

/// The state libmicrohttpd's C callbacks reach through their `void *` argument.
final class ServerContext: Sendable {
    let handler: any HTTPHandler
    let configuration: ServerConfiguration
    let tracker: ConnectionTracker
    let hostCheck: HostCheck
    let logger: Logger
    let logThrottle = LogThrottle()
    /// Requests between their first handler call and libmicrohttpd's completion notice.
    let inFlight = Atomic<Int>(0)
    /// Where offloaded replies run; nil: they run on the worker.
    let offload: OffloadLanes?
    /// The offload lanes' count of waiting replies (never anything without lanes).
    let pendingReplies: PendingReplies

    init(handler: any HTTPHandler, configuration: ServerConfiguration, logger: Logger) {
        self.handler = handler
        self.configuration = configuration
        self.tracker = ConnectionTracker(limits: .init(
            maxConnections: configuration.maxConnections, screenReserve: configuration.screenReserve,
            headerTimeoutMilliseconds: UInt64(configuration.headerTimeout) * 1000,
            requestTimeoutMilliseconds: UInt64(configuration.requestTimeout) * 1000))
        self.logger = logger
        self.hostCheck = HostCheck(listeningAddress: configuration.address, allowed: configuration.allowedHosts)
        offload = configuration.offloadThreads > 0
            ? OffloadLanes(sharedThreads: configuration.offloadThreads, sharedQueue: configuration.offloadQueue,
                           idleThreads: configuration.idleOffloadThreads, idleQueue: configuration.idleOffloadQueue) : nil
        pendingReplies = offload?.pending ?? PendingReplies()
    }

    /// Queues a fresh response; the standard headers are added here so no path can forget them.
    func queue(_ response: Response, on connection: OpaquePointer, close: Bool = false) -> MHD_Result {
        var response = response
        if close { response.headers.append(("Connection", "close")) }
        guard let native = NativeResponse.make(response, standardHeaders: configuration.standardHeaders) else {
            return .NO
        }
        defer { MHD_destroy_response(native) }
        return MHD_queue_response(connection, UInt32(response.status), native)
    }

    func queue(_ reply: Reply, on connection: OpaquePointer) -> MHD_Result {
        switch reply {
        case .prepared(let prepared):
            return MHD_queue_response(connection, UInt32(prepared.status), prepared.handle)
        case .response(let response):
            return queue(response, on: connection)
        case .streamed(let streamed):
            guard let native = streamed.native(standardHeaders: configuration.standardHeaders) else { return .NO }
            defer { MHD_destroy_response(native) }
            return MHD_queue_response(connection, UInt32(streamed.status), native)
        case .offloaded(let offloaded):
            guard let offload else { return queue(offloaded.run(), on: connection) }
            return offload.submit(offloaded, on: connection) ? .YES : queue(OffloadLanes.busy, on: connection)
        }
    }
}
