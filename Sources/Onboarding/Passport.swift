import Time

/// The owner's "passeport numérique": the steps completed so far, printable and shown on return.
///
/// Each step keeps the date it was first reached, except the diagnostic, which keeps its latest
/// result; absent (nil or empty) means not done yet.
public struct Passport: Codable, Equatable, Sendable {
    public let diagnostic: DiagnosticStamp?
    /// When the shop's public page was first published.
    public let pagePublished: Timestamp?
    /// Oldest first (ties by training id).
    public let trainingsPassed: [TrainingStamp]
    /// When a QR poster was first printed.
    public let posterPrinted: Timestamp?
    /// When a call back from an advisor was first asked for.
    public let advisorRequested: Timestamp?
}

extension Content {
    /// The passport for these facts, in any order, with levels and titles in this language.
    public func passport(from facts: [PassportFact]) -> Passport {
        var diagnostic: (overall: Int, at: Timestamp)?
        var page: Timestamp?, poster: Timestamp?, advisor: Timestamp?
        var passed: [String: Timestamp] = [:]
        for fact in facts {
            switch fact {
            case .diagnosticCompleted(let overall, let at):
                if diagnostic.map({ at >= $0.at }) ?? true { diagnostic = (overall, at) }
            case .pagePublished(let at): page = earliest(page, at)
            case .trainingPassed(let training, let at): passed[training] = earliest(passed[training], at)
            case .posterPrinted(let at): poster = earliest(poster, at)
            case .advisorRequested(let at): advisor = earliest(advisor, at)
            }
        }
        return Passport(
            diagnostic: diagnostic.map { DiagnosticStamp(overall: $0.overall, level: level(for: $0.overall), at: $0.at) },
            pagePublished: page, trainingsPassed: stamps(passed), posterPrinted: poster, advisorRequested: advisor)
    }

    private func stamps(_ passed: [String: Timestamp]) -> [TrainingStamp] {
        passed
            .sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            .map { id, at in
                TrainingStamp(training: id, title: trainings.first { $0.id == id }?.title ?? id, at: at)
            }
    }
}

private func earliest(_ current: Timestamp?, _ candidate: Timestamp) -> Timestamp {
    current.map { min($0, candidate) } ?? candidate
}
