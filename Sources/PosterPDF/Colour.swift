/// An sRGB colour with channels from 0 to 1, as cairo takes them.
public struct Colour: Sendable, Equatable, Codable {
    public let red: Double, green: Double, blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rrggbb` (the shop's accent as validated by `AccentColour`); nil for anything else.
    public init?(hex: String) {
        let digits = Array(hex.utf8.dropFirst())
        guard hex.hasPrefix("#"), digits.count == 6,
              let value = Int(String(decoding: digits, as: UTF8.self), radix: 16) else { return nil }
        self.init(red: Double(value >> 16 & 0xFF) / 255, green: Double(value >> 8 & 0xFF) / 255, blue: Double(value & 0xFF) / 255)
    }

    public static let black = Colour(red: 0.067, green: 0.067, blue: 0.067)
    public static let grey = Colour(red: 0.2, green: 0.2, blue: 0.2)
}
