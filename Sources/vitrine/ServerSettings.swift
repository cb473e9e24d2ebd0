import Configuration
import HTTPServer

/// The HTTP server's settings from the configuration, the same for the kiosk and the hub.
enum ServerSettings {
    static func from(_ config: ResolvedConfig) -> ServerConfiguration {
        var server = ServerConfiguration()
        server.address = config.string("address")
        server.port = config.integer("port")
        server.threads = config.integer("threads")
        server.maxConnections = config.integer("max_connections")
        server.maxConnectionsPerIP = config.integer("max_connections_per_ip")
        server.idleTimeout = config.integer("idle_timeout")
        server.requestTimeout = config.integer("request_timeout")
        server.maxBodyBytes = config.integer("max_body_bytes")
        server.memoryPerConnection = config.integer("memory_per_connection")
        server.headerTimeout = config.integer("header_timeout")
        server.allowedHosts = allowedHosts(config)
        return server
    }

    /// `allowed_hosts` (comma- or space-separated) and the host of `public_base_url`.
    static func allowedHosts(_ config: ResolvedConfig) -> [String] {
        let listed = config.string("allowed_hosts").split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        return listed + [host(ofURL: config.string("public_base_url"))].compactMap { $0 }
    }

    /// `shop.cci.fr` from `https://shop.cci.fr:8443/base` (an IPv6 host keeps its brackets).
    static func host(ofURL url: String) -> String? {
        guard let scheme = url.firstRange(of: "://") else { return nil }
        let authority = url[scheme.upperBound...].prefix { $0 != "/" }
        let host = authority.hasPrefix("[") ? authority.prefix { $0 != "]" } + "]" : authority.prefix { $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }
}
