/// One step of the schema, named by the `user_version` it leads to. Never edit a migration that
/// has shipped (boxes in the field already ran it): add the next one.
public struct Migration: Sendable {
    /// 1 for the first migration, then 2, 3… with no gaps.
    public let version: Int
    /// One or more SQL statements, run in the migration's own transaction (no BEGIN/COMMIT here).
    public let sql: String

    public init(version: Int, sql: String) {
        self.version = version
        self.sql = sql
    }

    /// The list must be 1, 2, 3… in order, so `user_version` says exactly which ones ran.
    static func validate(_ migrations: [Migration]) throws(StorageError) {
        for (offset, migration) in migrations.enumerated() where migration.version != offset + 1 {
            throw .invalidMigrations(reason: "entry \(offset + 1) has version \(migration.version), expected \(offset + 1)")
        }
    }
}
