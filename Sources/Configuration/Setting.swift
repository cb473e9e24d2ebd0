/// A configuration key together with the Swift type of its value. Each key is declared once,
/// as a `Setting` (see `Keys`), and read as `config[Keys.port]`: a misspelt key does not
/// compile, and a value arrives as what it means (an `Int`, a `WebURL`, an absent optional)
/// rather than as text to look up and convert again.
public struct Setting<Value: Sendable>: Sendable {
    /// Name, kind, default and summary: what the loader checks and `vitrine config` shows.
    public let key: ConfigKey
    /// The checked value (the loader already refused anything of the wrong kind) as `Value`.
    let read: @Sendable (ConfigValue) -> Value?
    /// The default as `Value`, for the unreachable case `read` fails.
    let fallback: Value

    init(_ key: ConfigKey, read: @escaping @Sendable (ConfigValue) -> Value?, fallback: Value) {
        self.key = key
        self.read = read
        self.fallback = fallback
    }
}

extension Setting where Value == Int {
    /// A whole number within `range`.
    public static func integer(_ name: String, _ range: ClosedRange<Int>, default value: Int, _ summary: String) -> Setting {
        Setting(ConfigKey(name: name, kind: .integer(range), defaultValue: .integer(value), summary: summary),
                read: { if case .integer(let number) = $0 { number } else { nil } }, fallback: value)
    }
}

extension Setting where Value == Bool {
    public static func boolean(_ name: String, default value: Bool, _ summary: String) -> Setting {
        Setting(ConfigKey(name: name, kind: .boolean, defaultValue: .boolean(value), summary: summary),
                read: { if case .boolean(let flag) = $0 { flag } else { nil } }, fallback: value)
    }
}

extension Setting where Value == String {
    /// Text of a kind that checks it: `.string`, `.path`, `.address`, `.identifier` or an
    /// `.enumeration`.
    public static func text(_ name: String, _ kind: ConfigKind, default value: String, _ summary: String) -> Setting {
        Setting(ConfigKey(name: name, kind: kind, defaultValue: .string(value), summary: summary),
                read: { if case .string(let text) = $0 { text } else { nil } }, fallback: value)
    }
}

extension Setting where Value == String? {
    /// Text that may be left empty, which means "none" (no printer, no export folder).
    public static func optionalText(_ name: String, _ summary: String) -> Setting {
        Setting(ConfigKey(name: name, kind: .string, defaultValue: "", summary: summary),
                read: { if case .string(let text) = $0 { text.isEmpty ? .some(nil) : .some(text) } else { nil } }, fallback: nil)
    }
}

extension Setting where Value == WebURL {
    /// An http(s) URL (`ConfigKind.url`).
    public static func url(_ name: String, default value: WebURL, _ summary: String) -> Setting {
        Setting(ConfigKey(name: name, kind: .url, defaultValue: .string(value.description), summary: summary),
                read: { if case .string(let text) = $0 { WebURL(text) } else { nil } }, fallback: value)
    }
}

extension Setting where Value == WebURL? {
    /// An http(s) URL, or empty for none (`ConfigKind.optionalURL`).
    public static func optionalURL(_ name: String, _ summary: String) -> Setting {
        Setting(ConfigKey(name: name, kind: .optionalURL, defaultValue: "", summary: summary),
                read: { if case .string(let text) = $0 { text.isEmpty ? .some(nil) : WebURL(text).map { .some($0) } } else { nil } },
                fallback: nil)
    }
}
