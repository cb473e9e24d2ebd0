import CSQLite

extension StorageError {
    /// Turns a SQLite result code into the error an operator needs: corruption and "not a
    /// database" get their own cases (they mean "stop and look at the file"), everything else
    /// keeps SQLite's extended code and message.
    static func fromSQLite(code: Int32, connection: OpaquePointer?, path: String) -> StorageError {
        let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
        switch code & 0xFF {
        case SQLITE_NOTADB: return .notADatabase(path: path)
        case SQLITE_CORRUPT: return .corrupt(path: path, report: [message])
        default: return .sqlite(path: path, code: code, message: message)
        }
    }
}
