import HTTPServer
import JSON

/// Reading and writing JSON bodies, with every failure turned into the 4xx a client can act on:
/// 415 for another media type, 400 for text that is not JSON, 422 naming the offending field
/// (unknown fields included, so a client's typo is caught rather than ignored).
public enum JSONBody {
    public static func decode<T: Decodable>(_ type: T.Type, from request: Request) throws(HTTPError) -> T {
        guard request.mediaType == "application/json" else {
            throw .unsupportedMediaType("application/json")
        }
        guard String(validating: request.body, as: UTF8.self) != nil else {
            throw .badRequest("The body is not valid UTF-8.", code: "invalid_json")
        }
        do {
            return try JSON.decode(T.self, from: request.body)
        } catch {
            throw map(error)
        }
    }

    /// A value this process stored as JSON text earlier (a draft, a published page).
    static func decodeStored<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSON.decode(T.self, from: Array(text.utf8))
    }

    /// A JSON response from an `Encodable` value (sorted keys, RFC 3339 times).
    public static func response<T: Encodable>(_ value: T, status: Int = 200) -> Reply {
        guard let bytes = try? JSON.encode(value) else {
            return .response(.error(HTTPError(status: 500, code: "internal", message: "Could not encode the answer.")))
        }
        var response = Response.json("", status: status)
        response.body = bytes
        return .response(response)
    }

    static func map(_ error: JSONDecodingError) -> HTTPError {
        switch error {
        case .syntax(let syntax):
            return .badRequest("The body is not valid JSON (\(syntax)).", code: "invalid_json")
        case .field(let path, let reason):
            return .invalidField(path.isEmpty ? "body" : path, reason)
        }
    }
}
