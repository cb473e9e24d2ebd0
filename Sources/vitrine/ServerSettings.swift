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
        return server
    }
}
