/// A trade the page builder offers (boulangerie, coiffure…), with the schema.org type its page
/// declares, so search engines file the shop in the right category.
public struct Trade: Codable, Equatable, Sendable {
    /// Stable and the same in every language: what drafts and pages refer to.
    public let id: String
    public let label: String
    /// A schema.org `LocalBusiness` subtype (`Bakery`, `HairSalon`…), or `LocalBusiness`.
    public let schemaType: String

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(["id", "label", "schemaType"])
        id = try fields.required("id").identifier()
        label = try fields.required("label").text()
        let type = try fields.required("schemaType")
        schemaType = try type.text()
        guard schemaType.first?.isUppercase == true, schemaType.utf8.count <= 40,
              schemaType.utf8.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
            throw type.refusal("'\(schemaType)' is not a schema.org type name (letters only, capitalised)")
        }
    }
}
