/// What a key accepts. Kinds carry their own limits (a range, the allowed names) so that a bad
/// value is refused while loading, with the key named, instead of deep inside the daemon.
public enum ConfigKind: Sendable, Equatable {
    /// Any text.
    case string
    /// A filesystem path: non-empty and without NUL, which no system call could take.
    case path
    /// A whole number within the range.
    case integer(ClosedRange<Int>)
    /// `true`/`false` in files; also `yes`/`no`/`1`/`0` from the environment and flags.
    case boolean
    /// One of a fixed list of names, matched exactly.
    case enumeration([String])
    /// An IPv4 or IPv6 literal (no host names: binding must not depend on DNS at boot).
    case address
    /// An absolute http(s) URL without query or fragment, such as the hub's public address that
    /// QR codes send phones to; a trailing slash is dropped so paths can be appended.
    case url
    /// The same, or empty for "none" (`hub_url`: reports then wait in the outbox).
    case optionalURL
    /// A name used in addresses (`/d/<name>`): lower-case ASCII letters, digits, inner hyphens.
    case identifier
}
