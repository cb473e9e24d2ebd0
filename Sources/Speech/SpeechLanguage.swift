/// The languages the kiosk speaks, each with the espeak-ng voice that reads it. Closed: a
/// language the box has no voice for is refused rather than read with the wrong accent.
public enum SpeechLanguage: String, Sendable, CaseIterable {
    case fr, en

    /// espeak-ng's voice name (`espeak-ng --voices`).
    var voice: String {
        switch self {
        case .fr: "fr"
        case .en: "en"
        }
    }
}
