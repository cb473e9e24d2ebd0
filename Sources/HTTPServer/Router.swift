/// Maps method and path to a handler; answers 404 and 405 (with `Allow`) itself.
///
/// Exact paths are found with one dictionary look-up; only paths with `{name}` segments are
/// matched segment by segment. `HEAD` is served by the `GET` route (libmicrohttpd drops the body).
public struct Router: Sendable {
    public typealias Handler = @Sendable (Request) throws(HTTPError) -> Reply

    private struct Pattern: Sendable {
        let segments: [Segment]
        var handlers: [HTTPMethod: Handler]
    }

    private enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    private var exact: [String: [HTTPMethod: Handler]] = [:]
    private var patterns: [Pattern] = []
    /// Every registered (method, path template), in order: the OpenAPI test compares against it.
    public private(set) var routes: [(method: HTTPMethod, path: String)] = []

    public init() {}

    public mutating func add(_ method: HTTPMethod, _ path: String, _ handler: @escaping Handler) {
        routes.append((method, path))
        let segments = Router.split(path).map { part -> Segment in
            part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(String(part.dropFirst().dropLast())) : .literal(String(part))
        }
        guard segments.contains(where: { if case .parameter = $0 { true } else { false } }) else {
            exact[path, default: [:]][method] = handler
            return
        }
        if let index = patterns.firstIndex(where: { $0.segments == segments }) {
            patterns[index].handlers[method] = handler
        } else {
            patterns.append(Pattern(segments: segments, handlers: [method: handler]))
        }
    }

    /// Finds the handler for `request`; nil when no route has this path at all.
    public func route(_ request: Request) -> Result<Reply, HTTPError>? {
        if let handlers = exact[request.path] {
            return Router.dispatch(request, handlers)
        }
        let parts = Router.split(request.path)
        for pattern in patterns {
            guard let parameters = Router.match(pattern.segments, parts) else { continue }
            var request = request
            request.parameters = parameters
            return Router.dispatch(request, pattern.handlers)
        }
        return nil
    }

    private static func dispatch(_ request: Request, _ handlers: [HTTPMethod: Handler]) -> Result<Reply, HTTPError> {
        let method = request.method == .head ? .get : request.method
        guard let handler = handlers[method] else {
            var allowed = Array(handlers.keys)
            if allowed.contains(.get) { allowed.append(.head) }
            return .failure(.methodNotAllowed(allowed.sorted { $0.description < $1.description }))
        }
        return Result { () throws(HTTPError) -> Reply in try handler(request) }
    }

    private static func match(_ segments: [Segment], _ parts: [Substring]) -> [String: String]? {
        guard segments.count == parts.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, part) in zip(segments, parts) {
            switch segment {
            case .literal(let text) where text == part: continue
            case .parameter(let name) where !part.isEmpty: parameters[name] = String(part)
            default: return nil
            }
        }
        return parameters
    }

    private static func split(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { $0 }
    }
}
