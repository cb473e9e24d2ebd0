import HTTPServer
import Synchronization
import Time

/// Public pages, QR codes and posters, rendered once and served from memory until something
/// changes: a shop written through this process (the generation moves), the page's "open now"
/// line turning, or a minute passing (for changes made by another process, `vitrine admin demo`).
public final class PageCache: Sendable {
    /// What a builder returns: the response, and for how long it stays true.
    public struct Built {
        var response: Response
        var lifetimeMilliseconds: Int64 = PageCache.maximumLifetime
    }

    /// A class: the fast path takes it out of the table with one retain.
    private final class Entry: Sendable {
        let entity: PreparedEntity
        let generation: Int
        let expires: Int64

        init(entity: PreparedEntity, generation: Int, expires: Int64) {
            self.entity = entity
            self.generation = generation
            self.expires = expires
        }
    }

    static let maximumLifetime: Int64 = 60_000
    /// Past this many entries the cache starts over (a crawler walking every size of every QR).
    static let maximumEntries = 1024
    private let entries = Mutex(PathTable<Entry>())
    private let generation: Generation

    public init(generation: Generation) { self.generation = generation }

    /// The cached answer for `key`, or a new one from `build`; 304 when `If-None-Match` matches.
    public func reply(_ key: String, _ request: Request, build: () throws(HTTPError) -> Built) throws(HTTPError) -> Reply {
        if let reply = fresh(key, request) { return reply }
        // The generation is read before building: a change committed meanwhile outdates this entry.
        let current = generation.current
        let entry = try store(key, build(), generation: current, now: Timestamp.now().milliseconds)
        return answer(entry, request)
    }

    /// The answer for `key` while it is still true, without routing or building anything: the
    /// fast path of `/s/<slug>` and its default QR codes, whose cache key is the request's path.
    /// Nil when there is no such entry, or it is out of date (a later `reply` rebuilds it).
    public func fresh(_ key: String, _ request: Request) -> Reply? {
        guard let entry = current(entries.withLock({ $0[path: key] })) else { return nil }
        return answer(entry, request)
    }

    /// The same for a plain `GET` seen before decoding (`HTTPHandler.prepared(_:)`): its raw
    /// path is the key.
    public func fresh(_ get: PlainGet) -> PreparedResponse? {
        current(entries.withLock { $0.value(rawPath: get.rawPath) })?.entity.answer(ifNoneMatch: get.ifNoneMatch)
    }

    private func current(_ entry: Entry?) -> Entry? {
        guard let entry, entry.generation == generation.current, entry.expires > Timestamp.now().milliseconds else { return nil }
        return entry
    }

    private func answer(_ entry: Entry, _ request: Request) -> Reply {
        .prepared(entry.entity.answer(ifNoneMatch: request.header("If-None-Match")))
    }

    private func store(_ key: String, _ built: Built, generation: Int, now: Int64) throws(HTTPError) -> Entry {
        var response = built.response
        let etag = ETag.strong(for: response.body)
        response.headers.append(("ETag", etag))
        let kept = response.headers.filter { $0.0 != "Content-Type" && $0.0 != "Content-Security-Policy" }
        guard let entity = PreparedEntity(etag: etag, full: response, notModified: Response.empty(status: 304, headers: kept))
        else { throw PublicSite.internalError }
        let entry = Entry(entity: entity, generation: generation,
                          expires: now + min(built.lifetimeMilliseconds, Self.maximumLifetime))
        entries.withLock { entries in
            if entries.count >= Self.maximumEntries { entries.removeAll() }
            entries.set(entry, for: key)
        }
        return entry
    }
}

/// A counter of changes, shared by the writers and the page cache: a writer bumps it after a
/// change, and every cached page built before is rebuilt at its next request.
public final class Generation: Sendable {
    private let value = Atomic<Int>(0)

    public init() {}

    public func bump() { value.add(1, ordering: .releasing) }
    var current: Int { value.load(ordering: .acquiring) }
}
