/// What the server remembers about one request between libmicrohttpd's calls: the body as it
/// streams in, and whether it went over the limit (then the rest is discarded, not buffered).
final class RequestState {
    var body: [UInt8] = []
    var overLimit = false
    let limit: Int

    init(limit: Int, expectedLength: Int?) {
        self.limit = limit
        if let expectedLength { body.reserveCapacity(min(expectedLength, limit)) }
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard !overLimit else { return }
        if body.count + bytes.count > limit {
            overLimit = true
            body = []
        } else {
            body.append(contentsOf: bytes)
        }
    }

    /// Marks requests that carry no body, so they need no allocation: any non-nil pointer tells
    /// the second call from the first.
    nonisolated(unsafe) static let bodiless = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 1)
}
