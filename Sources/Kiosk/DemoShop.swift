import JSON
import LocalFiles
import Onboarding
import Storage

/// The demo shop (`/s/demo`), so a first run shows a page, its QR code and its posters at
/// once. Its text is content (`<content_directory>/demo-shop.json`, a page-builder draft), checked
/// by the same rules as an owner's.
public enum DemoShop {
    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case invalid(String, String)
        case storage(String)

        public var description: String {
            switch self {
            case .unreadable(let file): "\(file) cannot be read"
            case .invalid(let file, let reason): "\(file): \(reason)"
            case .storage(let reason): reason
            }
        }
    }

    public static func file(in contentDirectory: String) -> String { contentDirectory + "/demo-shop.json" }

    /// Checks the demo draft and publishes it at `demo`, replacing an earlier demo.
    public static func publish(_ database: Database, content: ContentLibrary, contentDirectory: String) throws(Failure) {
        let path = file(in: contentDirectory)
        guard let bytes = LocalFile.read(path) else { throw .unreadable(path) }
        let draft: ShopDraft
        do {
            draft = try JSON.decode(ShopDraft.self, from: bytes)
        } catch {
            throw .invalid(path, String(describing: error))
        }
        let check = ShopValidation.check(draft, trades: Set(content.french.trades.map(\.id)))
        guard check.isPublishable else {
            throw .invalid(path, check.problems.map { "\($0.field) (\($0.code))" }.joined(separator: ", "))
        }
        do {
            let draftText = String(decoding: try JSON.encode(draft), as: UTF8.self)
            let page = String(decoding: try JSON.encode(check.profile), as: UTF8.self)
            try Shops(database: database).publishDemo(draft: draftText, page: page)
        } catch {
            throw .storage(String(describing: error))
        }
    }
}
