import HubPages
import Pages
import Storage
import Time

/// The dashboard's CSV files (`/admin/export/<name>.csv`, optionally `?kiosk=`): events per
/// kiosk and week, advisor requests (with name and phone where kept), the funnel per kiosk.
struct DashboardExport: Sendable {
    let database: Database
    static let names = ["events", "advisor-requests", "funnel"]

    /// The file's text, or nil for an unknown name.
    func csv(_ name: String, kiosk: String?) throws -> String? {
        let scope = kiosk.map(SQLValue.text) ?? .null
        return try database.read { (connection) throws(StorageError) -> String? in
            switch name {
            case "events": return try events(connection, scope: scope)
            case "advisor-requests": return try requests(connection, scope: scope)
            case "funnel": return try funnel(connection, scope: scope)
            default: return nil
            }
        }
    }

    /// Counted by hour in SQL, then by Paris week here (an hour never straddles two weeks).
    private func events(_ connection: Connection, scope: SQLValue) throws(StorageError) -> String {
        let rows = try connection.query("""
            SELECT kiosk_id, type, at / 3600000, count(*) FROM events WHERE ?1 IS NULL OR kiosk_id = ?1 GROUP BY 1, 2, 3
            """, [scope])
        var counts: [Key: Int] = [:]
        for row in rows {
            guard let kiosk = row.string(0), let type = row.string(1), let hour = row.int64(2), let count = row.int(3) else { continue }
            let monday = DashboardWeeks.monday(of: Timestamp(milliseconds: hour * 3_600_000))
            counts[Key(kiosk: kiosk, week: monday.iso, type: type), default: 0] += count
        }
        let lines = counts.sorted { $0.key < $1.key }.map { [$0.key.kiosk, $0.key.week, $0.key.type, String($0.value)] }
        return DashboardCSV.document(header: ["borne", "semaine_du", "type", "nombre"], rows: lines)
    }

    private struct Key: Hashable, Comparable {
        let kiosk: String, week: String, type: String
        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.kiosk, lhs.week, lhs.type) < (rhs.kiosk, rhs.week, rhs.type) }
    }

    private func requests(_ connection: Connection, scope: SQLValue) throws(StorageError) -> String {
        let rows = try DashboardQueries.requests(connection, scope: scope, doneLimit: Int(Int32.max)).map { request in
            [request.id, request.kiosk, request.requestedAt.rfc3339, request.topic, request.preferredTime, request.name ?? "",
             request.phone ?? "", request.doneAt?.rfc3339 ?? ""]
        }
        return DashboardCSV.document(header: ["id", "borne", "demandee_le", "sujet", "moment_prefere", "nom", "telephone", "faite_le"],
                                     rows: rows)
    }

    /// One line per kiosk in scope, then the total when every kiosk is asked for.
    private func funnel(_ connection: Connection, scope: SQLValue) throws(StorageError) -> String {
        let kiosks = try connection.query("SELECT id FROM kiosks WHERE ?1 IS NULL OR id = ?1 ORDER BY id", [scope], as: "kiosk ids") { $0.string(0) }
        var rows: [[String]] = []
        for kiosk in kiosks {
            rows.append([kiosk] + (try DashboardQueries.funnel(connection, scope: .text(kiosk)).steps.map { String($0) }))
        }
        if scope == .null {
            rows.append(["total"] + (try DashboardQueries.funnel(connection, scope: .null).steps.map { String($0) }))
        }
        return DashboardCSV.document(header: ["borne", "visites", "diagnostics", "pages_publiees", "affiches_imprimees"], rows: rows)
    }
}
