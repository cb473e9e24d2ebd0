import Configuration
import Testing

/// Lines, tables, comments and the file-wide rules (no key or table defined twice).
struct TOMLStructureTests {
    @Test func entriesKeepFileOrderAndLines() throws {
        let text = """
        # Vitrine configuration

        port = 8080
        address = "::1"   # loopback

        [server]
        threads = 4
        [ log ]
        level = 'debug'
        """
        #expect(try TOML.parse(text, source: "v.toml") == [
            TOMLEntry(key: "port", value: 8080, line: 3),
            TOMLEntry(key: "address", value: "::1", line: 4),
            TOMLEntry(key: "server.threads", value: 4, line: 7),
            TOMLEntry(key: "log.level", value: "debug", line: 9),
        ])
    }

    @Test func emptyAndCommentOnlyFilesHaveNoEntries() throws {
        #expect(try TOML.parse("", source: "v.toml").isEmpty)
        #expect(try TOML.parse("\n\n  # only a comment\n\t\n", source: "v.toml").isEmpty)
    }

    @Test func windowsLineEndingsAndByteOrderMark() throws {
        let entries = try TOML.parse("\u{FEFF}a = 1\r\nb = 'x'\r\n", source: "v.toml")
        #expect(entries == [TOMLEntry(key: "a", value: 1, line: 1), TOMLEntry(key: "b", value: "x", line: 2)])
    }

    @Test func keysMayUseDigitsDashesAndUnderscores() throws {
        let entries = try TOML.parse("max_body-bytes2 = 1\n42 = 2", source: "v.toml")
        #expect(entries.map(\.key) == ["max_body-bytes2", "42"])
    }

    @Test func sameKeyInDifferentTablesIsAllowed() throws {
        let entries = try TOML.parse("a = 1\n[t]\na = 2\n[u]\na = 3", source: "v.toml")
        #expect(entries.map(\.key) == ["a", "t.a", "u.a"])
    }

    @Test func bytesInUTF8AreParsed() throws {
        let entries = try TOML.parse(bytes: Array("name = \"café\"\n".utf8), source: "v.toml")
        #expect(entries == [TOMLEntry(key: "name", value: "café", line: 1)])
    }

    @Test func invalidUTF8IsRefusedWithItsLine() {
        let bytes: [UInt8] = Array("a = 1\nb = 2\nc = \"caf".utf8) + [0xE9] + Array("\"\n".utf8)
        #expect(throws: ConfigError(location: "v.toml:3", reason: "invalid UTF-8")) {
            try TOML.parse(bytes: bytes, source: "v.toml")
        }
    }

    @Test(arguments: [
        ("port = 1\nport = 2", "v.toml:2: duplicate key 'port' (first set on line 1)"),
        ("[t]\na = 1\n\na = 2", "v.toml:4: duplicate key 't.a' (first set on line 2)"),
        ("[t]\n[u]\n[t]", "v.toml:3: table [t] defined twice (first on line 1)"),
        ("t = 1\n[t]", "v.toml:2: table [t] conflicts with key 't' on line 1"),
    ])
    func definedTwice(text: String, message: String) {
        #expect(parseError(text)?.description == message)
    }
}

/// The error `TOML.parse` throws for `text`, if any.
func parseError(_ text: String, source: String = "v.toml") -> ConfigError? {
    do {
        _ = try TOML.parse(text, source: source)
        return nil
    } catch {
        return error
    }
}
