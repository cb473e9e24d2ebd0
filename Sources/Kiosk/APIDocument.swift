import Glibc
import JSON
import LocalFiles

/// The OpenAPI 3.1 description of the kiosk's HTTP API (`api/openapi.json`, setting
/// `api_document`), served as it is at `/api/v1/openapi.json`.
///
/// It is data, not code: one file that people and tools edit, and that `KioskTests` keeps equal
/// to the router and checks real responses against. It is read and parsed once at start, so a
/// broken edit stops the daemon with the file and the place instead of serving invalid JSON.
public struct APIDocument: Sendable {
    /// The file's bytes, exactly as served.
    public let bytes: [UInt8]

    /// Reads and checks the document at `path`.
    public init(path: String) throws(APIDocumentError) {
        guard let bytes = LocalFile.read(path, limit: 1 << 20) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let value: JSONValue
        do {
            value = try JSON.parse(bytes)
        } catch {
            throw .invalid(path: path, reason: error.description)
        }
        guard case .object(let members) = value, members.contains(where: { $0.key == "openapi" }) else {
            throw .invalid(path: path, reason: "not an OpenAPI document (no \"openapi\" member)")
        }
        self.bytes = bytes
    }
}

/// Why the API document could not be loaded.
public enum APIDocumentError: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalid(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
        case .invalid(let path, let reason): "\(path): \(reason)"
        }
    }
}
