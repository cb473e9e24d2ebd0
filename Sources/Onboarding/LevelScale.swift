extension Content {
    /// The level a score from 0 to 100 falls in.
    public func level(for score: Int) -> Level? {
        levels.first { $0.from <= score && score <= $0.to }
    }
}

/// Refuses levels that leave a score without a level or give it two: each level must start
/// right after the previous one ends, the first at 0 and the last ending at 100.
func requireLevelsCover(_ levels: [Level], file: String) throws(ContentError) {
    var expected = 0
    for (index, level) in levels.enumerated() {
        guard level.from == expected else {
            let after = index == 0 ? "" : " (levels[\(index - 1)] ends at \(expected - 1))"
            throw ContentError(file: file, path: "levels[\(index)].from",
                               reason: "expected \(expected)\(after), found \(level.from)")
        }
        expected = level.to + 1
    }
    if let last = levels.last, last.to != 100 {
        throw ContentError(file: file, path: "levels[\(levels.count - 1)].to", reason: "expected 100, found \(last.to)")
    }
}
