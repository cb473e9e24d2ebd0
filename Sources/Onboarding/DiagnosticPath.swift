extension Content {
    /// The ids of the questions a visitor with these answers is shown: in order, a question with
    /// `showIf` is shown only if the question it names was shown and got one of its answers.
    public func shownQuestionIDs(_ answers: [String: String]) -> Set<String> {
        var shown: Set<String> = []
        for question in questions where question.showIf.map({ shown.contains($0.question) && $0.isMet(by: answers) }) ?? true {
            shown.insert(question.id)
        }
        return shown
    }

    /// The answers that count: every id checked (an unknown question or answer is refused), then
    /// answers to questions the visitor was not shown dropped, as the UI may still hold one after
    /// the visitor went back and changed an earlier answer. Scoring, the action plan and the
    /// record all use these, so a hidden question counts exactly like an unanswered one.
    public func askedAnswers(_ answers: [String: String]) throws(AnswerError) -> [String: String] {
        for (questionID, answerID) in answers.sorted(by: { $0.key < $1.key }) {
            guard let question = questions.first(where: { $0.id == questionID }) else { throw .unknownQuestion(questionID) }
            guard question.answers.contains(where: { $0.id == answerID }) else {
                throw .unknownAnswer(question: questionID, answer: answerID)
            }
        }
        let shown = shownQuestionIDs(answers)
        return answers.filter { shown.contains($0.key) }
    }

    /// Answers recorded under earlier content, kept where the current content still has the
    /// question and the answer (a CCI may have removed a question since), then as `askedAnswers`.
    public func recordedAnswers(_ answers: [String: String]) -> [String: String] {
        let known = answers.filter { questionID, answerID in
            questions.contains { $0.id == questionID && $0.answers.contains { $0.id == answerID } }
        }
        return (try? askedAnswers(known)) ?? [:]
    }
}
