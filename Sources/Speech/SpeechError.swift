/// Why no audio came: the synthesiser could not run or answered something that is not speech.
/// Never carries the text (it may be personal data).
public struct SpeechError: Error, Sendable, CustomStringConvertible {
    public let description: String
}
