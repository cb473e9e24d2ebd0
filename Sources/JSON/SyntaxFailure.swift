/// A syntax error at a byte offset, as the parser finds it; turned into a line and column only
/// when reported, so the parser never counts lines on the happy path.
struct SyntaxFailure: Error {
    let offset: Int
    let reason: String

    /// The error with the line and column a text editor shows for `offset` (column in characters).
    func located(in bytes: [UInt8]) -> JSONSyntaxError {
        let before = bytes[..<min(offset, bytes.count)]
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = 1 + before.count { $0 == UInt8(ascii: "\n") }
        let column = 1 + String(decoding: before[lineStart...], as: UTF8.self).count
        return JSONSyntaxError(line: line, column: column, reason: reason)
    }
}
