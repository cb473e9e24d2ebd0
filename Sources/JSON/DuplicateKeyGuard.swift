/// Refuses a key written twice in one object, in linear time whatever the object's size.
///
/// Small objects (nearly all of them) are checked against the members already read, with no
/// extra allocation; past `linearLimit` members the keys go into a set, so a hostile body with
/// 100,000 keys costs no more than reading it.
struct DuplicateKeyGuard {
    private static let linearLimit = 16
    private var hashed: Set<String> = []

    /// True when `key` is not among `fields`, the members read so far (and remembers it).
    mutating func admits(_ key: String, after fields: [JSONField]) -> Bool {
        guard fields.count >= Self.linearLimit else { return !fields.contains { $0.key == key } }
        if hashed.isEmpty { hashed = Set(fields.lazy.map(\.key)) }
        return hashed.insert(key).inserted
    }
}
