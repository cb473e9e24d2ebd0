import Foundation
import Onboarding
import Testing

/// Issue 12: the CCI's identity is content, checked when the daemon starts.
@Suite("CCI identity: loading and refusals")
struct IdentityTests {
    func load(identity: JSONText = MinimalContent.identity, logo: String = MinimalContent.logo) throws -> Result<CCIIdentity, ContentError> {
        let folder = try MinimalContent.write()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try MinimalContent.writeIdentity(in: folder, identity: identity, logo: logo)
        do {
            return .success(try ContentLoader.load(directory: folder).identity)
        } catch {
            return .failure(error)
        }
    }

    func reason(_ result: Result<CCIIdentity, ContentError>) -> String {
        if case .failure(let error) = result { return "\(error.path): \(error.reason)" }
        return "loaded"
    }

    @Test func theShippedIdentityLoads() throws {
        let identity = try ContentLoader.load(directory: #require(ContentLocation.directory())).identity
        #expect(!identity.name.isEmpty && !identity.shortName.isEmpty)
        #expect(AccentColour.contrastWithWhite(identity.color) >= 4.5)
        #expect(String(decoding: identity.logo, as: UTF8.self).contains("<svg"))
    }

    @Test func aGoodIdentityLoadsWithItsColourNormalised() throws {
        var identity = MinimalContent.identity
        identity.set(["color"], "#1f4e8c")
        let loaded = try load(identity: identity).get()
        #expect(loaded.color == "#1f4e8c" && loaded.name == "CCI de test")
    }

    @Test func aColourTooLightForWhiteTextIsRefused() throws {
        var identity = MinimalContent.identity
        identity.set(["color"], "#FFCC00")
        #expect(reason(try load(identity: identity)).hasPrefix("color: too light"))
        identity.set(["color"], "blue")
        #expect(reason(try load(identity: identity)).hasPrefix("color: expected a colour"))
    }

    @Test(arguments: [
        #"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/x.png"/></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>"#,
        #"<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>"#,
        #"<html><body>not a logo</body></html>"#,
    ])
    func anActiveOrForeignLogoIsRefused(_ logo: String) throws {
        let result = try load(logo: logo)
        #expect(reason(result) != "loaded")
        if case .failure(let error) = result { #expect(error.file.hasSuffix("logo.svg")) }
    }

    @Test func theLogoMustBeAnSVGFileBesideTheIdentity() throws {
        var identity = MinimalContent.identity
        identity.set(["logo"], "../logo.svg")
        #expect(reason(try load(identity: identity)).hasPrefix("logo: expected the name of an .svg file"))
        identity.set(["logo"], "missing.svg")
        #expect(try load(identity: identity).isFailure)
        identity = MinimalContent.identity
        identity.set(["motto"], "Oui")
        #expect(reason(try load(identity: identity)).hasPrefix("motto: unknown field"))
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
