/// One step from a value to a member or element inside it, for paths in error messages.
enum PathStep {
    case key(String)
    case index(Int)
}

/// A path as a reader writes it: `answers[2].id`, empty for the document itself.
func renderPath(_ steps: some Sequence<PathStep>) -> String {
    var path = ""
    for step in steps {
        switch step {
        case .key(let key): path += path.isEmpty ? key : ".\(key)"
        case .index(let index): path += "[\(index)]"
        }
    }
    return path
}

/// A path step as a `CodingKey`, for the `codingPath` that `Codable` code can ask for.
struct PathKey: CodingKey {
    let step: PathStep

    init(_ step: PathStep) {
        self.step = step
    }

    init(stringValue: String) {
        step = .key(stringValue)
    }

    init(intValue: Int) {
        step = .index(intValue)
    }

    var stringValue: String {
        switch step {
        case .key(let key): key
        case .index(let index): "Index \(index)"
        }
    }

    var intValue: Int? {
        guard case .index(let index) = step else { return nil }
        return index
    }

    static let superKey = PathKey(.key("super"))
}

/// The steps of a `codingPath`; keys that are not ours (a type's own `CodingKeys`) are names.
func pathSteps(_ codingPath: [any CodingKey]) -> [PathStep] {
    codingPath.map { key in (key as? PathKey)?.step ?? .key(key.stringValue) }
}
