import CMicroHTTPD
import Glibc
import Logging

/// The Swift face of libmicrohttpd: start, report the port, drain and stop.
///
/// Threading: libmicrohttpd's internal threads, a pool of `threads` workers each with its own
/// epoll set (measured on this 2-core box: a pool of 2 answers ~1.5× what one epoll thread
/// does, and above nginx). Handlers run on those workers.
public final class HTTPServer: @unchecked Sendable {
    public enum StartError: Error, CustomStringConvertible {
        case badAddress(String)
        case cannotStart(address: String, port: Int, reason: String)

        public var description: String {
            switch self {
            case .badAddress(let address): "'\(address)' is not an IPv4 or IPv6 address"
            case .cannotStart(let address, let port, let reason): "cannot listen on \(address) port \(port): \(reason)"
            }
        }
    }

    private let context: ServerContext
    private var daemon: OpaquePointer?
    public private(set) var port: Int = 0

    public init(configuration: ServerConfiguration, handler: any HTTPHandler, logger: Logger) {
        context = ServerContext(handler: handler, configuration: configuration, logger: logger)
    }

    /// Binds and starts the worker threads; the server answers as soon as this returns.
    public func start() throws(StartError) {
        let configuration = context.configuration
        var address = try SocketAddress(configuration.address, port: configuration.port)
        var flags = MHD_USE_INTERNAL_POLLING_THREAD.rawValue | MHD_USE_EPOLL.rawValue | MHD_USE_ITC.rawValue
            | MHD_USE_ERROR_LOG.rawValue
        if address.isIPv6 { flags |= MHD_USE_IPv6.rawValue }
        if context.offload != nil { flags |= MHD_ALLOW_SUSPEND_RESUME.rawValue }
        let cls = Unmanaged.passUnretained(context).toOpaque()
        FileDescriptorLimit.raise(toAtLeast: context.tracker.hardLimit + 64)
        errno = 0
        daemon = address.withSockaddr { sockaddr in
            var options = DaemonOptions.items(configuration, connectionLimit: context.tracker.hardLimit, context: cls, address: sockaddr)
            return vitrine_mhd_start(flags, 0, Callbacks.admit, cls, Callbacks.access, cls, &options)
        }
        guard let daemon else {
            let reason = errno == 0 ? "libmicrohttpd refused the options" : String(cString: strerror(errno))
            throw .cannotStart(address: configuration.address, port: configuration.port, reason: reason)
        }
        port = Int(vitrine_mhd_daemon_info(daemon, .DAEMON_INFO_BIND_PORT)?.pointee.port ?? 0)
        context.tracker.start()
    }

    /// The connection figures `/metrics` reports, in Prometheus text format.
    public var metricsText: String {
        """
        # HELP vitrine_http_connections_open Connections open now.
        # TYPE vitrine_http_connections_open gauge
        vitrine_http_connections_open \(openConnections)
        # HELP vitrine_http_connections_dropped_total Connections closed for outliving header_timeout or request_timeout.
        # TYPE vitrine_http_connections_dropped_total counter
        vitrine_http_connections_dropped_total \(connectionsDropped)
        # HELP vitrine_http_connections_shed_total Connections still waiting for headers, closed to make room when the table was full.
        # TYPE vitrine_http_connections_shed_total counter
        vitrine_http_connections_shed_total \(connectionsShed)
        # HELP vitrine_http_connections_refused_total Newcomers turned away because every connection was busy with a request.
        # TYPE vitrine_http_connections_refused_total counter
        vitrine_http_connections_refused_total \(connectionsRefused)

        """
    }

    /// Requests now between their first byte and their completion.
    public var requestsInFlight: Int { context.inFlight.load(ordering: .relaxed) }
    public var openConnections: Int { context.tracker.openConnections }
    /// Connections closed because they outlived `headerTimeout` or `requestTimeout`.
    public var connectionsDropped: Int { context.tracker.dropped.load(ordering: .relaxed) }
    /// Connections shed (oldest still waiting for headers) to make room when the table was full.
    public var connectionsShed: Int { context.tracker.shedCount.load(ordering: .relaxed) }
    /// Newcomers turned away because every connection in the table was busy with a request.
    public var connectionsRefused: Int { context.tracker.refused.load(ordering: .relaxed) }

    /// Stops accepting, lets requests in flight finish for up to `grace` seconds, then stops.
    /// Returns the number of requests still unfinished when the grace ran out.
    @discardableResult
    public func stop(grace: Double) -> Int {
        guard let daemon else { return 0 }
        // Once quiesced, libmicrohttpd never touches the listening socket again: closing it
        // now makes new clients fail at once (connection refused) instead of waiting in the
        // kernel's backlog for a server that will not accept them.
        let listener = MHD_quiesce_daemon(daemon)
        if listener >= 0 { close(listener) }
        let deadline = MonotonicClock.milliseconds() + UInt64(max(0, grace) * 1000)
        while requestsInFlight > 0 && MonotonicClock.milliseconds() < deadline {
            usleep(10_000)
        }
        let unfinished = requestsInFlight
        context.offload?.close(deadline: max(deadline, MonotonicClock.milliseconds() + 5_000))
        MHD_stop_daemon(daemon)
        context.tracker.stop()
        self.daemon = nil
        return unfinished
    }
}
