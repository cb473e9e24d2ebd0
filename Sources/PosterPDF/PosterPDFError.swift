/// Why a sheet could not be drawn: cairo's own status text, for the log; the caller answers 500.
public struct PosterPDFError: Error, Sendable, CustomStringConvertible {
    public let description: String
}
