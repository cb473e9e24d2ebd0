import JSON
import Testing

private func encoded<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try JSON.encode(value), as: UTF8.self)
}

private struct Event: Encodable {
    let type: String
    let id: Int
    let note: String?
    let tags: [String]
    let score: Double
}

private enum Cost: String, Codable, CodingKeyRepresentable {
    case free, low
}

private struct Priced: Encodable {
    let cost: Cost
    let costs: [Cost: Int]
    let byID: [Int: String]
}

/// Writes its fields by hand through nested containers and a super encoder.
private struct Handmade: Encodable {
    enum Keys: String, CodingKey { case point, list, base }
    enum PointKeys: String, CodingKey { case x, y }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var point = container.nestedContainer(keyedBy: PointKeys.self, forKey: .point)
        try point.encode(1, forKey: .x)
        try point.encodeNil(forKey: .y)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try list.encode("a")
        try list.encodeNil()
        var inner = list.nestedUnkeyedContainer()
        try inner.encode(true)
        try Base().encode(to: container.superEncoder(forKey: .base))
        try Base().encode(to: container.superEncoder())
    }
}

private struct Base: Encodable {
    let kind = "base"
}

private struct Measures: Encodable {
    let values: [Double]
}

private struct Payload: Encodable {
    let type: String
    let data: JSONValue
}

@Suite("Encoding")
struct EncodeTests {
    @Test("keys sorted, nil optionals left out")
    func sortedAndCompact() throws {
        let event = Event(type: "quiz.passed", id: 7, note: nil, tags: ["b", "a"], score: 0.5)
        #expect(try encoded(event) == #"{"id":7,"score":0.5,"tags":["b","a"],"type":"quiz.passed"}"#)
        let noted = Event(type: "x", id: -1, note: "<b>", tags: [], score: 2)
        #expect(try encoded(noted) == #"{"id":-1,"note":"\u003cb\u003e","score":2.0,"tags":[],"type":"x"}"#)
    }

    @Test("nil in an array stays, as null, so positions are kept")
    func nilInArray() throws {
        #expect(try encoded([1, nil, 3] as [Int?]) == "[1,null,3]")
    }

    @Test("raw-value enums, and dictionaries with string, enum or integer keys")
    func dictionaries() throws {
        let priced = Priced(cost: .low, costs: [.low: 2, .free: 0], byID: [10: "ten", 2: "two"])
        #expect(try encoded(priced) == #"{"byID":{"10":"ten","2":"two"},"cost":"low","costs":{"free":0,"low":2}}"#)
    }

    @Test("nested containers and super encoders")
    func nestedContainers() throws {
        #expect(try encoded(Handmade())
            == #"{"base":{"kind":"base"},"list":["a",null,[true]],"point":{"x":1,"y":null},"super":{"kind":"base"}}"#)
    }

    @Test("top-level scalars")
    func scalars() throws {
        #expect(try encoded("a&b") == #""a\u0026b""#)
        #expect(try encoded(UInt8(255)) == "255")
        #expect(try encoded(Int64.min) == "-9223372036854775808")
        #expect(try encoded(Float(0.1)) == "0.1")
        #expect(try encoded(true) == "true")
        #expect(try encoded(nil as Int?) == "null")
    }

    @Test("doubles use the shortest text that reads back the same")
    func doubles() throws {
        #expect(try encoded([0.1, 1.0 / 3, 1e21, -0.0, Double.leastNonzeroMagnitude]) == "[0.1,0.3333333333333333,1e+21,-0.0,5e-324]")
    }

    @Test("a non-finite number is refused, naming where it is")
    func nonFinite() {
        #expect(throws: JSONEncodingError(reason: "values[1]: inf is not a finite number, which JSON cannot write")) {
            try JSON.encode(Measures(values: [1, .infinity]))
        }
        #expect(throws: JSONEncodingError(reason: "nan is not a finite number, which JSON cannot write")) {
            try JSON.encode(Double.nan)
        }
    }

    @Test("a JSONValue field is written as it is, in its own member order")
    func jsonValueField() throws {
        let payload = Payload(type: "t", data: ["z": 1, "a": [true, "<"]])
        #expect(try encoded(payload) == #"{"data":{"z":1,"a":[true,"\u003c"]},"type":"t"}"#)
    }

    @Test("an error thrown by a type's own encode(to:) becomes a JSONEncodingError")
    func ownError() {
        struct Refusing: Encodable {
            func encode(to encoder: any Encoder) throws {
                throw EncodingError.invalidValue(0, EncodingError.Context(codingPath: encoder.codingPath, debugDescription: "not today"))
            }
        }
        struct Holder: Encodable { let inner: [Refusing] }
        #expect(throws: JSONEncodingError(reason: "inner[0]: not today")) { try JSON.encode(Holder(inner: [Refusing()])) }
    }
}
