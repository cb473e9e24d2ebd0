import Time

/// A poster printed at the kiosk, as its owner's passport page shows it: "Votre affiche A4 du
/// 3 décembre : 37 scans ce mois-ci".
public struct PrintedPoster: Sendable, Equatable {
    public let format: String
    /// The day it was first printed (Paris).
    public let printed: CivilDate
    public let scansThisMonth: Int

    public init(format: String, printed: CivilDate, scansThisMonth: Int) {
        self.format = format
        self.printed = printed
        self.scansThisMonth = scansThisMonth
    }
}
