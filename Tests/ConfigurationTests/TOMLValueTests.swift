import Configuration
import Testing

/// Every value type of the TOML subset, parsed from a one-line file.
struct TOMLValueTests {
    private func value(_ text: String) throws -> ConfigValue? {
        try TOML.parse("key = \(text)", source: "t.toml").first?.value
    }

    @Test(arguments: [
        (#""plain""#, "plain"),
        (#""""#, ""),
        (#""say \"hi\"""#, #"say "hi""#),
        (#""back\\slash""#, #"back\slash"#),
        (#""a\nb\tc\rd""#, "a\nb\tc\rd"),
        (#""\u00e9t\u00E9""#, "été"),
        (#""\U0001F600""#, "😀"),
        (##""# not a comment""##, "# not a comment"),
        ("'C:\\path\\n'", "C:\\path\\n"),
        ("''", ""),
        ("'it \"is\"'", "it \"is\""),
        ("\"tab\tinside\"", "tab\tinside"),
        ("\"ünïcödé ✓\"", "ünïcödé ✓"),
    ])
    func strings(text: String, expected: String) throws {
        #expect(try value(text) == .string(expected))
    }

    @Test(arguments: [
        ("0", 0), ("+0", 0), ("-0", 0), ("42", 42), ("+17", 17), ("-17", -17),
        ("1_000", 1000), ("5_349_221", 5_349_221), ("1_2_3", 123),
        ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
    ])
    func integers(text: String, expected: Int) throws {
        #expect(try value(text) == .integer(expected))
    }

    @Test func booleans() throws {
        #expect(try value("true") == .boolean(true))
        #expect(try value("false") == .boolean(false))
    }

    @Test(arguments: [
        ("[]", [] as [ConfigValue]),
        ("[ ]", []),
        ("[1, 2, 3]", [1, 2, 3]),
        ("[1,2,3,]", [1, 2, 3]),
        (#"["a", 'b', true, -4]"#, ["a", "b", true, -4]),
        (#"[ "x,y" , "]" ]"#, ["x,y", "]"]),
    ])
    func arrays(text: String, expected: [ConfigValue]) throws {
        #expect(try value(text) == .array(expected))
    }

    @Test func whitespaceAndCommentsAroundValues() throws {
        let entries = try TOML.parse("\t key\t=\t 7 \t# seven\n", source: "t.toml")
        #expect(entries == [TOMLEntry(key: "key", value: 7, line: 1)])
    }

    @Test func tomlTextRoundTrips() throws {
        let values: [ConfigValue] = ["quote \" back \\ nl \n bell \u{7} é", 12, true, .array(["a", 1, false])]
        for original in values {
            #expect(try value(original.tomlText) == original)
        }
        #expect(ConfigValue.string("a\"b\u{1}").tomlText == #""a\"b\u0001""#)
    }
}
