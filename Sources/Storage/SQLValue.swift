/// One SQLite value, exactly as SQLite stores it (its five storage classes), so nothing is
/// converted behind the caller's back on the way in or out.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The integer, or nil for any other storage class.
    public var int64: Int64? {
        if case .integer(let value) = self { value } else { nil }
    }

    /// The number as a Double: REAL columns may hand back integers for whole values.
    public var double: Double? {
        switch self {
        case .real(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    /// The text, or nil for any other storage class.
    public var string: String? {
        if case .text(let value) = self { value } else { nil }
    }

    /// The bytes, or nil for any other storage class.
    public var bytes: [UInt8]? {
        if case .blob(let value) = self { value } else { nil }
    }
}
