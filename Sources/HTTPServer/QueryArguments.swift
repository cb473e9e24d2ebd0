import CMicroHTTPD

/// Collects the query string's arguments, decoded by `PathDecoder` (libmicrohttpd leaves them
/// raw). The last value wins when a key repeats.
enum QueryArguments {
    private struct Collected {
        var values: [String: String] = [:]
        var invalid = false
    }

    static func collect(_ connection: OpaquePointer) -> [String: String]? {
        var collected = Collected()
        withUnsafeMutablePointer(to: &collected) { pointer in
            _ = MHD_get_connection_values_n(connection, .GET_ARGUMENT_KIND, add, pointer)
        }
        return collected.invalid ? nil : collected.values
    }

    private static let add: MHD_KeyValueIteratorN = { context, _, key, keySize, value, valueSize in
        guard let context, let key else { return .YES }
        let collected = context.assumingMemoryBound(to: Collected.self)
        let rawValue = value.map { UnsafeRawBufferPointer(start: $0, count: valueSize) } ?? UnsafeRawBufferPointer(start: nil, count: 0)
        guard let textKey = String(validating: UnsafeRawBufferPointer(start: key, count: keySize), as: UTF8.self),
              let textValue = String(validating: rawValue, as: UTF8.self),
              let name = try? PathDecoder.decodeQueryComponent(textKey),
              let decoded = try? PathDecoder.decodeQueryComponent(textValue)
        else {
            collected.pointee.invalid = true
            return .NO
        }
        collected.pointee.values[name] = decoded
        return .YES
    }
}
