/// Where a poster's short code (`/q/<CODE>`) leads, as the site's `ShopSource` knows it. A code
/// names a shop, not a slug, so a printed poster keeps reaching its shop when the slug changes.
public enum CodeTarget: Sendable, Equatable {
    /// A shop's page, at its slug of today.
    case shop(slug: String)
    /// A kiosk's directory (`/d/<kiosk>`): the code of the directory's poster.
    case directory(kiosk: String)
    /// A code that was printed, whose shop has since withdrawn its page or been erased (410);
    /// `directory` is a kiosk directory offered instead, so the phone is not left at a dead end.
    case withdrawn(directory: String?)
    /// No such code on this site (404), with a directory offered when there is one.
    case unknown(directory: String?)
}
