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
        // Poster codes (issue 15). Each kiosk gets a two-character prefix (existing kiosks in
        // the order of their ids; never starting with 0: "00" and "01" are reserved). A code
        // names the kiosk's shop (its `owner`), not a slug, so it leads to the shop's current
        // page. Scans are counted per code and Paris day, nothing else about them: no address,
        // no user agent, no row per scan. `scan_weeks` and `poster_totals` are what the
        // dashboard reads, kept in the scan's and the print's transactions. A refused slug's
        // page goes up under `suggestion`, so its posters keep leading to it.
        Migration(version: 4, sql: """
            ALTER TABLE kiosks ADD COLUMN prefix TEXT;
            ALTER TABLE kiosks ADD COLUMN refused_codes INTEGER NOT NULL DEFAULT 0;
            UPDATE kiosks SET prefix = (
                SELECT substr('123456789ABCDEFGHJKMNPQRSTVWXYZ', r.n / 32 + 1, 1) || substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', r.n % 32 + 1, 1)
                FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM kiosks) r WHERE r.id = kiosks.id);
            CREATE UNIQUE INDEX kiosks_prefix ON kiosks (prefix);
            CREATE TABLE poster_codes (
                code TEXT PRIMARY KEY NOT NULL,
                kiosk_id TEXT NOT NULL,         -- the kiosk whose shop (or directory) it leads to
                owner TEXT,                     -- that kiosk's id for the shop; NULL for a directory
                slug TEXT,                      -- the slug it was printed for; NULL for a directory
                format TEXT NOT NULL,
                printed_day INTEGER NOT NULL,   -- Paris day number of the first print (or of its making)
                reported INTEGER NOT NULL       -- 1: printed at a kiosk; 0: made by the hub for its own posters
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX poster_codes_kiosk ON poster_codes (kiosk_id, code);
            CREATE INDEX poster_codes_shop ON poster_codes (kiosk_id, owner, format, reported, printed_day);
            CREATE INDEX poster_codes_slug ON poster_codes (slug, format) WHERE slug IS NOT NULL;
            CREATE TABLE code_scans (
                code TEXT NOT NULL,
                day INTEGER NOT NULL,
                scans INTEGER NOT NULL,
                PRIMARY KEY (code, day)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE scan_weeks (
                kiosk_id TEXT NOT NULL,
                monday INTEGER NOT NULL,
                format TEXT NOT NULL,
                scans INTEGER NOT NULL,
                PRIMARY KEY (kiosk_id, monday, format)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX scan_weeks_monday ON scan_weeks (monday, format, scans);
            CREATE TABLE poster_totals (
                kiosk_id TEXT NOT NULL,
                format TEXT NOT NULL,
                posters INTEGER NOT NULL,       -- codes printed at the kiosk
                scans INTEGER NOT NULL,         -- scans of every code of the kiosk's shops, the hub's own included
                PRIMARY KEY (kiosk_id, format)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX poster_totals_format ON poster_totals (format, posters, scans);
            CREATE TABLE hub_code_serial (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                next INTEGER NOT NULL
            ) STRICT;
            INSERT INTO hub_code_serial (id, next) VALUES (1, 0);
            ALTER TABLE slug_conflicts ADD COLUMN suggestion TEXT;
            CREATE INDEX slug_conflicts_owner ON slug_conflicts (kiosk_id, owner) WHERE owner IS NOT NULL;
            """),
        // Events by session without the visits' own `visit.started` (most of the log, and never a
        // passport fact): each stored visit then writes one random index page fewer.
        Migration(version: 5, sql: """
            DROP INDEX events_session;
            CREATE INDEX events_session ON events (session) WHERE session IS NOT NULL AND type <> 'visit.started';
            """),
    ]
}
