/// Validating IP address literals without the resolver: the listening address must be an
/// address, because a host name would make binding depend on DNS at boot.
enum IPAddress {
    static func isValid(_ text: String) -> Bool {
        isIPv4(text[...]) || isIPv6(text[...])
    }

    /// Dotted quad; leading zeros are refused since some tools read them as octal.
    static func isIPv4(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy(isOctet)
    }

    private static func isOctet(_ part: Substring) -> Bool {
        guard (1...3).contains(part.count), part.allSatisfy(isDecimalDigit),
              part == "0" || !part.hasPrefix("0"), let number = Int(part) else { return false }
        return number <= 255
    }

    /// The parts between `::` markers, scanning left to right (plain stdlib: the string-separator
    /// `split` lives in the regex library, which would add ~0.9 MB to the daemon).
    static func splitAtDoubleColons(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == ":", next < text.endIndex, text[next] == ":" {
                parts.append(text[start..<index])
                index = text.index(after: next)
                start = index
            } else {
                index = next
            }
        }
        parts.append(text[start...])
        return parts
    }

    /// RFC 4291 text form: eight groups, or fewer around one `::`, optionally ending in IPv4.
    /// Zone indexes (`%eth0`) and brackets are not addresses and are refused.
    static func isIPv6(_ text: Substring) -> Bool {
        let halves = splitAtDoubleColons(text)
        switch halves.count {
        case 1:
            return groupCount(text, allowIPv4Tail: true) == 8
        case 2:
            guard let head = groupCount(halves[0], allowIPv4Tail: false),
                  let tail = groupCount(halves[1], allowIPv4Tail: true) else { return false }
            return head + tail <= 7
        default:
            return false
        }
    }

    /// How many 16-bit groups a run of colon-separated groups holds (an IPv4 tail counts as
    /// two), or nil when a group is malformed.
    private static func groupCount(_ run: Substring, allowIPv4Tail: Bool) -> Int? {
        guard !run.isEmpty else { return 0 }
        let groups = run.split(separator: ":", omittingEmptySubsequences: false)
        var count = 0
        for (offset, group) in groups.enumerated() {
            if allowIPv4Tail && offset == groups.count - 1 && group.contains(".") {
                guard isIPv4(group) else { return nil }
                count += 2
            } else {
                guard (1...4).contains(group.count), group.allSatisfy(isHexDigit) else { return nil }
                count += 1
            }
        }
        return count
    }

    private static func isDecimalDigit(_ character: Character) -> Bool {
        character.isASCII && character.isWholeNumber
    }

    private static func isHexDigit(_ character: Character) -> Bool {
        character.isASCII && character.isHexDigit
    }
}
