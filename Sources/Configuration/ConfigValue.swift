/// A typed configuration value, as TOML spells it and as the resolved configuration holds it.
///
/// Keeping the TOML type (rather than text) is what lets the loader refuse `port = "8080"`:
/// a quoted number in a file is almost always a mistake worth pointing out.
public enum ConfigValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([ConfigValue])

    /// The type with its article, for messages such as "port must be an integer, got a string".
    public var typeDescription: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .boolean: "a boolean"
        case .array: "an array"
        }
    }
}

/// Literals let schemas read like the configuration file they describe (`defaultValue: 8080`).
extension ConfigValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
}
