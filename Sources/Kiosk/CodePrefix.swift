import ReportProtocol
import Storage

/// Where the kiosk's poster-code prefix comes from, in order: the configuration
/// (`hub_code_prefix`, beside the hub id and secret), else the prefix the hub's feedback gave
/// (stored), else `PosterCode.standalonePrefix` for a kiosk without a hub. A kiosk with a hub
/// whose prefix is not known yet has none: its posters carry the page's address, since a code
/// the hub could not resolve would make a dead printed poster.
public struct CodePrefix: Sendable {
    public var configured: String?
    public var hasHub: Bool

    public init(configured: String? = nil, hasHub: Bool = false) {
        self.configured = configured
        self.hasHub = hasHub
    }

    /// The prefix to make codes with now, nil when there is none yet.
    func current(_ connection: Connection) throws(StorageError) -> String? {
        if let configured { return configured }
        if let learned = try connection.query("SELECT prefix FROM hub_feedback").first?.string(0), PosterCode.isPrefix(learned) {
            return learned
        }
        return hasHub ? nil : PosterCode.standalonePrefix
    }
}
