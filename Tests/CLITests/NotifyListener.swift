import Foundation

/// The test's side of `$NOTIFY_SOCKET`: an abstract datagram socket, read with timestamps.
final class NotifyListener {
    let descriptor: Int32
    let name = "@vitrine-test-\(UUID().uuidString.prefix(12))"

    struct Message {
        let text: String
        let at: Date
    }

    init() {
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(name.utf8)
        bytes[0] = 0
        withUnsafeMutableBytes(of: &address.sun_path) { path in for (i, b) in bytes.enumerated() { path[i] = b } }
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(2 + bytes.count)) }
        }
    }

    deinit { close(descriptor) }

    /// The next message, or nil after `seconds` without one.
    func next(within seconds: Double) -> Message? {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, Int32(seconds * 1000)) == 1 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        return count > 0 ? Message(text: String(decoding: buffer[0..<count], as: UTF8.self), at: Date()) : nil
    }

    /// Every message for `seconds`.
    func collect(for seconds: Double) -> [Message] {
        let end = Date().addingTimeInterval(seconds)
        var messages: [Message] = []
        while case let left = end.timeIntervalSinceNow, left > 0, let message = next(within: left) { messages.append(message) }
        return messages
    }

    /// Waits for a message starting with `prefix`, returning it and what came before.
    func wait(for prefix: String, within seconds: Double) -> (Message?, [Message]) {
        let end = Date().addingTimeInterval(seconds)
        var seen: [Message] = []
        while case let left = end.timeIntervalSinceNow, left > 0, let message = next(within: left) {
            if message.text.hasPrefix(prefix) { return (message, seen) }
            seen.append(message)
        }
        return (nil, seen)
    }
}

/// Opens a TCP connection to the daemon and holds it without sending anything.
func holdConnection(port: Int) -> Int32 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port)).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    _ = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    return fd
}
