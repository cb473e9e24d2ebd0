extension Content {
    /// Grades a quiz from the chosen choice per question id.
    ///
    /// An unanswered question counts as wrong; an id the quiz does not have is refused (checked
    /// in sorted order, so the same input always names the same culprit).
    public func grade(training id: String, answers: [String: String]) throws(AnswerError) -> QuizResult {
        guard let training = trainings.first(where: { $0.id == id }) else { throw .unknownTraining(id) }
        let quiz = training.quiz
        for (questionID, choiceID) in answers.sorted(by: { $0.key < $1.key }) {
            guard let question = quiz.questions.first(where: { $0.id == questionID }) else {
                throw .unknownQuestion(questionID)
            }
            guard question.choices.contains(where: { $0.id == choiceID }) else {
                throw .unknownAnswer(question: questionID, answer: choiceID)
            }
        }
        let graded = quiz.questions.map { question in
            let right = question.choices.first(where: \.correct)?.id ?? ""
            return GradedAnswer(question: question.id, chosen: answers[question.id], correct: answers[question.id] == right,
                                rightChoice: right, explanation: question.explanation)
        }
        let correct = graded.count(where: \.correct)
        return QuizResult(training: id, correct: correct, total: quiz.questions.count,
                          passMark: quiz.passMark, passed: correct >= quiz.passMark, answers: graded)
    }
}
