/// One `key = value` of a TOML file, kept in file order with its line number so that a later
/// refusal (an unknown key, a value out of range) can point at the line to edit.
public struct TOMLEntry: Sendable, Equatable {
    /// The full key: `port` at the top, `table.key` under a `[table]` header.
    public let key: String
    public let value: ConfigValue
    /// 1-based line of the key in the file.
    public let line: Int

    public init(key: String, value: ConfigValue, line: Int) {
        self.key = key
        self.value = value
        self.line = line
    }
}
