import Foundation

/// The OpenAPI document as the tests read it: its operations, its references, and the schema
/// of each documented response, for `SchemaValidator`.
struct OpenAPIDocument {
    struct Operation {
        let method: String
        let path: String
        let item: [String: Any]
        let operation: [String: Any]

        /// Parameters given in full here rather than by `$ref` to `components/parameters`.
        var inlineParameterNames: [String] {
            let lists = [item["parameters"], operation["parameters"]].compactMap { $0 as? [[String: Any]] }
            return lists.flatMap { $0 }.compactMap { $0["$ref"] == nil ? ($0["name"] as? String) : nil }
        }
    }

    let root: [String: Any]

    static func load(_ path: String) throws -> OpenAPIDocument {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return OpenAPIDocument(root: root)
    }

    static let methods = ["get", "put", "post", "delete", "patch", "head", "options"]

    var operations: [Operation] {
        let paths = root["paths"] as? [String: [String: Any]] ?? [:]
        return paths.flatMap { path, item in
            Self.methods.compactMap { method in
                (item[method] as? [String: Any]).map { Operation(method: method.uppercased(), path: path, item: item, operation: $0) }
            }
        }
    }

    /// The value a local reference (`#/components/schemas/Error`) points at.
    func resolve(_ reference: String) -> Any? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: Any? = root
        for step in reference.dropFirst(2).split(separator: "/") {
            node = (node as? [String: Any])?[String(step)]
        }
        return node
    }

    /// Every `$ref` in the document.
    func references() -> Set<String> {
        var found = Set<String>()
        func walk(_ node: Any) {
            if let object = node as? [String: Any] {
                if let reference = object["$ref"] as? String { found.insert(reference) }
                object.values.forEach(walk)
            } else if let array = node as? [Any] {
                array.forEach(walk)
            }
        }
        walk(root)
        return found
    }

    /// The documented operation for a concrete request path (`/s/demo/qr.svg` → `/s/{slug}/qr.svg`).
    func operation(_ method: String, _ concretePath: String) -> Operation? {
        let parts = concretePath.split(separator: "/", omittingEmptySubsequences: false)
        return operations.first { operation in
            guard operation.method == method else { return false }
            let template = operation.path.split(separator: "/", omittingEmptySubsequences: false)
            return template.count == parts.count && zip(template, parts).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
    }

    /// The schema and media types documented for `status` (the `Error` response included).
    func response(_ operation: Operation, status: Int) -> [String: Any]? {
        let responses = operation.operation["responses"] as? [String: Any]
        guard var response = responses?[String(status)] as? [String: Any] else { return nil }
        if let reference = response["$ref"] as? String, let target = resolve(reference) as? [String: Any] { response = target }
        return response
    }
}
