import Storage

/// The kiosk database's migrations, in order. Each runs once, in its own transaction; never
/// edit a released one, add the next.
public enum KioskSchema {
    public static let migrations: [Migration] = [
        Migration(version: 1, sql: """
            CREATE TABLE visitor_sessions (
                id TEXT PRIMARY KEY NOT NULL,
                language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
                started_at REAL NOT NULL,
                ended_at REAL
            ) STRICT;
            CREATE INDEX visitor_sessions_open ON visitor_sessions (ended_at) WHERE ended_at IS NULL;
            """),
    ]
}
