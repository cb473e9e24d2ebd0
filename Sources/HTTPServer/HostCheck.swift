import Glibc

/// Which `Host` a request may name (DNS rebinding): a page on any site whose name is made to
/// resolve to this box is same-origin for the browser, so a request must name the daemon itself
/// before any handler runs. Accepted: the loopback names, the listening address, the names the
/// configuration adds (the host of `public_base_url`, `allowed_hosts`), with or without a port;
/// when listening on every address (`0.0.0.0`, `::`), any IP literal too, since a rebinding
/// page always uses a name. RFC 9112 framing: HTTP/1.1 needs exactly one `Host`.
struct HostCheck: Sendable {
    enum Verdict: Equatable {
        case accepted
        /// 400: HTTP/1.1 without `Host`, or more than one.
        case malformed(String)
        /// 421: a name this server does not answer to.
        case misdirected
    }

    static let loopbackNames = ["localhost", "127.0.0.1", "[::1]"]
    private let names: [[UInt8]]
    private let anyAddressLiteral: Bool

    init(listeningAddress: String, allowed: [String]) {
        let listening = listeningAddress.contains(":") ? "[\(listeningAddress)]" : listeningAddress
        names = (Self.loopbackNames + [listening] + allowed).map { Array($0.lowercased().utf8) }
        anyAddressLiteral = ["0.0.0.0", "::", "[::]"].contains(listeningAddress)
    }

    func verdict(hostCount: Int, host: UnsafeRawBufferPointer, http11: Bool) -> Verdict {
        if hostCount > 1 { return .malformed("more than one Host header") }
        if hostCount == 0 { return http11 ? .malformed("HTTP/1.1 request without a Host header") : .accepted }
        guard let name = Self.hostPart(host) else { return .misdirected }
        for candidate in names where Self.equalsIgnoringCase(name, candidate) { return .accepted }
        return anyAddressLiteral && Self.isAddressLiteral(name) ? .accepted : .misdirected
    }

    /// The host of a `Host` value without its port (`[::1]:8080` → `[::1]`, `shop.fr.` →
    /// `shop.fr`); nil when what follows the host is not a port. Index loops over the raw bytes:
    /// this runs on every request.
    static func hostPart(_ value: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        let count = value.count
        guard count > 0, let base = value.baseAddress else { return nil }
        var end = 0
        if value[0] == UInt8(ascii: "[") {
            while end < count && value[end] != UInt8(ascii: "]") { end += 1 }
            guard end < count else { return nil }
            end += 1
        } else {
            while end < count && value[end] != UInt8(ascii: ":") { end += 1 }
        }
        if end < count {
            guard value[end] == UInt8(ascii: ":"), count - end <= 6 else { return nil }
            for index in (end + 1)..<count where value[index] < 0x30 || value[index] > 0x39 { return nil }
        }
        if end > 0 && value[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return end > 0 ? UnsafeRawBufferPointer(start: base, count: end) : nil
    }

    static func equalsIgnoringCase(_ bytes: UnsafeRawBufferPointer, _ lowercase: [UInt8]) -> Bool {
        guard bytes.count == lowercase.count else { return false }
        return lowercase.withUnsafeBufferPointer { expected in
            for index in 0..<bytes.count where lower(bytes[index]) != expected[index] { return false }
            return true
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func isAddressLiteral(_ name: UnsafeRawBufferPointer) -> Bool {
        var text = Array(name)
        if text.first == UInt8(ascii: "[") { text = Array(text.dropFirst().dropLast()) }
        text.append(0)
        var buffer = in6_addr()
        return text.withUnsafeBufferPointer { pointer in
            pointer.withMemoryRebound(to: CChar.self) { characters in
                inet_pton(AF_INET, characters.baseAddress, &buffer) == 1
                    || (name.first == UInt8(ascii: "[") && inet_pton(AF_INET6, characters.baseAddress, &buffer) == 1)
            }
        }
    }
}
