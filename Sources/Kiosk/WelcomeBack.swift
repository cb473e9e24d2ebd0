import Onboarding

/// What a returning owner sees first ("Bon retour, Boulangerie du Contrôle"): the shop's name
/// and the one thing to do next, so a resumed visit starts with a way forward, not a menu.
struct ShopSummary: Encodable {
    /// The name as typed in the draft; nil when none was typed yet.
    let name: String?
    let published: Bool
    let slug: String?

    init?(_ record: Shops.Record?) {
        guard let record else { return nil }
        let typed = (try? JSONBody.decodeStored(ShopDraft.self, record.draft)).map { ShopValidation.check($0, trades: []).profile.name }
        name = typed?.isEmpty == false ? typed : nil
        published = record.page != nil
        slug = record.slug
    }
}

/// The next step offered first, in the order the journey goes.
enum NextStep: String, Encodable {
    /// No diagnostic yet: it decides the priorities.
    case diagnostic
    /// No page yet: the page builder.
    case pageBuilder
    /// A draft not published yet: finish and publish it.
    case publish
    /// Published, no poster yet: print the poster with its QR code.
    case poster
    /// Everything above is done: a training.
    case trainings

    static func after(_ passport: Passport, shop: ShopSummary?) -> NextStep {
        guard passport.diagnostic != nil else { return .diagnostic }
        guard let shop else { return .pageBuilder }
        guard shop.published else { return .publish }
        return passport.posterPrinted == nil ? .poster : .trainings
    }
}
