import JSON

/// The fields whose text is translated; every other field (ids, numbers, references, flags)
/// must be the same as in French, so scores, links and recorded progress do not depend on the
/// language the owner picked.
private let translatedFields: Set<String> = [
    "name", "description", "text", "help", "label", "title", "summary", "effort", "explanation", "provider",
]

extension LanguageDocuments {
    /// Refuses a translation whose lists, ids or numbers differ from the French files.
    func requireSameStructure(as french: LanguageDocuments) throws(ContentError) {
        for (translated, original) in zip(all, french.all) {
            try requireSame(translated, as: original)
        }
    }
}

private func requireSame(_ translated: ContentNode, as french: ContentNode) throws(ContentError) {
    switch (translated.value, french.value) {
    case (.object(let members), .object(let frenchMembers)):
        try requireSameFields(translated, members, as: french, frenchMembers)
    case (.array(let elements), .array(let frenchElements)):
        guard elements.count == frenchElements.count else {
            throw translated.refusal("\(elements.count) entries where French has \(frenchElements.count)")
        }
        for (index, (element, frenchElement)) in zip(elements, frenchElements).enumerated() {
            try requireSame(translated.element(index, element), as: french.element(index, frenchElement))
        }
    default:
        guard translated.value == french.value else {
            throw translated.refusal("\(translated.value.shown) where French has \(french.value.shown)")
        }
    }
}

private func requireSameFields(
    _ translated: ContentNode, _ members: [JSONField], as french: ContentNode, _ frenchMembers: [JSONField]
) throws(ContentError) {
    var keys: [String] = []
    for key in (frenchMembers + members).map(\.key) where !translatedFields.contains(key) && !keys.contains(key) {
        keys.append(key)
    }
    for key in keys {
        let value = members.first { $0.key == key }?.value
        let frenchValue = frenchMembers.first { $0.key == key }?.value
        switch (value, frenchValue) {
        case (let value?, let frenchValue?):
            try requireSame(translated.child(key, value), as: french.child(key, frenchValue))
        case (let value?, nil):
            throw translated.refusal(at: key, "\(value.shown) where French has none")
        case (nil, let frenchValue?):
            throw translated.refusal(at: key, "missing where French has \(frenchValue.shown)")
        case (nil, nil):
            break
        }
    }
}
