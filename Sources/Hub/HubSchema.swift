import Storage

/// The hub database's migrations, in order; never edit a released one, add the next.
public enum HubSchema {
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
    ]
}
