import Configuration
import Glibc
import JSON
import Kiosk
import Printing
import ReportOutbox
import Storage
import Time

/// `vitrine admin status`: what an operator checks first, read without writing anything (safe
/// while the daemon runs): version, database size, outbox, last upload, shops, disk free, and a
/// warning while `public_base_url` is unset or loopback (every printed QR code would be dead).
struct AdminStatus {
    var version = Version.current
    var databasePath = ""
    var databaseBytes: Int64?
    var walBytes: Int64 = 0
    var schemaVersion: Int?
    var daemonRunning = false
    var delivery: DeliverySummary?
    var hubConfigured = false
    var publicBaseURL = ""
    var shopsPublished = 0
    var shopsTotal = 0
    var owners = 0
    var diskFreeBytes: Int64?
    var diskTotalBytes: Int64?
    /// The CUPS queue posters go to, as the daemon would find it now (a 2 s bound).
    var printer: Result<PrinterStatus, PrintFailure>?

    static func gather(_ config: ResolvedConfig) throws(CLIError) -> AdminStatus {
        let directory = config[Keys.stateDirectory]
        var status = AdminStatus()
        status.databasePath = StateStore.path(in: directory)
        status.hubConfigured = config[Keys.hubURL] != nil
        status.publicBaseURL = config[Keys.publicBaseURL].description
        status.daemonRunning = StateLock.isHeld(directory: directory)
        (status.diskFreeBytes, status.diskTotalBytes) = FileSizes.disk(directory)
        let queue = config[Keys.printer]
        status.printer = Result { () throws(PrintFailure) in try PrintServer(queue: queue, timeout: 2).status() }
        status.databaseBytes = FileSizes.size(status.databasePath)
        guard status.databaseBytes != nil else { return status }
        status.walBytes = FileSizes.size(status.databasePath + "-wal") ?? 0
        do {
            try Database.readOnly(path: status.databasePath, busyTimeoutMilliseconds: config[Keys.busyTimeoutMilliseconds]) { (connection) throws(StorageError) in
                try status.read(connection)
            }
        } catch {
            throw CLIError(String(describing: error), exitCode: .data)
        }
        return status
    }

    private mutating func read(_ connection: Connection) throws(StorageError) {
        schemaVersion = try connection.query("PRAGMA user_version").first?.int(0)
        guard (schemaVersion ?? 0) >= KioskSchema.migrations.count else { return }
        delivery = try DeliverySummary.read(connection)
        let shops = try connection.query("SELECT count(*), count(page) FROM shops").first
        shopsTotal = shops?.int(0) ?? 0
        shopsPublished = shops?.int(1) ?? 0
        owners = try connection.query("SELECT count(*) FROM owners").first?.int(0) ?? 0
    }

    var text: String {
        var lines = [row("version", version)]
        if let databaseBytes {
            let schema = schemaVersion.map { ", schema \($0)" } ?? ""
            lines.append(row("database", "\(databasePath) (\(FileSizes.human(databaseBytes)), WAL \(FileSizes.human(walBytes))\(schema))"))
        } else {
            lines.append(row("database", "\(databasePath) (none yet: created at the first start)"))
        }
        lines.append(row("public page", publicAddressReady
            ? "\(publicBaseURL)/s/<slug>" : "WARNING: \(publicBaseURL) is not public. \(PublicAddress.staffAdvice)"))
        lines.append(row("daemon", daemonRunning ? "running (holds the state directory's lock)" : "not running on this state directory"))
        if let delivery {
            lines.append(row("outbox", "\(delivery.outboxDepth) event\(delivery.outboxDepth == 1 ? "" : "s") waiting for the hub"))
            if delivery.deadLetters > 0 {
                lines.append(row("dead letters", "\(delivery.deadLetters) unreadable outbox row\(delivery.deadLetters == 1 ? "" : "s") set aside (table outbox_dead_letters)"))
            }
            lines.append(row("last upload", hubConfigured ? delivery.lastSuccessAt?.rfc3339 ?? "never" : "none (no hub_url configured)"))
            if let error = delivery.lastError, !error.isEmpty { lines.append(row("last error", error)) }
        }
        lines.append(row("shops", "\(shopsPublished) published, \(shopsTotal) in all"))
        lines.append(row("owners", "\(owners)"))
        if let printer { lines.append(row("printer", Self.describe(printer))) }
        if let free = diskFreeBytes, let total = diskTotalBytes {
            lines.append(row("disk free", "\(FileSizes.human(free)) of \(FileSizes.human(total))"))
        }
        return lines.joined(separator: "\n")
    }

    var json: JSONValue {
        func number(_ value: Int64?) -> JSONValue { value.map { .number(JSONNumber($0)) } ?? .null }
        func time(_ value: Timestamp?) -> JSONValue { value.map { .string($0.rfc3339) } ?? .null }
        return .object([
            JSONField("version", .string(version)),
            JSONField("database", .object([
                JSONField("path", .string(databasePath)), JSONField("bytes", number(databaseBytes)),
                JSONField("wal_bytes", .number(JSONNumber(walBytes))),
                JSONField("schema_version", number(schemaVersion.map(Int64.init))),
            ])),
            JSONField("public_address", .object([
                JSONField("url", .string(publicBaseURL)), JSONField("ready", .bool(publicAddressReady)),
                JSONField("warning", publicAddressReady ? .null : .string(PublicAddress.staffAdvice)),
            ])),
            JSONField("daemon_running", .bool(daemonRunning)),
            JSONField("outbox_depth", .number(JSONNumber(delivery?.outboxDepth ?? 0))),
            JSONField("outbox_dead_letters", .number(JSONNumber(delivery?.deadLetters ?? 0))),
            JSONField("hub_configured", .bool(hubConfigured)),
            JSONField("last_upload_at", time(delivery?.lastSuccessAt)),
            JSONField("last_attempt_at", time(delivery?.lastAttemptAt)),
            JSONField("last_error", delivery?.lastError.map(JSONValue.string) ?? .null),
            JSONField("shops", .object([JSONField("published", .number(JSONNumber(shopsPublished))),
                                        JSONField("total", .number(JSONNumber(shopsTotal)))])),
            JSONField("owners", .number(JSONNumber(owners))),
            JSONField("printer", printer.map(Self.json) ?? .null),
            JSONField("disk", .object([JSONField("free_bytes", number(diskFreeBytes)), JSONField("total_bytes", number(diskTotalBytes))])),
        ])
    }

    /// "PDF ready", or what stops printing and what to do about it.
    static func describe(_ printer: Result<PrinterStatus, PrintFailure>) -> String {
        switch printer {
        case .success(let status):
            guard let reason = status.reason else { return "\(status.queue) ready" }
            return "\(status.queue): \(reason.rawValue) (\(reason.message))"
        case .failure(let failure):
            return "unavailable: \(failure.reason.rawValue) (\(failure.reason.message))"
        }
    }

    static func json(_ printer: Result<PrinterStatus, PrintFailure>) -> JSONValue {
        let (queue, reason): (String?, PrinterReason?) = switch printer {
        case .success(let status): (status.queue, status.reason)
        case .failure(let failure): (nil, failure.reason)
        }
        return .object([
            JSONField("queue", queue.map(JSONValue.string) ?? .null), JSONField("ready", .bool(reason == nil)),
            JSONField("reason", reason.map { .string($0.rawValue) } ?? .null),
            JSONField("message", reason.map { .string($0.message) } ?? .null),
        ])
    }

    private var publicAddressReady: Bool { PublicAddress.isReady(publicBaseURL) }

    private func row(_ label: String, _ value: String) -> String {
        label + String(repeating: " ", count: max(1, 13 - label.count)) + value
    }
}

/// File and disk sizes over Glibc.
enum FileSizes {
    static func size(_ path: String) -> Int64? {
        var status = stat()
        return stat(path, &status) == 0 ? Int64(status.st_size) : nil
    }

    /// Free (for an unprivileged user) and total bytes of the file system holding `path`.
    static func disk(_ path: String) -> (Int64?, Int64?) {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return (nil, nil) }
        let block = Int64(info.f_frsize)
        return (Int64(info.f_bavail) * block, Int64(info.f_blocks) * block)
    }

    static func human(_ bytes: Int64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 { value /= 1000; unit += 1 }
        if unit == 0 { return "\(bytes) B" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) \(units[unit])"
    }
}

/// Writes a JSON document on stdout (the `--json` output of the reading commands).
enum JSONOutput {
    static func print(_ value: JSONValue) {
        Terminal.output(String(decoding: JSON.serialize(value), as: UTF8.self))
    }
}
