import CMicroHTTPD

/// Refuses requests whose framing two HTTP parsers could read differently (request smuggling),
/// which libmicrohttpd 0.9.75 accepts: Transfer-Encoding together with Content-Length, two
/// different Content-Lengths, a Transfer-Encoding other than `chunked`, whitespace before a
/// header's colon, a NUL inside a header value, a line ended by a bare LF, and obs-fold
/// continuation lines (which 0.9.75 glues onto the header's *name*, silently dropping a
/// Content-Length). Runs in the first handler call, before any body byte is read.
enum FramingGuard {
    enum Verdict: Equatable {
        case ok(bodyExpected: Bool, contentLength: Int?)
        case refused(String)
    }

    /// What one pass over the header lines found; filled by a C callback.
    struct Scan {
        var contentLengths: [Int] = []
        var badContentLength = false
        var transferEncodings = 0
        var chunked = false
        var whitespaceInName = false
        var badLine = false
        /// `Host` headers seen, and the first one's value (in libmicrohttpd's buffer).
        var hostCount = 0
        var host = UnsafeRawBufferPointer(start: nil, count: 0)
    }

    static func scan(_ connection: OpaquePointer) -> Scan {
        var scan = Scan()
        withUnsafeMutablePointer(to: &scan) { pointer in
            _ = MHD_get_connection_values_n(connection, .HEADER_KIND, scanHeader, pointer)
        }
        return scan
    }

    static func verdict(_ scan: Scan) -> Verdict {
        if scan.whitespaceInName { return .refused("whitespace in a header name") }
        if scan.badLine { return .refused("NUL byte, bare LF or folded line in the headers") }
        if scan.badContentLength { return .refused("malformed Content-Length") }
        if scan.transferEncodings > 0 {
            if !scan.contentLengths.isEmpty { return .refused("both Transfer-Encoding and Content-Length") }
            if scan.transferEncodings > 1 || !scan.chunked { return .refused("unsupported Transfer-Encoding") }
            return .ok(bodyExpected: true, contentLength: nil)
        }
        guard let first = scan.contentLengths.first else { return .ok(bodyExpected: false, contentLength: nil) }
        if scan.contentLengths.contains(where: { $0 != first }) { return .refused("conflicting Content-Length headers") }
        return .ok(bodyExpected: first > 0, contentLength: first)
    }

    private static let scanHeader: MHD_KeyValueIteratorN = { context, _, key, keySize, value, valueSize in
        guard let context, let key else { return .YES }
        let scan = context.assumingMemoryBound(to: Scan.self)
        let name = UnsafeRawBufferPointer(start: key, count: keySize)
        for index in 0..<keySize where name[index] == 0x20 || name[index] == 0x09 { scan.pointee.whitespaceInName = true }
        if let value, !lineEndsCleanly(UnsafeRawPointer(value) + valueSize) { scan.pointee.badLine = true }
        let text = UnsafeRawBufferPointer(start: value, count: value == nil ? 0 : valueSize)
        // By length first: most headers are none of these three, and cost one comparison.
        switch keySize {
        case 4 where equalsIgnoringCase(name, "host"):
            scan.pointee.hostCount += 1
            if scan.pointee.hostCount == 1 { scan.pointee.host = text }
        case 14 where equalsIgnoringCase(name, "content-length"):
            if let length = parseLength(text) { scan.pointee.contentLengths.append(length) } else { scan.pointee.badContentLength = true }
        case 17 where equalsIgnoringCase(name, "transfer-encoding"):
            scan.pointee.transferEncodings += 1
            scan.pointee.chunked = equalsIgnoringCase(text, "chunked")
        default:
            break
        }
        return .YES
    }

    /// libmicrohttpd 0.9.75 keeps header values in its read buffer and ends each line by
    /// overwriting its CR and LF with NULs, so after a value's terminating NUL (`end`) a clean
    /// CRLF line shows one more NUL (the LF), then the first byte of the next line or of the
    /// blank line that ends the headers. Anything else is a NUL inside the value or a bare LF;
    /// a next line starting with a space or tab is an obs-fold continuation. The bytes read
    /// stay inside that buffer (the blank line always follows); the tests pin this layout.
    static func lineEndsCleanly(_ end: UnsafeRawPointer) -> Bool {
        guard end.load(fromByteOffset: 1, as: UInt8.self) == 0 else { return false }
        let next = end.load(fromByteOffset: 2, as: UInt8.self)
        return next != 0x20 && next != 0x09
    }

    static func equalsIgnoringCase(_ bytes: UnsafeRawBufferPointer, _ lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        let expected = lowercase.utf8Start
        for index in 0..<bytes.count where bytes[index] | 0x20 != expected[index] { return false }
        return true
    }

    /// Digits only, at most 15 of them: anything else is not a length we will trust.
    static func parseLength(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 15 else { return nil }
        var total = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            total = total * 10 + Int(byte - 0x30)
        }
        return total
    }
}
