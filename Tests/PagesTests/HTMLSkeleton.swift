/// The structure of an HTML document as a naive scanner sees it: each tag's name and its
/// attribute names, in order. A value that escaped its context (opened a tag, closed an
/// attribute) changes this skeleton, whatever the browser would do with it.
enum HTMLSkeleton {
    static func of(_ html: String) -> [String] {
        var tags: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: ">") else { break }
            tags.append(describe(rest[..<close]))
            rest = rest[rest.index(after: close)...]
            if tags.last == "script type", let end = rest.range(of: "</script>") { rest = rest[end.lowerBound...] }
            if tags.last == "style", let end = rest.range(of: "</style>") { rest = rest[end.lowerBound...] }
        }
        return tags
    }

    /// `a class="x" href="y"` → `a class href`; quoted values are skipped whole.
    private static func describe(_ tag: Substring) -> String {
        var words: [String] = []
        var current = ""
        var quote: Character?
        for character in tag {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case " ", "=":
                if !current.isEmpty { words.append(current); current = "" }
            default: current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    /// The text of every `<script type="application/ld+json">` element.
    static func structuredData(_ html: String) -> [String] {
        html.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().compactMap {
            $0.components(separatedBy: "</script>").first
        }
    }
}
