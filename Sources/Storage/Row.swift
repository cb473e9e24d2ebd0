/// One result row, detached from SQLite (plain values), so it can outlive the statement and
/// leave the closure it was read in. Getters return nil for NULL, another type, or a column
/// that does not exist: a row read from disk is input, never a reason to trap.
public struct Row: Sendable {
    /// The values in column order.
    public let values: [SQLValue]
    let columns: ColumnNames

    /// The column names in order, as SQLite reports them.
    public var columnNames: [String] { columns.names }

    public func value(_ index: Int) -> SQLValue? {
        values.indices.contains(index) ? values[index] : nil
    }

    public func value(_ name: String) -> SQLValue? {
        columns.index(of: name).flatMap(value)
    }

    public func int64(_ index: Int) -> Int64? { value(index)?.int64 }
    public func int64(_ name: String) -> Int64? { value(name)?.int64 }

    /// The integer as an `Int`, nil if it does not fit.
    public func int(_ index: Int) -> Int? { int64(index).flatMap(Int.init(exactly:)) }
    public func int(_ name: String) -> Int? { int64(name).flatMap(Int.init(exactly:)) }

    public func double(_ index: Int) -> Double? { value(index)?.double }
    public func double(_ name: String) -> Double? { value(name)?.double }

    public func string(_ index: Int) -> String? { value(index)?.string }
    public func string(_ name: String) -> String? { value(name)?.string }

    public func bytes(_ index: Int) -> [UInt8]? { value(index)?.bytes }
    public func bytes(_ name: String) -> [UInt8]? { value(name)?.bytes }
}

/// A statement's column names, shared by all rows it produced (built once per statement).
final class ColumnNames: Sendable {
    let names: [String]
    private let indexByName: [String: Int]

    init(_ names: [String]) {
        self.names = names
        // The first column wins when a name repeats, as in SQLite's own lookups.
        indexByName = Dictionary(names.enumerated().map { ($0.element, $0.offset) }) { first, _ in first }
    }

    func index(of name: String) -> Int? { indexByName[name] }
}
