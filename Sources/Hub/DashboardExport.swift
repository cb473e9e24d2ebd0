import HTTPServer
import HubPages
import Storage
import Time

/// The dashboard's CSV files (`/admin/export/<name>.csv`, optionally `?kiosk=`): events per
/// kiosk, week and type; call-back requests (with name and phone where kept); the funnel per
/// kiosk; poster scans per kiosk, week and format; posters printed and scanned per kiosk and
/// format. Streamed: each chunk of rows is read after the last one sent (by its key), so an
/// export of any size holds one chunk in memory.
struct DashboardExport: Sendable {
    let database: Database
    static let names = ["events", "advisor-requests", "funnel", "poster-scans", "posters"]
    static let chunkRows: Int64 = 500

    /// The file's rows a chunk at a time (the header first), or nil for an unknown name.
    func chunks(_ name: String, kiosk: String?) -> CSVChunks? {
        let sql = DashboardStatements.scoped(kiosk)
        let scope = kiosk.map(SQLValue.text) ?? .null
        switch name {
        case "events": return events(sql, scope: scope)
        case "advisor-requests": return requests(sql, scope: scope)
        case "funnel": return funnel(kiosk: kiosk)
        case "poster-scans": return scans(sql, scope: scope)
        case "posters": return posters(sql, scope: scope)
        default: return nil
        }
    }

    private func events(_ sql: DashboardStatements, scope: SQLValue) -> CSVChunks {
        var after: [SQLValue] = [.text(""), .integer(Int64.min), .text("")]
        return CSVChunks(header: ["borne", "semaine_du", "type", "nombre"]) { [database] in
            let rows = try database.read { (connection) throws(StorageError) in try connection.query(sql.eventsChunk, [scope] + after + [.integer(Self.chunkRows)]) }
            guard let last = rows.last else { return nil }
            after = [last.value(0) ?? .null, last.value(1) ?? .null, last.value(2) ?? .null]
            return rows.map { row in
                [row.string(0) ?? "", CivilDate(dayNumber: row.int64(1) ?? 0).iso, row.string(2) ?? "", String(row.int(3) ?? 0)]
            }
        }
    }

    private func scans(_ sql: DashboardStatements, scope: SQLValue) -> CSVChunks {
        var after: [SQLValue] = [.text(""), .integer(Int64.min), .text("")]
        return CSVChunks(header: ["borne", "semaine_du", "format", "scans"]) { [database] in
            let rows = try database.read { (connection) throws(StorageError) in try connection.query(sql.scansChunk, [scope] + after + [.integer(Self.chunkRows)]) }
            guard let last = rows.last else { return nil }
            after = [last.value(0) ?? .null, last.value(1) ?? .null, last.value(2) ?? .null]
            return rows.map { row in
                [row.string(0) ?? "", CivilDate(dayNumber: row.int64(1) ?? 0).iso, row.string(2) ?? "", String(row.int(3) ?? 0)]
            }
        }
    }

    /// Scans per poster with a decimal point, as spreadsheets read it whatever their language.
    private func posters(_ sql: DashboardStatements, scope: SQLValue) -> CSVChunks {
        var after: [SQLValue] = [.text(""), .text("")]
        return CSVChunks(header: ["borne", "format", "affiches_imprimees", "scans", "scans_par_affiche"]) { [database] in
            let rows = try database.read { (connection) throws(StorageError) in try connection.query(sql.postersChunk, [scope] + after + [.integer(Self.chunkRows)]) }
            guard let last = rows.last else { return nil }
            after = [last.value(0) ?? .null, last.value(1) ?? .null]
            return rows.map { row in
                let posters = row.int(2) ?? 0, scans = row.int(3) ?? 0
                return [row.string(0) ?? "", row.string(1) ?? "", String(posters), String(scans),
                        Self.ratio(scans, per: posters)]
            }
        }
    }

    /// `2.5`: one decimal, rounded half up; empty when nothing was printed.
    static func ratio(_ part: Int, per whole: Int) -> String {
        guard whole > 0 else { return "" }
        let tenths = (20 * part + whole) / (2 * whole)
        return String(tenths / 10) + "." + String(tenths % 10)
    }

    private func requests(_ sql: DashboardStatements, scope: SQLValue) -> CSVChunks {
        var after: [SQLValue] = [.integer(Int64.min), .text("")]
        let header = ["id", "borne", "demandee_le", "sujet", "moment_prefere", "nom", "telephone", "faite_le"]
        return CSVChunks(header: header) { [database] in
            let rows = try database.read { (connection) throws(StorageError) in try connection.query(sql.requestsChunk, [scope] + after + [.integer(Self.chunkRows)]) }
            guard let last = rows.last else { return nil }
            after = [last.value(6) ?? .null, last.value(0) ?? .null]
            var requests: [DashboardFigures.AdvisorRequestRow] = []
            for (index, row) in rows.enumerated() {
                guard let request = DashboardQueries.request(row) else {
                    throw UnreadableRows.noted(path: database.path, what: "advisor requests (CSV)", row: index)
                }
                requests.append(request)
            }
            return requests.map { request in
                [request.id, request.kiosk, request.requestedAt.rfc3339, request.topic, request.preferredTime, request.name ?? "",
                 request.phone ?? "", request.doneAt?.rfc3339 ?? ""]
            }
        }
    }

    /// One line per kiosk in scope, then the total when every kiosk is asked for: a line per
    /// kiosk, so the whole file is one chunk.
    private func funnel(kiosk: String?) -> CSVChunks {
        var sent = false
        return CSVChunks(header: ["borne", "visites", "diagnostics", "pages_publiees", "affiches_imprimees"]) { [database] in
            guard !sent else { return nil }
            sent = true
            return try database.read { (connection) throws(StorageError) in
                var kiosks = [kiosk ?? ""]
                if kiosk == nil { kiosks = try connection.query(DashboardStatements.kioskIDs, as: "kiosk ids") { $0.string(0) } }
                var rows = try kiosks.map { (id) throws(StorageError) in
                    [id] + (try DashboardQueries.funnel(connection, .oneKiosk, scope: .text(id)).steps.map { String($0) })
                }
                if kiosk == nil {
                    rows.append(["total"] + (try DashboardQueries.funnel(connection, .everyKiosk, scope: .null).steps.map { String($0) }))
                }
                return rows
            }
        }
    }
}

/// A CSV file produced a chunk of rows at a time: the byte-order mark and header first, then
/// each chunk `next` returns until it returns nil. Used by one connection at a time.
final class CSVChunks: @unchecked Sendable {
    private let header: [String]
    private var next: () throws -> [[String]]?
    private var started = false

    init(header: [String], next: @escaping () throws -> [[String]]?) {
        self.header = header
        self.next = next
    }

    /// The next piece of the file, nil at its end.
    func bytes() throws -> [UInt8]? {
        if !started {
            started = true
            return Array(("\u{FEFF}" + DashboardCSV.line(header)).utf8)
        }
        guard let rows = try next() else { return nil }
        var text = ""
        for row in rows { text += DashboardCSV.line(row) }
        return Array(text.utf8)
    }
}
