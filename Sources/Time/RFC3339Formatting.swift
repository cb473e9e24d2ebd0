extension Timestamp {
    /// RFC 3339 in UTC, as the hub, logs and clients expect: `2026-11-23T12:47:55Z`, with
    /// `.123` before the `Z` only when the milliseconds are not 0, so whole seconds stay short.
    ///
    /// RFC 3339 has four-digit years only. A moment outside 0000–9999 (reachable only from a
    /// corrupt or forged number) gets a signed, longer year as ISO 8601's expanded form writes it,
    /// which `init?(rfc3339:)` refuses and `encode(to:)` will not write.
    public var rfc3339: String {
        let civil = civil(in: .utc)
        let fraction = floorDivision(milliseconds, by: 1000).remainder
        return Self.yearText(civil.year) + "-" + twoDigits(civil.month) + "-" + twoDigits(civil.day)
            + "T" + twoDigits(civil.hour) + ":" + twoDigits(civil.minute) + ":" + twoDigits(civil.second)
            + (fraction == 0 ? "" : "." + zeroPadded(Int(fraction), width: 3)) + "Z"
    }

    /// Whether `rfc3339` is valid RFC 3339, i.e. the year is 0000–9999.
    var hasFourDigitYear: Bool {
        (0...9999).contains(civil(in: .utc).year)
    }

    private static func yearText(_ year: Int) -> String {
        switch year {
        case 0...9999: zeroPadded(year, width: 4)
        case ..<0: "-" + zeroPadded(-year, width: 4)
        default: "+" + zeroPadded(year, width: 4)
        }
    }
}

private func twoDigits(_ number: Int) -> String {
    zeroPadded(number, width: 2)
}

private func zeroPadded(_ number: Int, width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.utf8.count)) + digits
}
