extension Parser {
    /// A number, from its first character at `index`, kept as written (see `JSONNumber`).
    mutating func number() throws(SyntaxFailure) -> JSONNumber {
        let start = index
        let invalid = SyntaxFailure(offset: start, reason: "invalid number")
        if current == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = skipDigits()
        guard integerDigits == 1 || (integerDigits > 1 && bytes[integerStart] != UInt8(ascii: "0")) else { throw invalid }
        if current == UInt8(ascii: ".") {
            index += 1
            guard skipDigits() > 0 else { throw invalid }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() > 0 else { throw invalid }
        }
        return JSONNumber(validatedText: text(start..<index))
    }

    private mutating func skipDigits() -> Int {
        let start = index
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
        return index - start
    }

    /// The bytes in `range` as text; the caller has checked they are valid UTF-8.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
