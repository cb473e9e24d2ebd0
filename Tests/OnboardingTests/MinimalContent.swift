import Foundation
import Onboarding

/// The smallest content the loader accepts (6 dimensions, 24 questions whose "yes" is in place,
/// 4 levels, 6 trainings, one offer, one action per dimension triggered by "no" or "some" to its
/// first question), written to a temporary folder in French and English,
/// so each validation test breaks exactly one thing in it.
enum MinimalContent {
    static let fileNames = ["diagnostic", "levels", "trainings", "offers", "recommendations", "pages"]

    static var files: [String: JSONText] {
        ["diagnostic": diagnostic, "levels": levels, "trainings": trainings, "offers": offers, "pages": pages,
         "recommendations": recommendations]
    }

    static var diagnostic: JSONText {
        let dimensions: [JSONText] = (1...6).map { number in
            ["id": .string("d\(number)"), "name": .string("Dimension \(number)"), "description": "Une dimension.", "weight": 1]
        }
        let questions: [JSONText] = (1...6).flatMap { dimension in (1...4).map { question(dimension, $0) } }
        return ["dimensions": .array(dimensions), "questions": .array(questions)]
    }

    static func question(_ dimension: Int, _ number: Int) -> JSONText {
        ["id": .string("q\(dimension)-\(number)"), "dimension": .string("d\(dimension)"), "text": "Une question ?",
         "maxPoints": 2,
         "answers": [["id": "no", "label": "Non", "points": 0], ["id": "some", "label": "Un peu", "points": 1],
                     ["id": "yes", "label": "Oui", "points": 2, "inPlace": true]]]
    }

    static var levels: JSONText {
        let bands = [("bas", 0, 24), ("moyen", 25, 49), ("bon", 50, 74), ("haut", 75, 100)]
        return ["levels": .array(bands.map { id, from, to in
            ["id": .string(id), "name": .string(id), "from": .number("\(from)"), "to": .number("\(to)"),
             "explanation": "Une phrase."]
        })]
    }

    static var trainings: JSONText {
        ["trainings": .array((1...6).map(training))]
    }

    static func training(_ number: Int) -> JSONText {
        let step: JSONText = ["title": "Étape", "text": "Faites ceci."]
        let questions: [JSONText] = (1...3).map { question in
            ["id": .string("k\(question)"), "text": "Vrai ?", "explanation": "Parce que.",
             "choices": [["id": "a", "label": "Oui", "correct": true], ["id": "b", "label": "Non"]]]
        }
        return ["id": .string("t\(number)"), "title": .string("Formation \(number)"), "summary": "Pour apprendre.",
                "durationMinutes": 5, "steps": [step, step, step],
                "quiz": ["passMark": 2, "questions": .array(questions)]]
    }

    static var offers: JSONText {
        ["offers": [["id": "o1", "kind": "workshop", "title": "Atelier", "text": "Un atelier.", "provider": "CCI"]]]
    }

    /// One trade and every text the renderers need.
    static var pages: JSONText {
        let texts: [JSONText] = PageTexts.requiredIDs.map { id -> JSONText in ["id": JSONText.string(id), "text": "Texte"] }
        return ["trades": [["id": "autre", "label": "Autre", "schemaType": "LocalBusiness"]], "texts": .array(texts)]
    }

    static var recommendations: JSONText {
        let actions: [JSONText] = (1...6).map { number in
            ["id": .string("r\(number)"), "dimension": .string("d\(number)"), "title": "Agir", "text": "Faites-le.",
             "effort": "1 heure", "cost": "free",
             "when": [["question": .string("q\(number)-1"), "answers": ["no", "some"]]], "training": "t1", "offers": ["o1"]]
        }
        return ["recommendations": .array(actions)]
    }

    /// Writes French and English copies to a fresh folder, then `edit` applied to one file of one
    /// language; returns the folder, which the caller removes.
    static func write(
        language: String = "fr", file: String = "diagnostic", edit: (inout JSONText) -> Void = { _ in }
    ) throws -> String {
        var edited = files[file] ?? [:]
        edit(&edited)
        return try write(language: language, file: file, bytes: Data(edited.rendered.utf8))
    }

    /// Writes both languages, with `bytes` (or no file at all, for nil) in place of one file.
    static func write(language: String, file: String, bytes: Data?) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("onboarding-tests-\(UUID().uuidString)")
        for code in ["fr", "en"] {
            let languageFolder = folder.appendingPathComponent(code)
            try FileManager.default.createDirectory(at: languageFolder, withIntermediateDirectories: true)
            for name in fileNames {
                let url = languageFolder.appendingPathComponent("\(name).json")
                if code == language && name == file {
                    try bytes?.write(to: url)
                } else {
                    try Data((files[name] ?? [:]).rendered.utf8).write(to: url)
                }
            }
        }
        try writeIdentity(in: folder.path)
        return folder.path
    }

    static let identity: JSONText = ["name": "CCI de test", "shortName": "CCI", "color": "#1F4E8C", "logo": "logo.svg"]
    static let logo = ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1F4E8C"/></svg>"##

    /// The language-neutral identity.json and its logo, as given.
    static func writeIdentity(in folder: String, identity: JSONText = identity, logo: String = logo, logoName: String = "logo.svg") throws {
        try Data(identity.rendered.utf8).write(to: URL(fileURLWithPath: folder + "/identity.json"))
        try Data(logo.utf8).write(to: URL(fileURLWithPath: folder + "/" + logoName))
    }
}
