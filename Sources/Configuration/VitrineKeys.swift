/// Every key `vitrine` understands, with the defaults a hand-run kiosk needs and the limits
/// that keep a bad value from starving the box. Order here is the order of `vitrine config`.
public extension ConfigSchema {
    static let vitrine = ConfigSchema(keys: [
        ConfigKey(name: "address", kind: .address, defaultValue: "127.0.0.1",
                  summary: "Listening address (IPv4 or IPv6 literal); loopback, since the kiosk browser runs on the box."),
        ConfigKey(name: "port", kind: .integer(1...65535), defaultValue: 8080,
                  summary: "Listening TCP port."),
        ConfigKey(name: "threads", kind: .integer(1...64), defaultValue: 2,
                  summary: "libmicrohttpd worker threads."),
        ConfigKey(name: "max_connections", kind: .integer(1...100_000), defaultValue: 512,
                  summary: "Connections served at once; more wait in the kernel's backlog."),
        ConfigKey(name: "max_connections_per_ip", kind: .integer(0...100_000), defaultValue: 64,
                  summary: "Connections from one IP address at once; 0 = no limit."),
        ConfigKey(name: "idle_timeout", kind: .integer(1...3600), defaultValue: 15,
                  summary: "Seconds: a connection with no traffic is closed."),
        ConfigKey(name: "request_timeout", kind: .integer(1...3600), defaultValue: 30,
                  summary: "Seconds a request has to be fully received and answered, so a client trickling one byte a second cannot hold a slot."),
        ConfigKey(name: "max_body_bytes", kind: .integer(1024...67_108_864), defaultValue: 1_048_576,
                  summary: "Largest request body accepted, in bytes."),
        ConfigKey(name: "memory_per_connection", kind: .integer(4096...1_048_576), defaultValue: 32768,
                  summary: "Bytes of libmicrohttpd memory pool per connection; bounds the request line and headers."),
        ConfigKey(name: "shutdown_grace", kind: .integer(0...300), defaultValue: 10,
                  summary: "Seconds to let requests in flight finish on shutdown."),
        ConfigKey(name: "state_directory", kind: .path, defaultValue: "./var",
                  summary: "Where the database lives; systemd's $STATE_DIRECTORY when set."),
        ConfigKey(name: "ui_directory", kind: .path, defaultValue: "kiosk-ui",
                  summary: "The kiosk UI's static files."),
        ConfigKey(name: "busy_timeout_ms", kind: .integer(0...600_000), defaultValue: 5000,
                  summary: "Milliseconds a database statement waits for a lock before failing."),
        ConfigKey(name: "log_level", kind: .enumeration(["trace", "debug", "info", "notice", "warning", "error", "critical"]),
                  defaultValue: "info", summary: "Least severe log level written."),
    ])
}
