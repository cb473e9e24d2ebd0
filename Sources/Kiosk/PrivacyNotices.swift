import HTTPServer
import JSON
import LocalFiles
import Onboarding
import Tokens

/// The privacy notice shown before any personal field (RGPD): a plain summary first (at most
/// 80 words), one plain sentence per purpose and for the hub choice, then the full notice one tap
/// away: who holds the data, why, who receives it, for how long, the visitor's rights. It is
/// content a CCI's DPO edits (`content/<lang>/privacy.json`); its SHA-256 is stored with each
/// consent, so the record says exactly which text the owner agreed to.
public struct PrivacyNotices: Sendable {
    struct Purpose: Codable, Sendable {
        let id: String
        let label: String
        let description: String
    }

    /// The separate choice to let the CCI hub receive personal data (not needed to publish).
    struct HubChoice: Codable, Sendable {
        let label: String
        let description: String
    }

    struct Notice: Codable, Sendable {
        let summary: String
        let controller: String
        let legalBasis: String
        let purposes: [Purpose]
        let hub: HubChoice
        let recipients: String
        let retention: String
        let rights: String
        let optionalFields: String
        let paragraphs: [String]
    }

    struct Published: Encodable {
        let notice: Notice
        let noticeHash: String

        func encode(to encoder: any Encoder) throws {
            try notice.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(noticeHash, forKey: .noticeHash)
        }

        enum Key: String, CodingKey { case noticeHash }
    }

    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(String)
        case invalid(String, String)
        case purposes(String)
        case longSummary(String, Int)

        public var description: String {
            switch self {
            case .unreadable(let path): "\(path): cannot be read"
            case .invalid(let path, let reason): "\(path): \(reason)"
            case .purposes(let path): "\(path): purposes must be exactly callback, publish and newsletter"
            case .longSummary(let path, let words):
                "\(path): summary: \(words) words; at most \(PrivacyNotices.summaryWords), so a visitor reads it before going on"
            }
        }
    }

    /// The most words the summary shown first may have.
    static let summaryWords = 80

    private let published: [Language: Published]

    /// Loads and checks every language's notice; a bad file stops the daemon with its reason.
    public init(directory: String) throws(LoadError) {
        var table: [Language: Published] = [:]
        for language in Language.allCases {
            let path = "\(directory)/\(language.rawValue)/privacy.json"
            guard let bytes = LocalFile.read(path, limit: 1 << 20) else { throw .unreadable(path) }
            let notice: Notice
            do {
                notice = try JSON.decode(Notice.self, from: bytes)
            } catch {
                throw .invalid(path, "\(error)")
            }
            guard notice.purposes.map(\.id) == ["callback", "publish", "newsletter"] else { throw .purposes(path) }
            let words = ReadingTime.words(notice.summary)
            guard words <= Self.summaryWords else { throw .longSummary(path, words) }
            let canonical = (try? JSON.encode(notice)) ?? bytes
            table[language] = Published(notice: notice, noticeHash: Hex.encode(SHA256.hash(canonical)))
        }
        published = table
    }

    func hash(for language: Language) -> String { published[language]?.noticeHash ?? "" }

    func response(for language: Language) -> Response {
        guard let notice = published[language], let bytes = try? JSON.encode(notice) else {
            return .error(KioskRoutes.internalError)
        }
        var response = Response.json("")
        response.body = bytes
        return response
    }
}
