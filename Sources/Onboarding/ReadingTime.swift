/// How long the diagnostic takes, computed from its words rather than guessed: reading at
/// 150 words a minute (0.4 s a word) and 2 s for each tap. A word is a run of letters, digits or
/// `_` (`l’heure` is two words, `a-t-il` three), as the regular expression `\w+` counts them.
public enum ReadingTime {
    public static let millisecondsPerWord = 400
    public static let millisecondsPerTap = 2000

    public static func words(_ text: String?) -> Int {
        guard let text else { return 0 }
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }

    /// Whole seconds, rounded up, for milliseconds of reading and tapping.
    static func seconds(_ milliseconds: Int) -> Int { (milliseconds + 999) / 1000 }
}

extension Question {
    /// Every word on the question's screen: its text, its help and every answer's label.
    public var words: Int { ReadingTime.words(text) + ReadingTime.words(help) + answers.reduce(0) { $0 + ReadingTime.words($1.label) } }

    /// The question read in full (help included) and answered with one tap, in seconds.
    public var seconds: Int { ReadingTime.seconds(words * ReadingTime.millisecondsPerWord + ReadingTime.millisecondsPerTap) }

    /// Without the help, which stays behind a "?" unless the visitor asks for it.
    var typicalMilliseconds: Int {
        (words - ReadingTime.words(help)) * ReadingTime.millisecondsPerWord + ReadingTime.millisecondsPerTap
    }
}

/// The diagnostic's length as the visitor meets it, from the content.
public struct DiagnosticEstimate: Codable, Equatable, Sendable {
    /// The mean over every combination of the answers that decide what is shown, reading the
    /// questions and answers but not the help.
    public let typicalSeconds: Int
    /// The path that shows the most reading, every help text read.
    public let longestSeconds: Int
}

extension Content {
    /// The most answer combinations `showIf` may create; each is walked to estimate the length.
    static let maxPaths = 4096

    /// The questions whose answers decide whether others are shown, in order.
    var decidingQuestions: [Question] {
        let ids = Set(questions.compactMap { $0.showIf?.question })
        return questions.filter { ids.contains($0.id) }
    }

    /// How many combinations of answers to the deciding questions there are.
    var pathCount: Int {
        decidingQuestions.reduce(1) { count, question in min(count * question.answers.count, Self.maxPaths + 1) }
    }

    /// Every path walked: the longest one and the mean one, in whole seconds rounded up.
    public var estimate: DiagnosticEstimate {
        let deciding = decidingQuestions
        let paths = min(pathCount, Self.maxPaths)
        var longest = 0
        var total = 0
        for path in 0..<paths {
            var answers: [String: String] = [:]
            var rest = path
            for question in deciding {
                answers[question.id] = question.answers[rest % question.answers.count].id
                rest /= question.answers.count
            }
            let ids = shownQuestionIDs(answers)
            let shown = questions.filter { ids.contains($0.id) }
            longest = max(longest, shown.reduce(0) { $0 + $1.words * ReadingTime.millisecondsPerWord + ReadingTime.millisecondsPerTap })
            total += shown.reduce(0) { $0 + $1.typicalMilliseconds }
        }
        return DiagnosticEstimate(typicalSeconds: ReadingTime.seconds(total / max(paths, 1)), longestSeconds: ReadingTime.seconds(longest))
    }
}
