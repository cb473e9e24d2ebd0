import JSON
import Onboarding

/// The schema.org `LocalBusiness` description of a shop, as JSON-LD, so search engines show its
/// hours, address and phone. The JSON writer escapes `<`, `>` and `&`, so the text can sit in a
/// `<script type="application/ld+json">` element: no value can close it.
enum StructuredData {
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static func localBusiness(_ profile: ShopProfile, trade: Trade?, links: ShopLinks) -> String {
        var fields: [JSONField] = [
            JSONField("@context", .string("https://schema.org")),
            JSONField("@type", .string(trade?.schemaType ?? "LocalBusiness")),
            JSONField("name", .string(profile.name)),
        ]
        func add(_ key: String, _ value: String?) { if let value { fields.append(JSONField(key, .string(value))) } }
        add("description", profile.description)
        add("url", links.page.flatMap(web))
        add("telephone", profile.phone)
        add("email", profile.email)
        if let address = profile.address {
            var parts: [JSONField] = [JSONField("@type", .string("PostalAddress"))]
            if let street = address.street { parts.append(JSONField("streetAddress", .string(street))) }
            parts += [JSONField("postalCode", .string(address.postcode)), JSONField("addressLocality", .string(address.city)),
                      JSONField("addressCountry", .string("FR"))]
            fields.append(JSONField("address", .object(parts)))
            add("hasMap", ShopLinks.map(address.oneLine))
        }
        let hours = openingHours(profile)
        if !hours.isEmpty { fields.append(JSONField("openingHoursSpecification", .array(hours))) }
        let sameAs = [profile.website, profile.facebook, profile.instagram].compactMap { $0.flatMap(web) }
        if !sameAs.isEmpty { fields.append(JSONField("sameAs", .array(sameAs.map(JSONValue.string)))) }
        if !profile.services.isEmpty {
            fields.append(JSONField("makesOffer", .array(profile.services.map { service in
                .object([JSONField("@type", .string("Offer")),
                         JSONField("itemOffered", .object([JSONField("@type", .string("Thing")), JSONField("name", .string(service))]))])
            })))
        }
        return String(decoding: JSON.serialize(.object(fields)), as: UTF8.self)
    }

    /// Only web addresses are described as such: anything else is left out.
    private static func web(_ url: String) -> String? {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url : nil
    }

    /// Weekly intervals, then each closure as a special day closed from 00:00 to 00:00 (the
    /// form schema.org documents for "closed on these dates").
    private static func openingHours(_ profile: ShopProfile) -> [JSONValue] {
        let weekly: [JSONValue] = profile.hours.map { interval in
            .object([JSONField("@type", .string("OpeningHoursSpecification")),
                     JSONField("dayOfWeek", .string("https://schema.org/" + weekdays[interval.day - 1])),
                     JSONField("opens", .string(OpeningInterval.clock(interval.opens))),
                     JSONField("closes", .string(OpeningInterval.clock(min(interval.closes, 1439))))])
        }
        let closed: [JSONValue] = profile.closures.map { closure in
            .object([JSONField("@type", .string("OpeningHoursSpecification")),
                     JSONField("validFrom", .string(closure.from.iso)), JSONField("validThrough", .string(closure.to.iso)),
                     JSONField("opens", .string("00:00")), JSONField("closes", .string("00:00"))])
        }
        return weekly + closed
    }
}
