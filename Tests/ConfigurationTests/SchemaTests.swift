import Configuration
import Testing

/// Key names, environment names, the vitrine key list, getters and the dump.
struct SchemaTests {
    @Test func environmentNameUppercasesAndReplacesDotsAndDashes() {
        let key = ConfigKey(name: "net.max-body_size", kind: .string, defaultValue: "", summary: "")
        #expect(key.environmentName == "VITRINE_NET_MAX_BODY_SIZE")
    }

    @Test func schemaFindsKeysByNameAndEnvironmentName() {
        #expect(testSchema.key(named: "data-dir")?.kind == .path)
        #expect(testSchema.key(environmentName: "VITRINE_NET_MTU")?.name == "net.mtu")
        #expect(testSchema.key(named: "DATA-DIR") == nil)
    }

    @Test func vitrineKeysAndDefaults() throws {
        let config = try load(schema: .vitrine)
        #expect(ConfigSchema.vitrine.keys.map(\.name) == [
            "address", "port", "threads", "max_connections", "max_connections_per_ip", "allowed_hosts",
            "header_timeout", "idle_timeout",
            "request_timeout", "max_body_bytes", "memory_per_connection", "shutdown_grace",
            "state_directory", "ui_directory", "public_base_url", "content_directory", "api_document", "kiosk_id", "kiosk_label",
            "qr_error_correction", "qr_module_pixels", "printer", "receipt_printer", "receipt_paper_mm", "hub_url", "hub_kiosk_id",
            "hub_secret_file", "hub_code_prefix", "hub_allow_http", "upstream_batch_events", "upstream_batch_bytes", "upstream_retry_max_seconds",
            "retention_days", "hub_export_directory", "hub_retention_days", "session_idle_seconds",
            "idle_countdown_seconds", "pin_attempts", "pin_lockout_seconds", "busy_timeout_ms", "log_level",
        ])
        #expect(config[Keys.contentDirectory] == "content")
        #expect(config[Keys.publicBaseURL].description == "http://127.0.0.1:8080")
        #expect(config[Keys.sessionIdleSeconds] == 120)
        #expect(config[Keys.idleCountdownSeconds] == 30)
        #expect(config[Keys.pinAttempts] == 5)
        #expect(config[Keys.pinLockoutSeconds] == 900)
        #expect(config[Keys.address] == "127.0.0.1")
        #expect(config[Keys.port] == 8080)
        #expect(config[Keys.threads] == 2)
        #expect(config[Keys.maxConnections] == 512)
        #expect(config[Keys.maxConnectionsPerIP] == 64)
        #expect(config[Keys.idleTimeout] == 15)
        #expect(config[Keys.requestTimeout] == 30)
        #expect(config[Keys.maxBodyBytes] == 1_048_576)
        #expect(config[Keys.memoryPerConnection] == 16384)
        #expect(config[Keys.shutdownGrace] == 10)
        #expect(config[Keys.stateDirectory] == "./var")
        #expect(config[Keys.uiDirectory] == "kiosk-ui")
        #expect(config[Keys.busyTimeoutMilliseconds] == 5000)
        #expect(config[Keys.logLevel] == "info")
        #expect(ConfigSchema.vitrine.keys.allSatisfy { !$0.summary.isEmpty })
    }

    @Test func vitrineLimits() {
        let vitrine = ConfigSchema.vitrine
        #expect(vitrine.key(named: "port")?.kind == .integer(1...65535))
        #expect(vitrine.key(named: "threads")?.kind == .integer(1...64))
        #expect(vitrine.key(named: "max_connections_per_ip")?.kind == .integer(0...100_000))
        #expect(vitrine.key(named: "max_body_bytes")?.kind == .integer(1024...67_108_864))
        #expect(vitrine.key(named: "memory_per_connection")?.kind == .integer(4096...1_048_576))
        #expect(vitrine.key(named: "shutdown_grace")?.kind == .integer(0...300))
        #expect(vitrine.key(named: "busy_timeout_ms")?.kind == .integer(0...600_000))
        #expect(vitrine.key(named: "state_directory")?.kind == .path)
        #expect(vitrine.key(named: "address")?.kind == .address)
        #expect(vitrine.key(named: "log_level")?.kind
                == .enumeration(["trace", "debug", "info", "notice", "warning", "error", "critical"]))
    }

    @Test func vitrineLikeTheCommandLineDoesIt() throws {
        let config = try load(file: "port = 9090\nlog_level = \"debug\"",
                              environment: ["VITRINE_CONFIG": "/etc/v.toml", "VITRINE_THREADS": "4"],
                              overrides: ["state_directory=/tmp/v", "idle_timeout=5"],
                              base: ["state_directory": "/var/lib/vitrine"],
                              ignoredEnvironment: ["VITRINE_CONFIG"], schema: .vitrine)
        #expect(config[Keys.port] == 9090)
        #expect(config[Keys.logLevel] == "debug")
        #expect(config[Keys.threads] == 4)
        #expect(config[Keys.stateDirectory] == "/tmp/v")
        #expect(config[Keys.idleTimeout] == 5)
        #expect(loadError(file: "log_level = 'verbose'", schema: .vitrine) == "/etc/v.toml:1: log_level must be one of "
                + "trace, debug, info, notice, warning, error, critical; got 'verbose'")
        #expect(loadError(overrides: ["max_conections=9"], schema: .vitrine)
                == "--set max_conections=9: unknown key 'max_conections' (did you mean 'max_connections'?)")
    }

    @Test func valueReturnsAnyType() throws {
        let config = try load(overrides: ["verbose=yes"])
        #expect(config.value("verbose") == true)
        #expect(config.value("net.mtu") == 1500)
        #expect(config.value("name") == "kiosk")
    }

    @Test func describeListsEveryKeyWithItsSource() throws {
        let config = try load(file: "\nname = \"say \\\"hi\\\"\"", environment: ["VITRINE_PORT": "81"],
                              overrides: ["verbose=1"], base: ["data-dir": "/var/lib/v"])
        #expect(config.describe() == """
        name = "say \\"hi\\""  # from /etc/v.toml:2
        data-dir = "/var/lib/v"  # from base default
        port = 81  # from VITRINE_PORT
        verbose = true  # from command line
        level = "low"  # from default
        address = "127.0.0.1"  # from default
        net.mtu = 1500  # from default
        """)
    }

    @Test func errorDescriptionJoinsLocationAndReason() {
        let error = ConfigError(location: "VITRINE_PORT", reason: "'abc' is not an integer (port)")
        #expect(error.description == "VITRINE_PORT: 'abc' is not an integer (port)")
    }
}
