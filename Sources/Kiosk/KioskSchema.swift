import ReportOutbox
import Storage

/// The kiosk database's migrations, in order. Each runs once, in its own transaction; never
/// edit a released one, add the next.
public enum KioskSchema {
    public static let migrations: [Migration] = [
        Migration(version: 1, sql: """
            CREATE TABLE visitor_sessions (
                id TEXT PRIMARY KEY NOT NULL,
                language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
                started_at INTEGER NOT NULL, -- milliseconds since 1970 UTC
                ended_at INTEGER
            ) STRICT;
            CREATE INDEX visitor_sessions_open ON visitor_sessions (ended_at) WHERE ended_at IS NULL;
            """),
        Migration(version: 2, sql: """
            CREATE TABLE owners (
                id TEXT PRIMARY KEY NOT NULL,
                resume_code TEXT NOT NULL UNIQUE,
                pin_salt BLOB NOT NULL,
                pin_hash BLOB NOT NULL,
                failed_pins INTEGER NOT NULL DEFAULT 0,
                locked_until INTEGER,
                purposes TEXT NOT NULL,         -- consented purposes, comma-separated
                hub INTEGER NOT NULL,           -- may the CCI hub receive personal data (0/1)
                notice_hash TEXT NOT NULL,      -- SHA-256 of the privacy notice shown
                consented_at INTEGER NOT NULL
            ) STRICT;
            ALTER TABLE visitor_sessions ADD COLUMN owner_id TEXT REFERENCES owners(id) ON DELETE SET NULL;
            ALTER TABLE visitor_sessions ADD COLUMN last_seen_at INTEGER;
            UPDATE visitor_sessions SET last_seen_at = started_at;
            CREATE TABLE progress (
                id INTEGER PRIMARY KEY,
                session_id TEXT NOT NULL REFERENCES visitor_sessions(id),
                owner_id TEXT REFERENCES owners(id) ON DELETE SET NULL,
                kind TEXT NOT NULL CHECK (kind IN ('diagnostic', 'training', 'page', 'poster', 'advisor')),
                subject TEXT,                   -- the training, for 'training'
                score INTEGER,                  -- overall score, or correct answers
                passed INTEGER,
                detail TEXT,                    -- JSON without personal data (answers, scores)
                at INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX progress_session ON progress (session_id);
            CREATE INDEX progress_owner ON progress (owner_id) WHERE owner_id IS NOT NULL;
            CREATE TABLE advisor_requests (
                id TEXT PRIMARY KEY NOT NULL,
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                phone TEXT NOT NULL,            -- E.164
                topic TEXT NOT NULL,
                preferred_time TEXT NOT NULL,
                created_at INTEGER NOT NULL
            ) STRICT;
            """),
        Migration(version: 3, sql: """
            -- The passport's public address on the hub (/p/<token>): random, never the resume code.
            ALTER TABLE owners ADD COLUMN passport_token TEXT;
            UPDATE owners SET passport_token = lower(hex(randomblob(16))) WHERE passport_token IS NULL;
            CREATE UNIQUE INDEX owners_passport_token ON owners (passport_token);
            """),
        Migration(version: 4, sql: """
            -- Shop pages: the page builder's draft as typed, and the page as last published.
            -- The slug is given at the first publication and never changes (posters carry it).
            CREATE TABLE shops (
                id TEXT PRIMARY KEY NOT NULL,
                owner_id TEXT UNIQUE REFERENCES owners(id) ON DELETE CASCADE, -- NULL: the demo shop
                slug TEXT UNIQUE,
                draft TEXT NOT NULL,            -- JSON, the form as typed
                page TEXT,                      -- JSON, the checked profile published; NULL when not published
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                published_at INTEGER
            ) STRICT;
            CREATE INDEX shops_published ON shops (published_at) WHERE page IS NOT NULL;
            """),
        Migration(version: 5, sql: OutboxSchema.tables + """
            -- Settings an operator sets with `vitrine admin` (the admin PIN's salt and hash…).
            CREATE TABLE settings (
                key TEXT PRIMARY KEY NOT NULL,
                value BLOB NOT NULL,
                updated_at INTEGER NOT NULL
            ) STRICT;
            """),
        Migration(version: 6, sql: OutboxSchema.deadLettersAndLastSignature),
        Migration(version: 7, sql: """
            -- Poster codes (/q/<CODE>): one per shop and format (or the directory's poster) and
            -- prefix, the same at every reprint; serial is the kiosk's counter. Kept when a shop is
            -- erased, so its printed posters answer "withdrawn" rather than nothing.
            CREATE TABLE poster_codes (
                code TEXT PRIMARY KEY NOT NULL,
                serial INTEGER NOT NULL UNIQUE,
                shop_id TEXT NOT NULL,          -- shops.id; '' for the directory's poster
                format TEXT NOT NULL,           -- A4, A5, A6, ticket, directory
                prefix TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                printed_at INTEGER,             -- first sent to a printer
                UNIQUE (shop_id, format, prefix)
            ) STRICT;
            -- Scans this kiosk served itself (its preview): a count per code and day, nothing else.
            CREATE TABLE code_scans (
                code TEXT NOT NULL,
                day TEXT NOT NULL,              -- YYYY-MM-DD, Europe/Paris
                count INTEGER NOT NULL,
                PRIMARY KEY (code, day)
            ) STRICT, WITHOUT ROWID;
            -- What the hub last answered to the signed feedback request (KioskFeedback).
            CREATE TABLE hub_feedback (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                prefix TEXT NOT NULL,
                at TEXT NOT NULL,               -- the hub's time of answer, RFC 3339
                fetched_at INTEGER NOT NULL
            ) STRICT;
            CREATE TABLE hub_scans (
                code TEXT NOT NULL,
                day TEXT NOT NULL,
                count INTEGER NOT NULL,
                PRIMARY KEY (code, day)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE slug_conflicts (
                owner_id TEXT PRIMARY KEY NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                slug TEXT NOT NULL,
                suggestion TEXT NOT NULL
            ) STRICT;
            """),
    ]
}
