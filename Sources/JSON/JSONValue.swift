/// A JSON document as a tree, for code that must look at the JSON itself rather than decode it
/// into a type: content files checked field by field, free-form event data passed through.
///
/// Objects keep their members in document order (a list, not a dictionary), so a document can be
/// compared, reported on and written back as it was read. No case is `indirect`: arrays and
/// member lists already hold their elements on the heap, so the tree needs no extra boxes.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    /// Members in document order; `JSON.parse` guarantees each key appears once.
    case object([JSONField])
}

/// One `"key": value` member of a JSON object.
public struct JSONField: Sendable, Equatable {
    public var key: String
    public var value: JSONValue

    /// Unlabelled, so a member list reads like the JSON it stands for: `JSONField("id", "a")`.
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
