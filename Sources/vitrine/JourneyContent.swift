import Kiosk
import Onboarding

/// The content a CCI edits (questions, advice, trainings, privacy notice), loaded and checked
/// at start: a bad file stops the daemon with the file, the place in it and the reason.
struct JourneyContent {
    let library: ContentLibrary
    let privacy: PrivacyNotices

    static func load(_ directory: String) throws(CLIError) -> JourneyContent {
        do {
            return JourneyContent(library: try ContentLoader.load(directory: directory),
                                  privacy: try PrivacyNotices(directory: directory))
        } catch {
            throw CLIError("content: \(error)", exitCode: .data)
        }
    }
}
