import HTTPServer
import Testing

@Suite("Path decoding, ETags and routing without sockets")
struct UnitTests {
    @Test func decodesAndValidatesPaths() throws {
        #expect(try PathDecoder.decodePath("/s/cr%C3%AApe") == "/s/crêpe")
        #expect(try PathDecoder.decodePath("/a/b.css") == "/a/b.css")
        #expect(throws: PathDecoder.Failure.dotSegment) { try PathDecoder.decodePath("/a/%2e%2E/b") }
        #expect(throws: PathDecoder.Failure.dotSegment) { try PathDecoder.decodePath("/a/../b") }
        #expect(throws: PathDecoder.Failure.encodedSeparator) { try PathDecoder.decodePath("/a%2fb") }
        #expect(throws: PathDecoder.Failure.encodedSeparator) { try PathDecoder.decodePath("/a%5Cb") }
        #expect(throws: PathDecoder.Failure.forbiddenByte) { try PathDecoder.decodePath("/a%00b") }
        #expect(throws: PathDecoder.Failure.forbiddenByte) { try PathDecoder.decodePath("/a\\b") }
        #expect(throws: PathDecoder.Failure.badEscape) { try PathDecoder.decodePath("/a%2") }
        #expect(throws: PathDecoder.Failure.invalidUTF8) { try PathDecoder.decodePath("/a%C0%AE") }
        #expect(throws: PathDecoder.Failure.notAbsolute) { try PathDecoder.decodePath("a") }
    }

    @Test func decodesQueryComponents() throws {
        #expect(try PathDecoder.decodeQueryComponent("a+b%2Bc") == "a b+c")
        #expect(try PathDecoder.decodeQueryComponent("%2F") == "/")
        #expect(throws: PathDecoder.Failure.forbiddenByte) { try PathDecoder.decodeQueryComponent("%0A") }
    }

    @Test func theMediaTypeIsTrimmedAndLowerCased() {
        func type(_ value: String) -> String? { Request(method: .post, path: "/", headers: ["Content-Type": value]).mediaType }
        #expect(type(" \tApplication/X-WWW-Form-URLencoded \t; charset=utf-8") == "application/x-www-form-urlencoded")
        #expect(type("application/json") == "application/json")
        #expect(type(" \t ; charset=utf-8") == "" && type("") == "")
        #expect(type("  texte/été\t") == "texte/été", "non-ASCII bytes are kept whole")
        #expect(Request(method: .get, path: "/").mediaType == nil)
        #expect(ETag.matches(ifNoneMatch: " \"a\" , \t\"b\"\t", tag: "\"b\""), "If-None-Match items are trimmed the same way")
    }

    @Test func aRequestWithoutASocketAlwaysHasRoomToOffload() {
        #expect(Request(method: .post, path: "/").offloadHasRoom(.idle) && Request(method: .get, path: "/").offloadHasRoom(.shared))
    }

    @Test func etagsCompareWeaklyAndStayStable() {
        let tag = ETag.strong(for: Array("hello".utf8))
        #expect(tag == ETag.strong(for: Array("hello".utf8)))
        #expect(tag != ETag.strong(for: Array("hellp".utf8)))
        #expect(ETag.matches(ifNoneMatch: "W/\(tag)", tag: tag))
        #expect(ETag.matches(ifNoneMatch: "*", tag: tag))
        #expect(!ETag.matches(ifNoneMatch: "\"x\"", tag: tag))
    }

    @Test func routerMatchesParametersAndReports405() throws {
        var router = Router()
        router.add(.get, "/a/{id}/b") { request throws(HTTPError) in .response(.json(request.parameters["id"] ?? "")) }
        router.add(.post, "/a/{id}/b") { _ throws(HTTPError) in .response(.empty(status: 204)) }
        guard case .success(.response(let ok))? = router.route(Request(method: .head, path: "/a/7/b")) else {
            Issue.record("HEAD should use the GET route"); return
        }
        #expect(String(decoding: ok.body, as: UTF8.self) == "7")
        guard case .failure(let error)? = router.route(Request(method: .put, path: "/a/7/b")) else {
            Issue.record("PUT should be 405"); return
        }
        #expect(error.status == 405)
        #expect(error.headers.first?.1 == "GET, HEAD, POST")
        #expect(router.route(Request(method: .get, path: "/a//b")) == nil)
        #expect(router.route(Request(method: .get, path: "/a/7")) == nil)
    }

    @Test func errorBodiesAreValidJSONWhateverTheMessage() throws {
        let response = Response.error(.badRequest("quote \" backslash \\ newline \n <script>"))
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(text == #"{"error":{"code":"bad_request","message":"quote \" backslash \\ newline \n \u003cscript>"}}"#)
    }
}
