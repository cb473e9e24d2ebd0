import CSQLite

/// A compiled statement, kept by its connection and reused: compiling SQL costs more than running
/// it, and the kiosk runs the same few statements all day.
struct Statement {
    let pointer: OpaquePointer
    let path: String

    /// SQLite copies bound text and blobs at once, so callers' buffers may go away after binding.
    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    }

    /// Forgets the last run (its position and its bindings), which also ends its read of the
    /// database: a statement left mid-way would pin the WAL and its snapshot.
    func reset() {
        sqlite3_reset(pointer)
        sqlite3_clear_bindings(pointer)
    }

    func finalize() {
        sqlite3_finalize(pointer)
    }

    /// Binds `values` to the `?` parameters in order; the count must match, so a forgotten value
    /// is an error rather than a silent NULL.
    func bind(_ values: [SQLValue]) throws(StorageError) {
        let expected = Int(sqlite3_bind_parameter_count(pointer))
        guard values.count == expected else {
            throw .sqlite(path: path, code: SQLITE_RANGE,
                          message: "the statement takes \(expected) values, \(values.count) given")
        }
        for (offset, value) in values.enumerated() {
            try check(bind(value, at: Int32(offset + 1)))
        }
    }

    private func bind(_ value: SQLValue, at index: Int32) -> Int32 {
        switch value {
        case .null:
            sqlite3_bind_null(pointer, index)
        case .integer(let number):
            sqlite3_bind_int64(pointer, index, number)
        case .real(let number):
            sqlite3_bind_double(pointer, index, number)
        case .text(let text):
            sqlite3_bind_text64(pointer, index, text, UInt64(text.utf8.count), Self.transient, UInt8(SQLITE_UTF8))
        case .blob(let bytes) where bytes.isEmpty:
            // An empty array has no base address, which SQLite would store as NULL.
            sqlite3_bind_zeroblob(pointer, index, 0)
        case .blob(let bytes):
            bytes.withUnsafeBytes { sqlite3_bind_blob64(pointer, index, $0.baseAddress, UInt64($0.count), Self.transient) }
        }
    }

    /// Advances one row: true when a row is ready, false when the statement is done.
    func step() throws(StorageError) -> Bool {
        let code = sqlite3_step(pointer)
        if code == SQLITE_ROW { return true }
        try check(code == SQLITE_DONE ? SQLITE_OK : code)
        return false
    }

    /// The column names of the current run (they can change when the schema does).
    func columnNames() -> ColumnNames {
        ColumnNames((0..<sqlite3_column_count(pointer)).map { column in
            sqlite3_column_name(pointer, column).map { String(cString: $0) } ?? ""
        })
    }

    func row(_ columns: ColumnNames) -> Row {
        Row(values: (0..<Int32(columns.names.count)).map(value), columns: columns)
    }

    private func value(at column: Int32) -> SQLValue {
        switch sqlite3_column_type(pointer, column) {
        case SQLITE_INTEGER:
            .integer(sqlite3_column_int64(pointer, column))
        case SQLITE_FLOAT:
            .real(sqlite3_column_double(pointer, column))
        case SQLITE_TEXT:
            .text(String(decoding: bytes(at: column, sqlite3_column_text(pointer, column)), as: UTF8.self))
        case SQLITE_BLOB:
            .blob(Array(bytes(at: column, sqlite3_column_blob(pointer, column)?.assumingMemoryBound(to: UInt8.self))))
        default:
            .null
        }
    }

    /// The column's bytes; the length must be asked after the pointer, as SQLite documents. No
    /// pointer means no bytes (an empty blob, or SQLite out of memory).
    private func bytes(at column: Int32, _ start: UnsafePointer<UInt8>?) -> UnsafeBufferPointer<UInt8> {
        guard let start else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(pointer, column)))
    }

    private func check(_ code: Int32) throws(StorageError) {
        guard code != SQLITE_OK else { return }
        throw StorageError.fromSQLite(code: code, connection: sqlite3_db_handle(pointer), path: path)
    }
}
