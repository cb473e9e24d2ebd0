import Configuration
import Glibc
import LocalFiles
import Logging
import ReportOutbox
import ReportProtocol
import Storage
import Upstream

/// Starts the sender that reports to the CCI hub, when `hub_url` is set; refuses a setting
/// that cannot work (no kiosk id, no readable secret, plain HTTP to a remote hub) at start,
/// rather than failing quietly later.
enum UpstreamSetup {
    static func start(config: ResolvedConfig, database: Database, logger: Logger) throws(CLIError) -> Sender? {
        guard let settings = try settings(config) else {
            logger.notice("upstream: no hub_url set; reports wait in the outbox")
            return nil
        }
        let sender = Sender(reader: OutboxReader(database: database), settings: settings, logger: logger)
        sender.start()
        logger.notice("upstream: reporting to \(settings.hubURL) as kiosk '\(settings.kioskID)'")
        return sender
    }

    static func settings(_ config: ResolvedConfig) throws(CLIError) -> UpstreamSettings? {
        let url = config.string("hub_url")
        guard !url.isEmpty else { return nil }
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        do {
            _ = try HubAddress.check(base, allowHTTP: config.boolean("hub_allow_http"))
        } catch {
            throw CLIError("hub_url '\(url)' \(error)", exitCode: .configuration)
        }
        let kiosk = config.string("hub_kiosk_id")
        guard !kiosk.isEmpty else { throw CLIError("hub_url is set but hub_kiosk_id is empty", exitCode: .configuration) }
        let file = config.string("hub_secret_file")
        guard !file.isEmpty, let bytes = LocalFile.read(file, limit: 4096) else {
            throw CLIError("hub_secret_file '\(file)' cannot be read: \(String(cString: strerror(errno)))", exitCode: .configuration)
        }
        guard let secret = WebhookSecret(String(decoding: bytes, as: UTF8.self)) else {
            throw CLIError("hub_secret_file '\(file)' does not hold a whsec_… secret", exitCode: .configuration)
        }
        var settings = UpstreamSettings(hubURL: base, kioskID: kiosk, secret: secret)
        settings.maxEvents = config.integer("upstream_batch_events")
        settings.maxBytes = config.integer("upstream_batch_bytes")
        settings.retryCapSeconds = Double(config.integer("upstream_retry_max_seconds"))
        settings.idleSeconds = 1
        return settings
    }
}
