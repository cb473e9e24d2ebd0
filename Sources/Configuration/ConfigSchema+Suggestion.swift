/// "Did you mean …?" for unknown keys: most unknown keys are typos of a real one.
extension ConfigSchema {
    /// The closest key name within two edits of `name`, if any.
    func suggestion(for name: String) -> String? {
        closest(to: name, among: \.name)
    }

    /// The key whose environment variable is within two edits of `variable`, if any.
    func suggestion(forEnvironmentName variable: String) -> String? {
        closest(to: variable, among: \.environmentName)
    }

    private func closest(to text: String, among spelling: (ConfigKey) -> String) -> String? {
        let scored = keys.map { (key: $0, distance: EditDistance.between(text, spelling($0))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= 2 else { return nil }
        return best.key.name
    }
}
