/// The paper sizes a poster is printed on, in millimetres, with the size of its main QR code:
/// large enough to scan from a metre or two through a shop window on A4, from arm's length on A6.
public enum PosterFormat: String, Sendable, CaseIterable {
    case a4 = "A4", a5 = "A5", a6 = "A6"

    public var width: Int { switch self { case .a4: 210; case .a5: 148; case .a6: 105 } }
    public var height: Int { switch self { case .a4: 297; case .a5: 210; case .a6: 148 } }
    /// The paper's PWG media name, as CUPS takes it in a job's `media` attribute.
    public var media: String { "iso_\(rawValue.lowercased())_\(width)x\(height)mm" }
    /// Side of the main QR code, quiet zone included.
    public var qrSide: Int { switch self { case .a4: 120; case .a5: 84; case .a6: 58 } }
}
