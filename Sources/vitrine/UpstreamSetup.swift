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
    /// `feedback` receives what the hub answers to the kiosk's signed feedback request.
    static func start(_ settings: UpstreamSettings?, database: Database, feedback: @escaping @Sendable (KioskFeedback) -> Void,
                      logger: Logger) -> Sender? {
        guard let settings else {
            logger.notice("upstream: no hub_url set; reports wait in the outbox")
            return nil
        }
        let sender = Sender(reader: OutboxReader(database: database), settings: settings, feedback: feedback, logger: logger)
        sender.start()
        logger.notice("upstream: reporting to \(settings.hubURL) as kiosk '\(settings.kioskID)'")
        return sender
    }

    static func settings(_ config: ResolvedConfig) throws(CLIError) -> UpstreamSettings? {
        guard let url = config[Keys.hubURL] else { return nil }
        do {
            _ = try HubAddress.check(url.description, allowHTTP: config[Keys.hubAllowHTTP])
        } catch {
            throw CLIError("hub_url '\(url)' \(error)", exitCode: .configuration)
        }
        guard let kiosk = config[Keys.hubKioskID] else { throw CLIError("hub_url is set but hub_kiosk_id is empty", exitCode: .configuration) }
        guard let file = config[Keys.hubSecretFile], let bytes = LocalFile.read(file, limit: 4096) else {
            throw CLIError("hub_secret_file '\(config[Keys.hubSecretFile] ?? "")' cannot be read: \(String(cString: strerror(errno)))",
                           exitCode: .configuration)
        }
        guard let secret = WebhookSecret(String(decoding: bytes, as: UTF8.self)) else {
            throw CLIError("hub_secret_file '\(file)' does not hold a whsec_… secret", exitCode: .configuration)
        }
        var settings = UpstreamSettings(hubURL: url.description, kioskID: kiosk, secret: secret)
        settings.maxEvents = config[Keys.upstreamBatchEvents]
        settings.maxBytes = config[Keys.upstreamBatchBytes]
        settings.retryCapSeconds = Double(config[Keys.upstreamRetryMaxSeconds])
        settings.idleSeconds = 1
        return settings
    }
}
