import CCups

/// An IPP request or response owned by Swift: freed when dropped, unless handed to libcups.
final class IPPMessage {
    private(set) var pointer: OpaquePointer?

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    /// A request for `operation` with the attributes every request carries (RFC 8011 §4.1.4).
    convenience init(_ operation: ipp_op_t) {
        self.init(ippNewRequest(operation))
        add(.operation, .name, "requesting-user-name", String(cString: cupsUser()))
    }

    deinit { if let pointer { ippDelete(pointer) } }

    /// Gives the message to a libcups call that frees it.
    func release() -> OpaquePointer? {
        defer { pointer = nil }
        return pointer
    }

    enum Group { case operation, job }
    enum Syntax { case uri, name, keyword, mimeType }

    func add(_ group: Group, _ syntax: Syntax, _ name: String, _ value: String) {
        let groupTag = group == .operation ? IPP_TAG_OPERATION : IPP_TAG_JOB
        let valueTag = switch syntax {
        case .uri: IPP_TAG_URI
        case .name: IPP_TAG_NAME
        case .keyword: IPP_TAG_KEYWORD
        case .mimeType: IPP_TAG_MIMETYPE
        }
        ippAddString(pointer, groupTag, valueTag, name, nil, value)
    }

    func add(integer name: String, _ value: Int32) {
        ippAddInteger(pointer, IPP_TAG_OPERATION, IPP_TAG_INTEGER, name, value)
    }

    /// `requested-attributes`: only what the caller reads, so answers stay small.
    func request(_ names: [String]) {
        for (index, name) in names.enumerated() {
            if index == 0 {
                add(.operation, .keyword, "requested-attributes", name)
            } else if let attribute = ippFindAttribute(pointer, "requested-attributes", IPP_TAG_KEYWORD) {
                var list: OpaquePointer? = attribute
                ippSetString(pointer, &list, Int32(index), name)
            }
        }
    }

    func integer(_ name: String) -> Int32? {
        guard let attribute = ippFindAttribute(pointer, name, IPP_TAG_ZERO) else { return nil }
        return ippGetInteger(attribute, 0)
    }

    func boolean(_ name: String) -> Bool? {
        guard let attribute = ippFindAttribute(pointer, name, IPP_TAG_BOOLEAN) else { return nil }
        return ippGetBoolean(attribute, 0) != 0
    }

    func strings(_ name: String) -> [String] {
        guard let attribute = ippFindAttribute(pointer, name, IPP_TAG_ZERO) else { return [] }
        return (0..<ippGetCount(attribute)).compactMap { index in
            ippGetString(attribute, index, nil).map { String(cString: $0) }
        }
    }

    func string(_ name: String) -> String? { strings(name).first }
}
