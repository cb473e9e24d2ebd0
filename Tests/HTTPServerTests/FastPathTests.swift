import HTTPServer
import Testing
import TestSupport

/// The fast path (`HTTPHandler.prepared(_:)`, a plain GET or HEAD looked up by its raw path)
/// must answer exactly what the normal path does, and leave every other request to it.
@Suite("HTTP fast path: the same answers as the normal path", .ownThreads)
struct FastPathTests {
    /// Status, headers (Date aside) and body: what a client can tell apart.
    private func seen(_ reply: RawClient.Reply) -> String {
        let headers = reply.headers.filter { $0.0.lowercased() != "date" }.map { "\($0.0.lowercased()): \($0.1)" }.sorted()
        return "\(reply.status)\n\(headers.joined(separator: "\n"))\n\(reply.text)"
    }

    @Test func rawPathAnswersAsTheDecodedPath() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        let fast = try client.request("GET", "/sub/style.css")
        #expect(fast.status == 200)
        #expect(fast.text == "body { color: black }")
        // A query or an encoded byte takes the normal path (decoding, then the same table).
        #expect(seen(try client.request("GET", "/sub/style.css?v=2")) == seen(fast))
        #expect(seen(try client.request("GET", "/sub/style%2Ecss")) == seen(fast))
        #expect(seen(try client.request("GET", "/")) == seen(try client.request("GET", "/index.html?")))
    }

    @Test func headAndRevalidationOnTheFastPath() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        let tag = try #require(try client.request("GET", "/index.html").header("ETag"))
        let head = try client.request("HEAD", "/index.html")
        #expect(head.status == 200 && head.body.isEmpty && head.header("ETag") == tag)
        let fresh = try client.request("GET", "/index.html", headers: ["If-None-Match": "\"other\", W/\(tag)"])
        #expect(fresh.status == 304 && fresh.body.isEmpty)
        #expect(seen(fresh) == seen(try client.request("GET", "/index.html?x", headers: ["If-None-Match": tag])))
        #expect(try client.request("GET", "/index.html", headers: ["If-None-Match": "\"other\""]).status == 200)
    }

    @Test func aKeyThatIsNotItsOwnDecodingIsNotMatchedRaw() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        // The file `100%.txt` is `/100%25.txt` on the wire; the raw `/100%.txt` is a bad escape.
        #expect(try client.request("GET", "/100%25.txt").text == "percent")
        #expect(try client.request("GET", "/100%.txt").status == 400)
    }

    @Test func otherMethodsAndBodiesTakeTheNormalPath() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        #expect(try client.request("GET", "/api/hello").text == #"{"hello":"world"}"#)
        #expect(try client.request("POST", "/api/echo", body: Array("abc".utf8)).text == "abc")
        #expect(try client.request("GET", "/index.html").status == 200)
    }
}

@Suite("PathTable: raw and decoded look-ups")
struct PathTableTests {
    private func raw(_ table: PathTable<Int>, _ path: String) -> Int? {
        Array(path.utf8).withUnsafeBytes { table.value(rawPath: $0) }
    }

    @Test func findsByStringAndByRawBytesAndGrows() {
        var table = PathTable<Int>()
        for number in 0..<300 { table.set(number, for: "/s/shop-\(number)") }
        table.set(-1, for: "/s/shop-7")
        #expect(table.count == 300)
        #expect(table[path: "/s/shop-299"] == 299)
        #expect(raw(table, "/s/shop-7") == -1)
        #expect(raw(table, "/s/shop-300") == nil)
        #expect(raw(table, "/s/shop-") == nil)
        #expect(table.paths.count == 300)
        table.removeAll()
        #expect(table[path: "/s/shop-1"] == nil && table.count == 0)
    }

    @Test func rawLookUpOnlyMatchesKeysThatAreTheirOwnDecoding() {
        var table = PathTable<Int>()
        table.set(1, for: "/100%.txt")
        table.set(2, for: "/a/../b")
        table.set(3, for: "/é")
        #expect(table[path: "/100%.txt"] == 1)
        #expect(raw(table, "/100%.txt") == nil)
        #expect(raw(table, "/a/../b") == nil)
        #expect(raw(table, "/é") == 3)
    }
}
