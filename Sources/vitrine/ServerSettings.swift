import Configuration
import HTTPServer

/// The HTTP server's settings from the configuration, the same for the kiosk and the hub.
enum ServerSettings {
    static func from(_ config: ResolvedConfig) -> ServerConfiguration {
        var server = ServerConfiguration()
        server.address = config[Keys.address]
        server.port = config[Keys.port]
        server.threads = config[Keys.threads]
        server.maxConnections = config[Keys.maxConnections]
        server.maxConnectionsPerIP = config[Keys.maxConnectionsPerIP]
        server.idleTimeout = config[Keys.idleTimeout]
        server.requestTimeout = config[Keys.requestTimeout]
        server.maxBodyBytes = config[Keys.maxBodyBytes]
        server.memoryPerConnection = config[Keys.memoryPerConnection]
        server.headerTimeout = config[Keys.headerTimeout]
        server.allowedHosts = allowedHosts(config)
        return server
    }

    /// `allowed_hosts` (comma- or space-separated) and the host of `public_base_url` (an IPv6
    /// host keeps its brackets).
    static func allowedHosts(_ config: ResolvedConfig) -> [String] {
        let listed = config[Keys.allowedHosts].split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        return listed + [config[Keys.publicBaseURL].host]
    }
}
