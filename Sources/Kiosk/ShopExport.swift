import JSON
import Storage
import Time

/// A shop's data as one JSON document, for the owner's right to data portability (RGPD art. 20):
/// the shop (its draft as typed and its page as published), its owner's consent record, the
/// owner's advisor requests, visits and progress. Secrets that only guard the data (the PIN's
/// salt and hash) stay out; the resume code is the owner's own and is included.
public enum ShopExport {
    /// The document for the shop named by its slug or its id; nil when there is none.
    public static func document(_ connection: Connection, shop: String, now: Timestamp = .now()) throws(StorageError) -> JSONValue? {
        guard let row = try connection.query("""
            SELECT id, owner_id, slug, draft, page, created_at, updated_at, published_at
            FROM shops WHERE slug = ?1 OR id = ?1 LIMIT 1
            """, [.text(shop)]).first, let id = row.string(0) else { return nil }
        let owner = row.string(1)
        var fields = [
            JSONField("format", .string("vitrine-shop-export/1")),
            JSONField("exported_at", .string(now.rfc3339)),
            JSONField("shop", .object([
                JSONField("id", .string(id)),
                JSONField("slug", text(row.string(2))),
                JSONField("draft", embedded(row.string(3))),
                JSONField("page", embedded(row.string(4))),
                JSONField("created_at", time(row.int64(5))),
                JSONField("updated_at", time(row.int64(6))),
                JSONField("published_at", time(row.int64(7))),
            ])),
        ]
        if let owner {
            fields.append(JSONField("owner", try ownerRecord(connection, owner)))
            fields.append(JSONField("advisor_requests", try advisorRequests(connection, owner)))
            fields.append(JSONField("visits", try visits(connection, owner)))
            fields.append(JSONField("progress", try progress(connection, owner)))
        } else {
            fields.append(JSONField("owner", .null))
        }
        return .object(fields)
    }

    private static func ownerRecord(_ connection: Connection, _ owner: String) throws(StorageError) -> JSONValue {
        guard let row = try connection.query("""
            SELECT id, resume_code, purposes, hub, notice_hash, consented_at, passport_token FROM owners WHERE id = ?
            """, [.text(owner)]).first else { return .null }
        let purposes = (row.string(2) ?? "").split(separator: ",").map { JSONValue.string(String($0)) }
        return .object([
            JSONField("id", text(row.string(0))),
            JSONField("resume_code", text(row.string(1))),
            JSONField("consent", .object([
                JSONField("purposes", .array(purposes)),
                JSONField("hub", .bool(row.int(3) == 1)),
                JSONField("notice_sha256", text(row.string(4))),
                JSONField("at", time(row.int64(5))),
            ])),
            JSONField("passport_token", text(row.string(6))),
        ])
    }

    private static func advisorRequests(_ connection: Connection, _ owner: String) throws(StorageError) -> JSONValue {
        .array(try connection.query("""
            SELECT id, name, phone, topic, preferred_time, created_at FROM advisor_requests WHERE owner_id = ? ORDER BY created_at, id
            """, [.text(owner)]).map { row in
            .object([JSONField("id", text(row.string(0))), JSONField("name", text(row.string(1))),
                     JSONField("phone", text(row.string(2))), JSONField("topic", text(row.string(3))),
                     JSONField("preferred_time", text(row.string(4))), JSONField("created_at", time(row.int64(5)))])
        })
    }

    private static func visits(_ connection: Connection, _ owner: String) throws(StorageError) -> JSONValue {
        .array(try connection.query("""
            SELECT id, language, started_at, ended_at FROM visitor_sessions WHERE owner_id = ? ORDER BY started_at, id
            """, [.text(owner)]).map { row in
            .object([JSONField("id", text(row.string(0))), JSONField("language", text(row.string(1))),
                     JSONField("started_at", time(row.int64(2))), JSONField("ended_at", time(row.int64(3)))])
        })
    }

    private static func progress(_ connection: Connection, _ owner: String) throws(StorageError) -> JSONValue {
        .array(try connection.query("""
            SELECT kind, subject, score, passed, detail, at FROM progress WHERE owner_id = ? ORDER BY at, id
            """, [.text(owner)]).map { row in
            .object([JSONField("kind", text(row.string(0))), JSONField("subject", text(row.string(1))),
                     JSONField("score", row.int64(2).map { .number(JSONNumber($0)) } ?? .null),
                     JSONField("passed", row.int(3).map { .bool($0 == 1) } ?? .null),
                     JSONField("detail", embedded(row.string(4))), JSONField("at", time(row.int64(5)))])
        })
    }

    private static func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    private static func time(_ milliseconds: Int64?) -> JSONValue {
        milliseconds.map { .string(Timestamp(milliseconds: $0).rfc3339) } ?? .null
    }

    /// Stored JSON text as JSON (not as a string holding JSON); kept as text if it does not parse.
    private static func embedded(_ value: String?) -> JSONValue {
        guard let value else { return .null }
        return (try? JSON.parse(Array(value.utf8))) ?? .string(value)
    }
}
