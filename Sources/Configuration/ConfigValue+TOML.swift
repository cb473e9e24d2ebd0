extension ConfigValue {
    /// The value written as TOML, so a configuration dump can be pasted back into a file.
    public var tomlText: String {
        switch self {
        case .string(let text): TOMLString.quoted(text)
        case .integer(let number): String(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .array(let items): "[" + items.map(\.tomlText).joined(separator: ", ") + "]"
        }
    }
}
