import JSON

/// The members of a JSON object being read, by name.
struct ContentFields {
    let node: ContentNode
    let members: [JSONField]

    /// A field that must be present (and not null).
    func required(_ key: String) throws(ContentError) -> ContentNode {
        guard let field = optional(key) else { throw node.refusal(at: key, "is missing") }
        return field
    }

    /// A field that may be absent; `null` counts as absent.
    func optional(_ key: String) -> ContentNode? {
        guard let member = members.first(where: { $0.key == key }), member.value != .null else { return nil }
        return node.child(key, member.value)
    }
}
