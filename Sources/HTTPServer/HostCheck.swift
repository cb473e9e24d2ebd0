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
        if names.contains(where: { Self.equalsIgnoringCase(name, $0) }) { return .accepted }
        return anyAddressLiteral && Self.isAddressLiteral(name) ? .accepted : .misdirected
    }

    /// The host of a `Host` value without its port (`[::1]:8080` → `[::1]`, `shop.fr.` →
    /// `shop.fr`); nil when what follows the host is not a port.
    static func hostPart(_ value: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer.SubSequence? {
        var end = value.endIndex
        if value.first == UInt8(ascii: "[") {
            guard let close = value.firstIndex(of: UInt8(ascii: "]")) else { return nil }
            end = close + 1
        } else if let colon = value.firstIndex(of: UInt8(ascii: ":")) {
            end = colon
        }
        let port = value[end...]
        if !port.isEmpty {
            guard port.first == UInt8(ascii: ":"), port.count <= 6,
                  port.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        }
        if end > value.startIndex, value[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return end > value.startIndex ? value[..<end] : nil
    }

    static func equalsIgnoringCase(_ bytes: UnsafeRawBufferPointer.SubSequence, _ lowercase: [UInt8]) -> Bool {
        bytes.count == lowercase.count && zip(bytes, lowercase).allSatisfy { lower($0) == $1 }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func isAddressLiteral(_ name: UnsafeRawBufferPointer.SubSequence) -> Bool {
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
