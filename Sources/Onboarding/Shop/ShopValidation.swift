/// What the page builder's checks make of a draft: the profile with every valid field (the
/// live preview shows it while the owner types) and the problems, field by field. A page is
/// published only when there are none.
public struct ShopCheck: Sendable, Equatable {
    public let profile: ShopProfile
    public let problems: [FieldProblem]

    public var isPublishable: Bool { problems.isEmpty }
}

/// The checks a French shop owner expects: a name, a trade from the list, French phone numbers
/// and postcodes, working URLs and e-mail, hours that make sense, a readable colour.
public enum ShopValidation {
    /// Limits in characters, chosen so that a page stays small and a poster legible.
    public enum Limit {
        public static let name = 80, description = 600, street = 120, city = 60, label = 60
        public static let service = 60, services = 8, hours = 21, closures = 12
    }

    public static func check(_ draft: ShopDraft, trades: Set<String>) -> ShopCheck {
        var reader = DraftReader()
        let name = reader.text("name", draft.name, limit: Limit.name)
        if name == nil { reader.report("name", "error-required") }
        var profile = ShopProfile(name: name ?? "")
        profile.trade = reader.normalised("trade", draft.trade, code: "error-trade") { trades.contains($0) ? $0 : nil }
        profile.description = reader.text("description", draft.description, limit: Limit.description, paragraphs: true)
        profile.address = address(draft, &reader)
        profile.phone = reader.normalised("phone", draft.phone, code: "error-phone", FrenchPhone.normalize)
        profile.email = reader.normalised("email", draft.email, code: "error-email", WebAddress.email)
        profile.website = reader.normalised("website", draft.website, code: "error-url", WebAddress.url)
        profile.facebook = reader.normalised("facebook", draft.facebook, code: "error-facebook", SocialLink.facebook)
        profile.instagram = reader.normalised("instagram", draft.instagram, code: "error-instagram", SocialLink.instagram)
        profile.googleReview = reader.normalised("googleReview", draft.googleReview, code: "error-review", SocialLink.googleReview)
        profile.hours = OpeningHoursCheck.hours(draft.hours ?? [], &reader)
        profile.closures = OpeningHoursCheck.closures(draft.closures ?? [], &reader)
        profile.services = services(draft.services ?? [], &reader)
        profile.accent = accent(draft.accent, &reader)
        return ShopCheck(profile: profile, problems: reader.problems)
    }

    /// Postcode and city go together (a map link needs both); the street is optional.
    private static func address(_ draft: ShopDraft, _ reader: inout DraftReader) -> PostalAddress? {
        let street = reader.text("street", draft.street, limit: Limit.street)
        let city = reader.text("city", draft.city, limit: Limit.city)
        let typedPostcode = TypedText.line(draft.postcode).map { $0.filter { $0 != " " } }
        let postcode = typedPostcode.flatMap { isPostcode($0) ? $0 : nil }
        if let typedPostcode, postcode == nil { reportPostcode(typedPostcode, &reader) }
        if let postcode, let city { return PostalAddress(street: street, postcode: postcode, city: city) }
        if typedPostcode != nil && city == nil && !reader.hasProblem("city") { reader.report("city", "error-required") }
        if typedPostcode == nil && (city != nil || street != nil) { reader.report("postcode", "error-required") }
        return nil
    }

    /// Five digits of a metropolitan (01–95, Corsica 20) or overseas (97, 98) département.
    static func isPostcode(_ text: String) -> Bool {
        hasFiveDigits(text) && isDepartment(text.prefix(2))
    }

    private static func hasFiveDigits(_ text: String) -> Bool {
        text.utf8.count == 5 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    private static func isDepartment(_ digits: Substring) -> Bool {
        guard let department = Int(digits) else { return false }
        return (1...95).contains(department) || department == 97 || department == 98
    }

    /// Says what is wrong: not five digits (`6900`, `69OO2`), or five digits whose first two name
    /// no département (`96002`), each message with an example.
    private static func reportPostcode(_ typed: String, _ reader: inout DraftReader) {
        if hasFiveDigits(typed) {
            reader.report("postcode", "error-postcode-department", value: String(typed.prefix(2)))
        } else {
            reader.report("postcode", "error-postcode")
        }
    }

    private static func services(_ raw: [String], _ reader: inout DraftReader) -> [String] {
        if raw.count > Limit.services { reader.report("services", "error-too-many", limit: Limit.services) }
        return raw.prefix(Limit.services).enumerated().compactMap { index, item in
            reader.text("services[\(index)]", item, limit: Limit.service)
        }
    }

    private static func accent(_ raw: String?, _ reader: inout DraftReader) -> String {
        guard let raw = TypedText.line(raw) else { return ShopProfile.defaultAccent }
        switch AccentColour.parse(raw) {
        case .success(let colour): return colour
        case .failure(.tooLight): reader.report("accent", "error-accent-light")
        case .failure(.notAColour): reader.report("accent", "error-accent")
        }
        return ShopProfile.defaultAccent
    }
}
