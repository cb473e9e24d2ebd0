/// Version 7 UUIDs (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits.
/// The ids of reported events and of visitor sessions. Ids made later sort later, so the hub's
/// indexes on them (events by id and by session, the funnel's visits) take each new id at their
/// right edge instead of on a random page: a 50-event report then dirties a handful of pages
/// rather than three per event, which is what ingest's speed and its tail come down to. They
/// tell the time they were made, which the event (`at`) and the session (`started_at`) tell
/// anyway; ids that must reveal nothing stay `RandomUUID`.
public enum TimeOrderedUUID {
    /// `milliseconds`: Unix time, clamped to the 48 bits the format holds.
    public static func make(milliseconds: Int64) -> String {
        let time = UInt64(clamping: min(max(milliseconds, 0), (1 << 48) - 1))
        var bytes = RandomBytes.make(16)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: time >> (40 - 8 * UInt64(index))) }
        return UUIDText.format(bytes, version: 7)
    }
}
