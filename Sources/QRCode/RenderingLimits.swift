extension QRCode {
    /// Pixels per module the renderers accept. The size comes from configuration or a query
    /// string, so it is bounded: a version-40 PNG at 32 px a module is already 5,920 px wide.
    /// Values outside are clamped; the HTTP layer can validate against this range to say so.
    public static let moduleSizeRange: ClosedRange<Int> = 1...32

    /// Light modules around the symbol. The standard asks for 4; fewer can fail on busy
    /// backgrounds, more only wastes paper. Values outside are clamped.
    public static let quietZoneRange: ClosedRange<Int> = 0...16
}

extension ClosedRange<Int> {
    func clamp(_ value: Int) -> Int {
        Swift.min(Swift.max(value, lowerBound), upperBound)
    }
}
