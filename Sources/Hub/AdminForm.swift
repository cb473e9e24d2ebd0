import HTTPServer

/// The fields of an HTML form post (`application/x-www-form-urlencoded`) and the cookies of a
/// request: the dashboard's only inputs besides its paths.
enum AdminForm {
    /// Most bytes a dashboard form may send (a login is well under this).
    static let maximumBytes = 8192

    /// The form's fields (the last value wins when a name repeats); 400/413/415 as HTML-free
    /// errors for the edge to render.
    static func fields(_ request: Request) throws(HTTPError) -> [String: String] {
        guard request.mediaType == "application/x-www-form-urlencoded" else {
            throw .unsupportedMediaType("application/x-www-form-urlencoded")
        }
        guard request.body.count <= maximumBytes else { throw .payloadTooLarge(limit: maximumBytes) }
        var fields: [String: String] = [:]
        for pair in request.body.split(separator: UInt8(ascii: "&")) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let rawName = String(validating: parts[0], as: UTF8.self),
                  let rawValue = String(validating: parts.count > 1 ? parts[1] : [], as: UTF8.self),
                  let name = try? PathDecoder.decodeQueryComponent(rawName),
                  let value = try? PathDecoder.decodeQueryComponent(rawValue) else {
                throw .badRequest("The form is not valid URL-encoded UTF-8.", code: "invalid_form")
            }
            fields[name] = value
        }
        return fields
    }

    /// The value of cookie `name`, or nil.
    static func cookie(_ name: String, in request: Request) -> String? {
        guard let header = request.header("Cookie") else { return nil }
        for item in header.split(separator: ";") {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            if parts[0].drop(while: { $0 == " " }) == Substring(name) { return String(parts[1]) }
        }
        return nil
    }
}
