import JSON
import Onboarding

/// JSON: parsing never crashes; what parses serialises to text that parses back equal; drafts
/// decode or are refused with a field path.
enum JSONTarget {
    static func run(_ bytes: [UInt8]) {
        guard let value = try? JSON.parse(bytes) else { return }
        let written = JSON.serialize(value)
        guard let again = try? JSON.parse(written), again == value else { FuzzTargets.fail("round trip changed the value") }
        _ = try? JSON.decode(ShopDraft.self, from: bytes)
    }
}
