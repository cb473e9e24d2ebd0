/// Every key `vitrine` understands, typed, with the defaults a hand-run kiosk needs and the
/// limits that keep a bad value from starving the box. Code reads them as `config[Keys.port]`.
///
/// Adding a key is a change to this file only: declare it below (name, kind, default, summary),
/// and add it to `all`, whose order is the order of `vitrine config` and the example file.
public enum Keys {
    public static let address = Setting.text("address", .address, default: "127.0.0.1",
        "Listening address (IPv4 or IPv6 literal); loopback, since the kiosk browser runs on the box.")
    public static let port = Setting.integer("port", 1...65535, default: 8080, "Listening TCP port.")
    public static let threads = Setting.integer("threads", 1...64, default: 2, "libmicrohttpd worker threads.")
    public static let allowedHosts = Setting.text("allowed_hosts", .string, default: "",
        "Host names requests may use besides loopback, the listening address and public_base_url's host (comma-separated); others get 421 (DNS rebinding).")
    public static let headerTimeout = Setting.integer("header_timeout", 1...600, default: 10,
        "Seconds a connection has to send a request's complete headers (from its opening or its previous answer); slower ones are closed.")
    public static let maxConnections = Setting.integer("max_connections", 1...100_000, default: 512,
        "Connections served at once; when full, a newcomer replaces the oldest one still waiting for its headers (the screen on 127.0.0.1/::1 has 32 more).")
    public static let maxConnectionsPerIP = Setting.integer("max_connections_per_ip", 0...100_000, default: 64,
        "Connections from one IP address at once; 0 = no limit.")
    public static let idleTimeout = Setting.integer("idle_timeout", 1...3600, default: 15,
        "Seconds: a connection with no traffic is closed.")
    public static let requestTimeout = Setting.integer("request_timeout", 1...3600, default: 30,
        "Seconds a request has to be fully received and answered, so a client trickling one byte a second cannot hold a slot.")
    public static let maxBodyBytes = Setting.integer("max_body_bytes", 1024...67_108_864, default: 1_048_576,
        "Largest request body accepted, in bytes.")
    public static let memoryPerConnection = Setting.integer("memory_per_connection", 4096...1_048_576, default: 16384,
        "Bytes of libmicrohttpd memory pool per connection; bounds the request line and headers.")
    public static let shutdownGrace = Setting.integer("shutdown_grace", 0...300, default: 10,
        "Seconds to let requests in flight finish on shutdown.")
    public static let stateDirectory = Setting.text("state_directory", .path, default: "./var",
        "Where the database lives; systemd's $STATE_DIRECTORY when set.")
    public static let uiDirectory = Setting.text("ui_directory", .path, default: "kiosk-ui",
        "The kiosk UI's static files.")
    public static let publicBaseURL = Setting.url("public_base_url", default: WebURL(scheme: "http", host: "127.0.0.1", port: 8080),
        "Where phones reach this kiosk's public pages: the CCI hub's address (QR codes encode it).")
    public static let contentDirectory = Setting.text("content_directory", .path, default: "content",
        "The journey's content (questions, advice, trainings, privacy notice), one folder per language.")
    public static let apiDocument = Setting.text("api_document", .path, default: "api/openapi.json",
        "The OpenAPI 3.1 document of the JSON API, served as it is at /api/v1/openapi.json.")
    public static let kioskID = Setting.text("kiosk_id", .identifier, default: "vitrine",
        "This kiosk's name in addresses: its directory of shops is /d/<kiosk_id> (a-z, 0-9, '-').")
    public static let kioskLabel = Setting.text("kiosk_label", .string, default: "notre quartier",
        "Where the kiosk stands, as the directory's title says it: \"Les commerces de <kiosk_label>\".")
    public static let qrErrorCorrection = Setting.text("qr_error_correction", .enumeration(["L", "M", "Q", "H"]), default: "M",
        "QR error-correction level of the shop codes (L 7 %, M 15 %, Q 25 %, H 30 % of the code may be damaged).")
    public static let qrModulePixels = Setting.integer("qr_module_pixels", 1...40, default: 10,
        "Pixels per QR module in PNG codes (?size= overrides it per request).")
    public static let printer = Setting.optionalText("printer",
        "CUPS queue for posters and slips (as 'lpstat -p' names it); empty: CUPS's default destination (lpadmin -d).")
    public static let receiptPrinter = Setting.optionalText("receipt_printer",
        "Device of an ESC/POS thermal receipt printer (e.g. /dev/usb/lp0); empty: none.")
    public static let receiptPaperMillimetres = Setting.text("receipt_paper_mm", .enumeration(["58", "80"]), default: "58",
        "Receipt paper width: 58 mm (384 dots) or 80 mm (576 dots).")
    public static let hubURL = Setting.optionalURL("hub_url",
        "The CCI hub that receives this kiosk's reports (https://…); empty: reports wait in the outbox.")
    public static let hubKioskID = Setting.optionalText("hub_kiosk_id",
        "This kiosk's id at the hub, as printed by 'vitrine hub add-kiosk'.")
    public static let hubSecretFile = Setting.optionalText("hub_secret_file",
        "File holding this kiosk's secret (whsec_…), readable by the daemon only; kept out of the configuration file.")
    public static let hubCodePrefix = Setting.optionalText("hub_code_prefix",
        "This kiosk's poster-code prefix, as the hub gave it at registration (two characters); empty: the one the hub's feedback gives.")
    public static let hubAllowHTTP = Setting.boolean("hub_allow_http", default: false,
        "Allow plain HTTP to a hub that is not on loopback (never on a real network).")
    public static let upstreamBatchEvents = Setting.integer("upstream_batch_events", 1...5000, default: 500,
        "Most events in one report to the hub.")
    public static let upstreamBatchBytes = Setting.integer("upstream_batch_bytes", 4096...8_388_608, default: 262_144,
        "Largest report body sent to the hub, in bytes.")
    public static let upstreamRetryMaxSeconds = Setting.integer("upstream_retry_max_seconds", 1...86400, default: 300,
        "Longest wait between two attempts when the hub does not answer (exponential backoff with full jitter).")
    public static let retentionDays = Setting.integer("retention_days", 1...3650, default: 365,
        "Days the kiosk keeps ended visits and their anonymous progress ('vitrine admin purge').")
    public static let hubExportDirectory = Setting.optionalText("hub_export_directory",
        "Hub only: where published pages are also written as static files for any web server or CDN; empty: none.")
    public static let hubRetentionDays = Setting.integer("hub_retention_days", 1...3650, default: 1095,
        "Hub only: days personal data is kept after an owner's last contact (3 years by default).")
    public static let sessionIdleSeconds = Setting.integer("session_idle_seconds", 10...3600, default: 120,
        "Seconds without a touch before the kiosk asks whether the visitor is still there.")
    public static let idleCountdownSeconds = Setting.integer("idle_countdown_seconds", 5...300, default: 30,
        "Seconds of that warning's countdown before the visit ends and the screen resets.")
    public static let pinAttempts = Setting.integer("pin_attempts", 3...20, default: 5,
        "Wrong PINs allowed before a resume code is locked.")
    public static let pinLockoutSeconds = Setting.integer("pin_lockout_seconds", 60...86400, default: 900,
        "How long a resume code stays locked after too many wrong PINs.")
    public static let busyTimeoutMilliseconds = Setting.integer("busy_timeout_ms", 0...600_000, default: 5000,
        "Milliseconds a database statement waits for a lock before failing.")
    public static let logLevel = Setting.text("log_level", .enumeration(["trace", "debug", "info", "notice", "warning", "error", "critical"]),
                                              default: "info", "Least severe log level written.")

    /// Every key, in the order `vitrine config` lists them.
    public static let all: [ConfigKey] = [
        address.key,
        port.key,
        threads.key,
        maxConnections.key,
        maxConnectionsPerIP.key,
        allowedHosts.key,
        headerTimeout.key,
        idleTimeout.key,
        requestTimeout.key,
        maxBodyBytes.key,
        memoryPerConnection.key,
        shutdownGrace.key,
        stateDirectory.key,
        uiDirectory.key,
        publicBaseURL.key,
        contentDirectory.key,
        apiDocument.key,
        kioskID.key,
        kioskLabel.key,
        qrErrorCorrection.key,
        qrModulePixels.key,
        printer.key,
        receiptPrinter.key,
        receiptPaperMillimetres.key,
        hubURL.key,
        hubKioskID.key,
        hubSecretFile.key,
        hubCodePrefix.key,
        hubAllowHTTP.key,
        upstreamBatchEvents.key,
        upstreamBatchBytes.key,
        upstreamRetryMaxSeconds.key,
        retentionDays.key,
        hubExportDirectory.key,
        hubRetentionDays.key,
        sessionIdleSeconds.key,
        idleCountdownSeconds.key,
        pinAttempts.key,
        pinLockoutSeconds.key,
        busyTimeoutMilliseconds.key,
        logLevel.key,
    ]
}

public extension ConfigSchema {
    static let vitrine = ConfigSchema(keys: Keys.all)
}
