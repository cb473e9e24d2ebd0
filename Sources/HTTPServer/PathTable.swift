import Glibc

/// Request paths to values, found from a `String` or from the raw bytes libmicrohttpd hands over:
/// the fast path (`PlainGet`) looks a target up without making a `String` (a heap allocation
/// past 15 bytes) or hashing one with SipHash. Open addressing with linear probing on an FNV-1a
/// hash, grown at half full; keys are only ever removed all at once, which is all the UI table
/// and the page cache need. Inlinable, so a table of another module's type (the page cache's) is
/// specialized there rather than run through generic metadata on every look-up.
public struct PathTable<Value: Sendable>: Sendable {
    @usableFromInline struct Slot: Sendable {
        /// 0 when the slot is empty, else the key's hash with its lowest bit set.
        @usableFromInline var hash: UInt64 = 0
        @usableFromInline var key: [UInt8] = []
        /// Whether the key is its own decoding (`PathDecoder`): only then does a raw target
        /// equal to it name that path (a key holding `%` is reached through its encoding).
        @usableFromInline var canonical = false
        @usableFromInline var value: Value?

        @usableFromInline init() {}

        @usableFromInline init(hash: UInt64, key: [UInt8], canonical: Bool, value: Value) {
            self.hash = hash
            self.key = key
            self.canonical = canonical
            self.value = value
        }
    }

    @usableFromInline var slots = [Slot](repeating: Slot(), count: 8)
    @usableFromInline var storedCount = 0
    public var count: Int { storedCount }

    @inlinable public init() {}

    /// The value for a decoded path (the normal path of a request).
    @inlinable public subscript(path path: String) -> Value? {
        let found = path.utf8.withContiguousStorageIfAvailable { find(UnsafeRawBufferPointer($0)) }
            ?? Array(path.utf8).withUnsafeBytes { find($0) }
        return found.flatMap { slots[$0].value }
    }

    /// The value for a request target as received, before any decoding; nil unless the bytes
    /// are exactly a canonical key.
    @inlinable public func value(rawPath bytes: UnsafeRawBufferPointer) -> Value? {
        guard let index = find(bytes), slots[index].canonical else { return nil }
        return slots[index].value
    }

    /// Adds `value` under `path`, or replaces the value already there.
    @inlinable public mutating func set(_ value: Value, for path: String) {
        let key = Array(path.utf8)
        if let index = key.withUnsafeBytes({ find($0) }) {
            slots[index].value = value
            return
        }
        if (storedCount + 1) * 2 > slots.count { grow() }
        let canonical = (try? PathDecoder.decodePath(path)) == path
        insert(Slot(hash: key.withUnsafeBytes { Self.hash($0) }, key: key, canonical: canonical, value: value))
    }

    @inlinable public mutating func removeAll() {
        self = PathTable()
    }

    /// Every key, in no particular order.
    public var paths: [String] {
        slots.filter { $0.hash != 0 }.map { String(decoding: $0.key, as: UTF8.self) }
    }

    /// Probes through a pointer to the slots, so no key array is retained on the way.
    @inlinable func find(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let hash = Self.hash(bytes)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Int(truncatingIfNeeded: hash >> 1) & mask
            while slots[index].hash != 0 {
                if slots[index].hash == hash && slots[index].key.withUnsafeBytes({ Self.equal($0, bytes) }) { return index }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    @inlinable mutating func insert(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: slot.hash >> 1) & mask
        while slots[index].hash != 0 { index = (index + 1) & mask }
        slots[index] = slot
        storedCount += 1
    }

    @inlinable mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        storedCount = 0
        for slot in old where slot.hash != 0 { insert(slot) }
    }

    @inlinable static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        return hash | 1
    }

    @inlinable static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }
}
