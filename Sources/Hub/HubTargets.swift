import JSON
import LocalFiles
import Onboarding

/// The targets the dashboard measures progress against, in the spirit of France Numérique 2012
/// (the share of small shops with a website, selling online…): data a CCI sets in
/// `content/hub-targets.json`, checked at hub start against the diagnostic's questions and
/// answers, so a target can never silently count nothing.
public struct HubTargets: Sendable, Equatable {
    /// One target: the shops whose answer to `question` is one of `answers` count as reached.
    public struct Target: Codable, Sendable, Equatable {
        public let id: String
        public let label: String
        public let question: String
        public let answers: [String]
        public let targetPercent: Int
    }

    public let targets: [Target]
    public static let fileName = "hub-targets.json"
    /// No targets: the dashboard says none is set.
    public static let none = HubTargets(targets: [])

    init(targets: [Target]) { self.targets = targets }

    private struct Document: Codable { let targets: [Target] }

    /// Reads and checks `<directory>/hub-targets.json` against `content`'s diagnostic.
    public static func load(directory: String, content: Content) throws(ContentError) -> HubTargets {
        let file = directory + "/" + fileName
        guard let bytes = LocalFile.read(file, limit: 1 << 20) else {
            throw ContentError(file: file, path: "", reason: "cannot be read")
        }
        let document: Document
        do {
            document = try JSON.decode(Document.self, from: bytes)
        } catch {
            switch error {
            case .syntax(let syntax): throw ContentError(file: file, path: "", reason: syntax.description)
            case .field(let path, let reason): throw ContentError(file: file, path: path, reason: reason)
            }
        }
        try check(document.targets, content: content, file: file)
        return HubTargets(targets: document.targets)
    }

    static func check(_ targets: [Target], content: Content, file: String) throws(ContentError) {
        guard (1...20).contains(targets.count) else { throw ContentError(file: file, path: "targets", reason: "must hold 1 to 20 targets") }
        var ids: Set<String> = []
        for (index, target) in targets.enumerated() {
            let path = "targets[\(index)]"
            func refuse(_ field: String, _ reason: String) -> ContentError { ContentError(file: file, path: path + "." + field, reason: reason) }
            guard !target.id.isEmpty, ids.insert(target.id).inserted else { throw refuse("id", "must be a unique, non-empty id") }
            guard (1...120).contains(target.label.count) else { throw refuse("label", "must be 1 to 120 characters") }
            guard (0...100).contains(target.targetPercent) else { throw refuse("targetPercent", "must be a whole number from 0 to 100") }
            guard let question = content.questions.first(where: { $0.id == target.question }) else {
                throw refuse("question", "'\(target.question)' is not a question of diagnostic.json")
            }
            guard !target.answers.isEmpty else { throw refuse("answers", "must name at least one answer") }
            for (position, answer) in target.answers.enumerated() where !question.answers.contains(where: { $0.id == answer }) {
                throw refuse("answers[\(position)]", "'\(answer)' is not an answer of question '\(question.id)'")
            }
        }
    }
}
