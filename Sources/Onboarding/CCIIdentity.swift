/// The CCI that runs the kiosk, as the visitor sees it: its name, a short name for tight places,
/// its colour and its logo (`content/identity.json` and the SVG file it names, beside it).
///
/// It is content, so a CCI changes it without a rebuild; it is checked when the daemon starts:
/// the colour must carry white text (contrast ≥ 4.5, like a shop's accent colour) and the logo
/// must be a plain SVG drawing, with nothing that could run or fetch anything.
public struct CCIIdentity: Sendable, Equatable {
    public let name: String
    public let shortName: String
    /// `#rrggbb`, dark enough for white text.
    public let color: String
    /// The logo's SVG document, served as is.
    public let logo: [UInt8]

    /// The largest logo accepted: an SVG logo is a few kilobytes; more is likely an embedded photo.
    public static let logoLimit = 64 * 1024

    /// Reads and checks `<directory>/identity.json` and its logo.
    public static func load(directory: String) throws(ContentError) -> CCIIdentity {
        let path = "\(directory)/identity.json"
        let fields = try ContentNode.document(at: path).fields(["name", "shortName", "color", "logo"])
        let name = try fields.required("name").text()
        let shortName = try fields.required("shortName").text()
        guard name.count <= 80, shortName.count <= 24 else {
            throw ContentError(file: path, path: name.count > 80 ? "name" : "shortName",
                               reason: "too long (at most 80 characters for name, 24 for shortName)")
        }
        let colorNode = try fields.required("color")
        let color: String
        switch AccentColour.parse(try colorNode.text()) {
        case .success(let parsed): color = parsed
        case .failure(.notAColour): throw colorNode.refusal("expected a colour like #1F4E8C")
        case .failure(.tooLight): throw colorNode.refusal("too light: white text on it would be hard to read (contrast below 4.5)")
        }
        let logoNode = try fields.required("logo")
        let logoFile = try logoNode.text()
        guard logoFile.hasSuffix(".svg"), !logoFile.contains("/"), !logoFile.hasPrefix(".") else {
            throw logoNode.refusal("expected the name of an .svg file beside identity.json, like identity-logo.svg")
        }
        let logo = try PlainSVG.check(file: "\(directory)/\(logoFile)", limit: logoLimit)
        return CCIIdentity(name: name, shortName: shortName, color: color, logo: logo)
    }
}
