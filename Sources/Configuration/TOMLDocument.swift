/// The file-wide rules of the TOML subset: which table a key belongs to, and that no key or
/// table is defined twice (a second `port = …` further down is a mistake, not an override).
struct TOMLDocument {
    let source: String
    private(set) var entries: [TOMLEntry] = []
    private var keyLines: [String: Int] = [:]
    private var tableLines: [String: Int] = [:]
    private var table: String?

    init(source: String) {
        self.source = source
    }

    mutating func add(_ parsed: TOMLLineParser.Line, line: Int) throws(ConfigError) {
        switch parsed {
        case .blank: return
        case .table(let name): try open(table: name, line: line)
        case .keyValue(let key, let value): try record(key: key, value: value, line: line)
        }
    }

    private mutating func open(table name: String, line: Int) throws(ConfigError) {
        if let first = tableLines[name] {
            throw refusal("table [\(name)] defined twice (first on line \(first))", line: line)
        }
        if let first = keyLines[name] {
            throw refusal("table [\(name)] conflicts with key '\(name)' on line \(first)", line: line)
        }
        tableLines[name] = line
        table = name
    }

    private mutating func record(key: String, value: ConfigValue, line: Int) throws(ConfigError) {
        let full = table.map { "\($0).\(key)" } ?? key
        if let first = keyLines[full] {
            throw refusal("duplicate key '\(full)' (first set on line \(first))", line: line)
        }
        keyLines[full] = line
        entries.append(TOMLEntry(key: full, value: value, line: line))
    }

    private func refusal(_ reason: String, line: Int) -> ConfigError {
        ConfigError(location: "\(source):\(line)", reason: reason)
    }
}
