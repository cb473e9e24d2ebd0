import CMicroHTTPD
import Glibc

/// A `GET` or `HEAD` without a query string and without a body, as libmicrohttpd hands it over,
/// before any decoding: what a handler's fast path (`HTTPHandler.prepared(_:)`) looks up. It has
/// passed the Host and framing checks; it is only valid during that call.
public struct PlainGet {
    /// The path as received (not percent-decoded): look it up with `PathTable.value(rawPath:)`,
    /// which only matches keys that are their own decoding.
    public let rawPath: UnsafeRawBufferPointer
    let connection: OpaquePointer

    /// Whether the path is exactly `path`.
    public func isPath(_ path: StaticString) -> Bool {
        rawPath.count == path.utf8CodeUnitCount
            && memcmp(rawPath.baseAddress!, path.utf8Start, rawPath.count) == 0
    }

    /// The `If-None-Match` header, read from libmicrohttpd (no copy unless there is one).
    public var ifNoneMatch: String? {
        let name: StaticString = "If-None-Match"
        return name.withUTF8Buffer { name in
            name.withMemoryRebound(to: CChar.self) { name in
                MHD_lookup_connection_value(connection, .HEADER_KIND, name.baseAddress).map { String(cString: $0) }
            }
        }
    }

    /// The fast path's gate: `GET` or `HEAD`, no query argument at all.
    static func make(_ connection: OpaquePointer, _ url: UnsafePointer<CChar>, _ method: UnsafePointer<CChar>) -> PlainGet? {
        guard isGetOrHead(method), MHD_get_connection_values_n(connection, .GET_ARGUMENT_KIND, nil, nil) == 0 else {
            return nil
        }
        return PlainGet(rawPath: UnsafeRawBufferPointer(start: url, count: strlen(url)), connection: connection)
    }

    private static func isGetOrHead(_ method: UnsafePointer<CChar>) -> Bool {
        let bytes = UnsafeRawPointer(method).assumingMemoryBound(to: UInt8.self)
        if bytes[0] == UInt8(ascii: "G") {
            return bytes[1] == UInt8(ascii: "E") && bytes[2] == UInt8(ascii: "T") && bytes[3] == 0
        }
        return bytes[0] == UInt8(ascii: "H") && bytes[1] == UInt8(ascii: "E") && bytes[2] == UInt8(ascii: "A")
            && bytes[3] == UInt8(ascii: "D") && bytes[4] == 0
    }
}
