import FoundationEssentials
import HTTPServer

/// Reading and writing JSON bodies, with every failure turned into the 4xx a client can act on:
/// 415 for another media type, 400 for text that is not JSON, 422 naming the offending field.
public enum JSONBody {
    public static func decode<T: Decodable>(_ type: T.Type, from request: Request) throws(HTTPError) -> T {
        guard request.mediaType == "application/json" else {
            throw .unsupportedMediaType("application/json")
        }
        guard String(validating: request.body, as: UTF8.self) != nil else {
            throw .badRequest("The body is not valid UTF-8.", code: "invalid_json")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(request.body))
        } catch let error as DecodingError {
            throw map(error)
        } catch {
            throw .badRequest("The body is not valid JSON.", code: "invalid_json")
        }
    }

    /// A JSON response from an `Encodable` value (ISO 8601 dates, sorted keys for stable output).
    public static func response<T: Encodable>(_ value: T, status: Int = 200) -> Reply {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(value) else {
            return .response(.error(HTTPError(status: 500, code: "internal", message: "Could not encode the answer.")))
        }
        var response = Response.json("", status: status)
        response.body = Array(data)
        return .response(response)
    }

    private static func map(_ error: DecodingError) -> HTTPError {
        switch error {
        case .keyNotFound(let key, let context):
            return .invalidField(path(context.codingPath + [key]), "is required")
        case .typeMismatch(let type, let context):
            return .invalidField(path(context.codingPath), "must be \(describe(type))")
        case .valueNotFound(let type, let context):
            return .invalidField(path(context.codingPath), "must be \(describe(type)), not null")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return .badRequest("The body is not valid JSON.", code: "invalid_json")
        case .dataCorrupted(let context):
            return .invalidField(path(context.codingPath), context.debugDescription)
        @unknown default:
            return .badRequest("The body is not valid JSON.", code: "invalid_json")
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "body" : keys.reduce(into: "") { path, key in
            if let index = key.intValue { path += "[\(index)]" } else { path += (path.isEmpty ? "" : ".") + key.stringValue }
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "an object or array of the documented shape"
        }
    }
}
