/// Levenshtein distance (insertions, deletions, substitutions), enough to catch the typos
/// worth suggesting a fix for.
enum EditDistance {
    static func between(_ first: String, _ second: String) -> Int {
        let source = Array(first.unicodeScalars)
        let target = Array(second.unicodeScalars)
        var previous = Array(0...target.count)
        for (row, sourceScalar) in source.enumerated() {
            var current = [row + 1]
            for (column, targetScalar) in target.enumerated() {
                let substitution = previous[column] + (sourceScalar == targetScalar ? 0 : 1)
                current.append(min(substitution, previous[column + 1] + 1, current[column] + 1))
            }
            previous = current
        }
        return previous[target.count]
    }
}
