/// The outbox's tables, as the kiosk's migration 5 created them (`KioskSchema` runs it in its
/// sequence): the events waiting for the hub, and one row on how deliveries went. Like any
/// shipped migration, never edit it: a later change is a new migration of the kiosk's.
public enum OutboxSchema {
    public static let tables = """
        -- Events for the CCI hub, written in the transaction of the change they report and
        -- deleted only once the hub acknowledged them. A batch id is given before the first
        -- attempt and kept for every retry (the hub de-duplicates on it).
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,        -- the event's UUID
            type TEXT NOT NULL,
            at INTEGER NOT NULL,            -- milliseconds since 1970 UTC
            owner_id TEXT,                  -- no foreign key: the event outlives a withdrawn owner
            data TEXT NOT NULL,             -- JSON object, nothing personal
            personal TEXT,                  -- JSON object of personal fields, only if the owner let the hub have them
            batch TEXT                      -- the batch it was first sent in
        ) STRICT;
        CREATE INDEX outbox_batch ON outbox (batch) WHERE batch IS NOT NULL;
        -- One row: how the last deliveries went (for STATUS=, `vitrine admin status`).
        CREATE TABLE upstream_status (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_attempt_at INTEGER,
            last_success_at INTEGER,
            last_error TEXT,
            delivered INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        INSERT INTO upstream_status (id) VALUES (1);

        """

    /// The kiosk's migration 6: where `OutboxReader` sets aside rows it cannot read (not
    /// STRICT: a damaged row is copied as it is, whatever its values' types), and the batch and
    /// time of the last signed attempt, so a retry after a restart within the same second is
    /// never the same request again (the hub answers an exact replay with 409).
    public static let deadLettersAndLastSignature = """
        -- Outbox rows the sender could not turn into a report event (a damaged row): moved
        -- here with the reason, so they never hold back the events behind them; counted in
        -- STATUS=, `vitrine admin status` and /metrics for an operator to look at.
        CREATE TABLE outbox_dead_letters (
            seq INTEGER PRIMARY KEY,        -- its place in the outbox
            id TEXT,
            type TEXT,
            at INTEGER,
            owner_id TEXT,
            data TEXT,
            personal TEXT,
            reason TEXT NOT NULL,
            failed_at INTEGER NOT NULL      -- milliseconds since 1970 UTC
        );
        ALTER TABLE upstream_status ADD COLUMN last_signed_batch TEXT;
        ALTER TABLE upstream_status ADD COLUMN last_signed_at INTEGER;   -- its webhook-timestamp (seconds)
        """
}
