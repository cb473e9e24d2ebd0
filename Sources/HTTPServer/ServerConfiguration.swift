/// Everything the server needs to listen and to protect itself; the CLI fills it from config.
public struct ServerConfiguration: Sendable {
    /// IPv4 or IPv6 literal to bind.
    public var address: String = "127.0.0.1"
    /// 0 picks a free port (tests); `HTTPServer.port` tells which.
    public var port: Int = 8080
    /// An already-listening socket (systemd socket activation); `address`/`port` are then unused.
    public var listenSocket: Int32?
    /// libmicrohttpd worker threads, each with its own epoll set.
    public var threads: Int = 2
    /// Connections in the table; when it is full, newcomers take the place of the oldest
    /// connection still waiting for its headers (see `ConnectionTracker`).
    public var maxConnections: Int = 512
    /// Extra slots only the kiosk's own screen (a peer on 127.0.0.1 or ::1) may use when the
    /// table is full, so the screen never waits behind clients from the network.
    public var screenReserve: Int = 32
    /// 0 means no per-IP limit.
    public var maxConnectionsPerIP: Int = 64
    /// Seconds without any traffic before libmicrohttpd closes a connection.
    public var idleTimeout: Int = 15
    /// Seconds a connection has to send a request's complete headers, from its opening or its
    /// previous answer: idle and trickling sockets leave the table after this.
    public var headerTimeout: Int = 10
    /// Seconds a request may take from its first byte to its last byte sent, whatever the
    /// traffic: this is what stops a client trickling one byte a second (libmicrohttpd's own
    /// timeout restarts on every byte).
    public var requestTimeout: Int = 30
    public var maxBodyBytes: Int = 1 << 20
    /// libmicrohttpd's memory pool per connection; bounds request line and headers (about 15 KB
    /// of them at 16 KiB, Node.js's default bound). libmicrohttpd 0.9.75 zeroes the whole pool
    /// after every request, so its size is paid on each one (BENCHMARKS.md).
    public var memoryPerConnection: Int = 16 << 10
    /// Host names requests may name besides the loopback names and `address` (the host of
    /// `public_base_url`, `allowed_hosts`); any other `Host` gets 421 (see `HostCheck`).
    public var allowedHosts: [String] = []
    /// Threads of the pool that runs offloaded routes (`Reply.offloaded`); 0: they run on the
    /// workers.
    public var offloadThreads: Int = 0
    /// Offloaded requests that may wait for a pool thread; beyond, 503 with `Retry-After`.
    public var offloadQueue: Int = 64
    /// Threads of the idle lane (`OffloadLane.idle`, `SCHED_IDLE`) beside the shared pool; 0:
    /// its jobs run on the shared pool. Used only when `offloadThreads` > 0.
    public var idleOffloadThreads: Int = 0
    /// Idle-lane jobs that may wait; beyond, 503 with `Retry-After`. Small: each is a password
    /// check of a third of a second on a free core, and a client refused retries.
    public var idleOffloadQueue: Int = 8
    public var standardHeaders: [(String, String)] = SecurityHeaders.standard

    public init() {}
}
