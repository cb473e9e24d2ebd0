import Foundation

/// A JSON value with booleans, integers and other numbers kept apart (JSONSerialization blurs
/// them), for checking a response body against a JSON Schema.
indirect enum JSONTree: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode([JSONTree].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONTree].self)) }
    }

    /// The JSON Schema type names this value has ("integer" values are also "number").
    var types: Set<String> {
        switch self {
        case .null: ["null"]
        case .bool: ["boolean"]
        case .number(let value): value.rounded() == value ? ["number", "integer"] : ["number"]
        case .string: ["string"]
        case .array: ["array"]
        case .object: ["object"]
        }
    }
}

/// The part of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that the kiosk's document uses:
/// `$ref`, `type`, `properties`, `required`, `additionalProperties`, `items`, `enum`,
/// `minimum`/`maximum`, `minLength`/`maxLength`, `pattern` and the `date-time` and `uuid`
/// formats. A keyword it does not know fails the check, so the document cannot outgrow it silently.
struct SchemaValidator {
    let document: OpenAPIDocument

    static let known: Set<String> = ["$ref", "type", "properties", "required", "additionalProperties", "items", "enum",
                                     "minimum", "maximum", "minLength", "maxLength", "pattern", "format", "description"]

    /// Every place where `value` breaks `schema`, as "path: reason" lines (none when it conforms).
    func problems(_ value: JSONTree, _ schema: [String: Any], at path: String = "$") -> [String] {
        if let unknown = schema.keys.first(where: { !Self.known.contains($0) }) {
            return ["\(path): the validator does not know the keyword \(unknown)"]
        }
        if let reference = schema["$ref"] as? String {
            guard let target = document.resolve(reference) as? [String: Any] else { return ["\(path): dangling \(reference)"] }
            return problems(value, target, at: path)
        }
        if let problem = typeProblem(value, schema) { return ["\(path): \(problem)"] }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
            return ["\(path): \(value) is not one of \(options)"]
        }
        switch value {
        case .number(let number): return numberProblems(number, schema).map { "\(path): \($0)" }
        case .string(let text): return stringProblems(text, schema).map { "\(path): \($0)" }
        case .array(let items): return arrayProblems(items, schema, at: path)
        case .object(let members): return objectProblems(members, schema, at: path)
        case .null, .bool: return []
        }
    }

    private func typeProblem(_ value: JSONTree, _ schema: [String: Any]) -> String? {
        let allowed = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] }
        guard let allowed, value.types.isDisjoint(with: allowed) else { return nil }
        return "\(value) is not of type \(allowed.joined(separator: " or "))"
    }

    private func numberProblems(_ number: Double, _ schema: [String: Any]) -> [String] {
        var found: [String] = []
        if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, number < minimum { found.append("\(number) < minimum \(minimum)") }
        if let maximum = (schema["maximum"] as? NSNumber)?.doubleValue, number > maximum { found.append("\(number) > maximum \(maximum)") }
        return found
    }

    private func stringProblems(_ text: String, _ schema: [String: Any]) -> [String] {
        var found: [String] = []
        let length = text.unicodeScalars.count
        if let minimum = schema["minLength"] as? Int, length < minimum { found.append("shorter than \(minimum)") }
        if let maximum = schema["maxLength"] as? Int, length > maximum { found.append("longer than \(maximum)") }
        if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
            found.append("\"\(text)\" does not match \(pattern)")
        }
        switch schema["format"] as? String {
        case "date-time"? where text.range(of: Self.dateTime, options: .regularExpression) == nil:
            found.append("\"\(text)\" is not an RFC 3339 date-time")
        case "uuid"? where UUID(uuidString: text) == nil:
            found.append("\"\(text)\" is not a UUID")
        default: break
        }
        return found
    }

    private func arrayProblems(_ items: [JSONTree], _ schema: [String: Any], at path: String) -> [String] {
        guard let itemSchema = schema["items"] as? [String: Any] else { return [] }
        return items.enumerated().flatMap { index, item in problems(item, itemSchema, at: "\(path)[\(index)]") }
    }

    private func objectProblems(_ members: [String: JSONTree], _ schema: [String: Any], at path: String) -> [String] {
        let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
        var found = (schema["required"] as? [String] ?? []).filter { members[$0] == nil }.map { "\(path): missing \($0)" }
        for (key, member) in members.sorted(by: { $0.key < $1.key }) {
            if let property = properties[key] {
                found += problems(member, property, at: "\(path).\(key)")
            } else if let extra = schema["additionalProperties"] as? [String: Any] {
                found += problems(member, extra, at: "\(path).\(key)")
            } else if schema["additionalProperties"] as? Bool == false {
                found.append("\(path): \(key) is not allowed")
            }
        }
        return found
    }

    static let dateTime = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#

    private static func equal(_ value: JSONTree, _ option: Any) -> Bool {
        switch value {
        case .string(let text): (option as? String) == text
        case .number(let number): (option as? NSNumber)?.doubleValue == number
        default: false
        }
    }
}
