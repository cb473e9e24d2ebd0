import Storage

/// The hub database's migrations, in order; never edit a released one, add the next.
public enum HubSchema {
    /// The writer's page cache (32 MiB instead of SQLite's 2): ingest inserts into indexes keyed
    /// by random ids (events, visits, shops), whose pages are then found in memory, not on disk.
    public static let writerCache = "PRAGMA cache_size = -32768"

    public static let migrations: [Migration] = [
        Migration(version: 1, sql: """
            CREATE TABLE kiosks (
                id TEXT PRIMARY KEY NOT NULL,   -- also its name in addresses (/d/<id>)
                secret TEXT NOT NULL,           -- whsec_<base64>
                created_at INTEGER NOT NULL,
                last_report_at INTEGER
            ) STRICT;
            -- Requests already taken (webhook-id and timestamp), to refuse a replay within the
            -- signature's ±5 min window; older rows are pruned.
            CREATE TABLE deliveries (
                kiosk_id TEXT NOT NULL REFERENCES kiosks(id),
                webhook_id TEXT NOT NULL,
                timestamp INTEGER NOT NULL,
                received_at INTEGER NOT NULL,
                PRIMARY KEY (kiosk_id, webhook_id, timestamp)
            ) STRICT;
            -- Every event ever received, by its id, kept for as long as a box may stay offline.
            -- Personal fields are not kept here (they go to owners and advisor_requests).
            CREATE TABLE events (
                id TEXT PRIMARY KEY NOT NULL,
                kiosk_id TEXT NOT NULL REFERENCES kiosks(id),
                type TEXT NOT NULL,
                at INTEGER NOT NULL,
                session TEXT,
                owner TEXT,
                data TEXT NOT NULL,
                received_at INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX events_kiosk_type ON events (kiosk_id, type);
            CREATE INDEX events_owner ON events (owner) WHERE owner IS NOT NULL;
            CREATE TABLE pages (
                slug TEXT PRIMARY KEY NOT NULL,
                kiosk_id TEXT NOT NULL REFERENCES kiosks(id),
                owner TEXT,
                profile TEXT NOT NULL,          -- JSON, the published ShopProfile
                published_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            ) STRICT;
            -- A slug another kiosk published first: the page is not published; the dashboard says so.
            CREATE TABLE slug_conflicts (
                slug TEXT NOT NULL,
                kiosk_id TEXT NOT NULL,
                owner TEXT,
                at INTEGER NOT NULL,
                PRIMARY KEY (slug, kiosk_id)
            ) STRICT;
            CREATE TABLE owners (
                id TEXT PRIMARY KEY NOT NULL,
                kiosk_id TEXT NOT NULL,
                purposes TEXT NOT NULL,
                hub INTEGER NOT NULL,
                passport_token TEXT UNIQUE,     -- only while the owner lets the hub have personal data
                last_contact_at INTEGER NOT NULL
            ) STRICT;
            CREATE TABLE advisor_requests (
                id TEXT PRIMARY KEY NOT NULL,
                kiosk_id TEXT NOT NULL,
                owner TEXT,
                topic TEXT NOT NULL,
                preferred_time TEXT NOT NULL,
                name TEXT,                      -- personal: NULL once consent is withdrawn
                phone TEXT,
                requested_at INTEGER NOT NULL,
                done_at INTEGER
            ) STRICT;
            CREATE INDEX advisor_requests_open ON advisor_requests (requested_at) WHERE done_at IS NULL;
            """),
        // The dashboard's staff accounts. Passwords as PBKDF2-HMAC-SHA256 with their own salt and
        // iteration count; sessions by the SHA-256 of their cookie token only (a copy of the
        // database opens no session); failed logins counted per name, known or not.
        Migration(version: 2, sql: """
            CREATE TABLE admins (
                name TEXT PRIMARY KEY NOT NULL,
                salt BLOB NOT NULL,
                hash BLOB NOT NULL,
                iterations INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            ) STRICT;
            CREATE TABLE admin_sessions (
                token_hash BLOB PRIMARY KEY NOT NULL,
                admin TEXT NOT NULL,
                csrf TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                last_seen_at INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX admin_sessions_admin ON admin_sessions (admin);
            -- The passport page gathers an owner's visits, including what they did before
            -- consenting (their diagnostic): events by session.
            CREATE INDEX events_session ON events (session) WHERE session IS NOT NULL;
            CREATE TABLE admin_login_failures (
                name TEXT PRIMARY KEY NOT NULL,
                failures INTEGER NOT NULL,
                first_at INTEGER NOT NULL,
                locked_until INTEGER
            ) STRICT;
            """),
        // The dashboard's figures, kept as events arrive (in the ingest transaction) so a page
        // costs the same whatever the years of history; `SummaryBackfill` builds them once
        // from the events already stored (`summary_state.pending`). Weeks are Paris weeks, by
        // their Monday's day number. Indexes for every list the dashboard shows. `reported_at`
        // keeps a kiosk's own date when the hub did not believe it (ahead of the hub's clock, or
        // before the kiosk was registered) and stored its receive time in `at`.
        Migration(version: 3, sql: """
            ALTER TABLE events ADD COLUMN reported_at INTEGER;
            CREATE TABLE summary_weeks (
                kiosk_id TEXT NOT NULL,
                monday INTEGER NOT NULL,
                type TEXT NOT NULL,
                events INTEGER NOT NULL,
                PRIMARY KEY (kiosk_id, monday, type)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX summary_weeks_type ON summary_weeks (type, monday, events);
            CREATE TABLE summary_totals (
                kiosk_id TEXT NOT NULL,
                type TEXT NOT NULL,
                events INTEGER NOT NULL,
                PRIMARY KEY (kiosk_id, type)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX summary_totals_type ON summary_totals (type, kiosk_id, events);
            -- The funnel: each visit (its session, or the event's id without one) once per stage.
            CREATE TABLE funnel_visits (
                kiosk_id TEXT NOT NULL,
                stage TEXT NOT NULL,
                visit TEXT NOT NULL,
                PRIMARY KEY (kiosk_id, stage, visit)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE funnel_counts (
                kiosk_id TEXT NOT NULL,
                stage TEXT NOT NULL,
                visits INTEGER NOT NULL,
                PRIMARY KEY (kiosk_id, stage)
            ) STRICT, WITHOUT ROWID;
            -- Each shop's (owner, else visit) latest diagnostic, and what it adds up to per kiosk.
            CREATE TABLE latest_diagnostics (
                shop TEXT PRIMARY KEY NOT NULL,
                kiosk_id TEXT NOT NULL,
                at INTEGER NOT NULL,
                event_id TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE diagnosed_shops (
                kiosk_id TEXT PRIMARY KEY NOT NULL,
                shops INTEGER NOT NULL
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE score_bands (
                kiosk_id TEXT NOT NULL,
                dimension TEXT NOT NULL,
                band INTEGER NOT NULL,
                shops INTEGER NOT NULL,
                PRIMARY KEY (kiosk_id, dimension, band)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX score_bands_dimension ON score_bands (dimension, band, shops);
            CREATE TABLE answer_counts (
                kiosk_id TEXT NOT NULL,
                question TEXT NOT NULL,
                answer TEXT NOT NULL,
                shops INTEGER NOT NULL,
                PRIMARY KEY (kiosk_id, question, answer)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX answer_counts_question ON answer_counts (question, answer, shops);
            -- Events up to `through` (rowid) are in the figures; `pending` until the backfill ends.
            CREATE TABLE summary_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                pending INTEGER NOT NULL,
                through INTEGER NOT NULL
            ) STRICT;
            INSERT INTO summary_state (id, pending, through) SELECT 1, EXISTS (SELECT 1 FROM events), 0;
            CREATE INDEX advisor_requests_open_order ON advisor_requests (requested_at, id) WHERE done_at IS NULL;
            CREATE INDEX advisor_requests_kiosk_open ON advisor_requests (kiosk_id, requested_at, id) WHERE done_at IS NULL;
            CREATE INDEX advisor_requests_requested ON advisor_requests (requested_at, id);
            CREATE INDEX advisor_requests_kiosk_requested ON advisor_requests (kiosk_id, requested_at, id);
            CREATE INDEX advisor_requests_done ON advisor_requests (done_at, id) WHERE done_at IS NOT NULL;
            CREATE INDEX advisor_requests_kiosk_done ON advisor_requests (kiosk_id, done_at, id) WHERE done_at IS NOT NULL;
            CREATE INDEX slug_conflicts_at ON slug_conflicts (at, slug);
            CREATE INDEX slug_conflicts_kiosk ON slug_conflicts (kiosk_id, at);
            CREATE INDEX pages_kiosk ON pages (kiosk_id, slug);
            CREATE INDEX pages_owner ON pages (owner, kiosk_id) WHERE owner IS NOT NULL;
            CREATE INDEX advisor_requests_owner ON advisor_requests (owner) WHERE owner IS NOT NULL;
            """),
    ]
}
