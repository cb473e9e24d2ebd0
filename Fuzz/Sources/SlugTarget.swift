import Onboarding

/// Slug folding: always a valid slug, and folding a slug gives it back.
enum SlugTarget {
    static func run(_ bytes: [UInt8]) {
        let name = String(decoding: bytes, as: UTF8.self)
        let slug = Slug.fold(name)
        guard Slug.isValid(Substring(slug)), slug.utf8.count <= Slug.maximumLength else { FuzzTargets.fail("invalid slug '\(slug)'") }
        guard Slug.fold(slug) == slug else { FuzzTargets.fail("folding '\(slug)' changed it") }
        let check = ShopValidation.check(draft(name), trades: ["autre"])
        _ = check.problems
    }

    private static func draft(_ text: String) -> ShopDraft {
        var draft = ShopDraft()
        draft.name = text
        draft.phone = text
        draft.website = text
        draft.email = text
        draft.postcode = text
        draft.facebook = text
        draft.instagram = text
        draft.googleReview = text
        draft.accent = text
        draft.hours = [DraftHours(day: 1, opens: text, closes: text)]
        draft.closures = [DraftClosure(from: text, to: text, label: text)]
        return draft
    }
}
