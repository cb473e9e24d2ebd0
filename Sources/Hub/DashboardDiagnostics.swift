import JSON
import Onboarding
import HubPages
import Pages
import Storage

/// The latest completed diagnostic of each shop (an owner, or a visit without one), read from
/// the event log: what score distributions and targets are computed from.
struct DashboardDiagnostics {
    /// One shop's latest diagnostic: its score per dimension (nil: not scored) and its answers.
    struct Latest {
        var scores: [String: Int] = [:]
        var answers: [String: String] = [:]
    }

    let latest: [Latest]

    init(_ connection: Connection, scope: SQLValue) throws(StorageError) {
        let rows = try connection.query("""
            SELECT coalesce(owner, session, id), data FROM events
            WHERE type = 'diagnostic.completed' AND (?1 IS NULL OR kiosk_id = ?1) ORDER BY at, id
            """, [scope])
        var byShop: [String: Latest] = [:]
        for row in rows {
            guard let shop = row.string(0), let text = row.string(1), case .object(let data)? = try? JSON.parse(Array(text.utf8)) else { continue }
            byShop[shop] = Self.read(data)
        }
        latest = Array(byShop.values)
    }

    private static func read(_ data: [JSONField]) -> Latest {
        var latest = Latest()
        for field in data {
            switch (field.key, field.value) {
            case ("dimensions", .object(let dimensions)):
                for dimension in dimensions {
                    if case .number(let number) = dimension.value, let score = Int(number.text) { latest.scores[dimension.key] = score }
                }
            case ("answers", .object(let answers)):
                for answer in answers {
                    if case .string(let value) = answer.value { latest.answers[answer.key] = value }
                }
            default: continue
            }
        }
        return latest
    }

    /// Shops per score band, for each dimension of the content, in its order.
    func bands(_ content: Content) -> [DashboardFigures.DimensionBands] {
        content.dimensions.map { dimension in
            var bands = [0, 0, 0, 0, 0]
            for shop in latest {
                if let score = shop.scores[dimension.id] { bands[DashboardFigures.DimensionBands.band(of: score)] += 1 }
            }
            return DashboardFigures.DimensionBands(id: dimension.id, name: dimension.name, bands: bands)
        }
    }

    /// Each target's count of shops whose answer is one of those that count.
    func progress(_ targets: HubTargets) -> [DashboardFigures.TargetProgress] {
        targets.targets.map { target in
            let reached = latest.filter { shop in shop.answers[target.question].map(target.answers.contains) ?? false }.count
            return DashboardFigures.TargetProgress(label: target.label, targetPercent: target.targetPercent, reached: reached, of: latest.count)
        }
    }
}
