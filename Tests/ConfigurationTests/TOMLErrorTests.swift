import Configuration
import Testing

/// Everything outside the subset is refused with its line number and a reason that says what
/// was written, not just that it failed.
struct TOMLErrorTests {
    @Test(arguments: [
        // Strings
        (#"a = "open"#, "unterminated string"),
        ("a = 'open", "unterminated string"),
        (#"a = "ends in backslash\"#, "unterminated string"),
        (#"a = "\x""#, #"invalid escape '\x' in string"#),
        (#"a = "\b""#, #"invalid escape '\b' in string"#),
        (#"a = "\u12""#, #"escape '\u' needs 4 hex digits"#),
        (#"a = "\u12G4""#, #"escape '\u' needs 4 hex digits"#),
        (#"a = "\U0001F60""#, #"escape '\U' needs 8 hex digits"#),
        (#"a = "\uD800""#, #"escape '\uD800' is not a Unicode scalar value"#),
        (#"a = "\U00110000""#, #"escape '\U00110000' is not a Unicode scalar value"#),
        ("a = \"bell\u{7}\"", "control character U+0007 in string (use an escape)"),
        ("a = 'nul\u{0}'", "control character U+0000 in string (use an escape)"),
        ("a = \"cr\rlf\"", "control character U+000D in string (use an escape)"),
        (#"a = """multi""""#, "multi-line strings are not supported"),
        ("a = '''multi'''", "multi-line strings are not supported"),
        // Numbers, dates and other bare values
        ("a = 3.14", "floats are not supported ('3.14')"),
        ("a = 1e6", "floats are not supported ('1e6')"),
        ("a = -inf", "floats are not supported ('-inf')"),
        ("a = nan", "floats are not supported ('nan')"),
        ("a = 1979-05-27", "dates and times are not supported ('1979-05-27')"),
        ("a = 1979-05-27T07:32:00Z", "dates and times are not supported ('1979-05-27T07:32:00Z')"),
        ("a = 07:32:00", "dates and times are not supported ('07:32:00')"),
        ("a = 0xFF", "hexadecimal, octal and binary integers are not supported ('0xFF')"),
        ("a = 0o17", "hexadecimal, octal and binary integers are not supported ('0o17')"),
        ("a = 0b101", "hexadecimal, octal and binary integers are not supported ('0b101')"),
        ("a = 012", "invalid integer '012' (no leading zeros; '_' only between digits)"),
        ("a = 1__0", "invalid integer '1__0' (no leading zeros; '_' only between digits)"),
        ("a = 10_", "invalid integer '10_' (no leading zeros; '_' only between digits)"),
        ("a = +_1", "invalid value '+_1' (strings must be quoted)"),
        ("a = -", "invalid value '-'"),
        ("a = 9223372036854775808", "integer 9223372036854775808 does not fit in 64 bits"),
        ("a = True", "invalid value 'True' (strings must be quoted)"),
        ("a = hello", "invalid value 'hello' (strings must be quoted)"),
        ("a = 1\u{7}", "control character U+0007 in value"),
        // Missing or extra pieces
        ("a =", "missing value after '='"),
        ("a = # comment", "missing value after '='"),
        ("a = ,", "expected a value, found ','"),
        ("a = 1 2", "unexpected text after value: '2'"),
        (#"a = "x" y"#, "unexpected text after value: 'y'"),
        ("a = true,", "unexpected text after value: ','"),
        ("a = {x = 1}", "inline tables are not supported"),
        // Arrays
        ("a = [1, 2", "unterminated array (arrays must fit on one line)"),
        ("a = [1, # no", "unterminated array (arrays must fit on one line)"),
        ("a = [", "unterminated array (arrays must fit on one line)"),
        ("a = [1 2]", "expected ',' or ']' in array, found '2'"),
        ("a = [1,,2]", "expected a value, found ','"),
        ("a = [[1]]", "nested arrays are not supported"),
        ("a = [1.5]", "floats are not supported ('1.5')"),
        // Keys
        ("a.b = 1", "dotted keys are not supported ('a.…'); use a [table] header"),
        ("a . b = 1", "dotted keys are not supported ('a.…'); use a [table] header"),
        (#""a" = 1"#, "quoted keys are not supported"),
        ("'a' = 1", "quoted keys are not supported"),
        ("= 1", "missing key before '='"),
        ("a 1", "expected '=' after key 'a'"),
        ("a", "expected '=' after key 'a'"),
        ("pört = 1", "invalid character 'ö' in key 'p'"),
        ("a% = 1", "invalid character '%' in key 'a'"),
        ("%a = 1", "invalid character '%' in key"),
        // Tables
        ("[t", "unterminated table header"),
        ("[]", "missing key"),
        ("[t.u]", "dotted keys are not supported ('t.…'); use a [table] header"),
        ("[t u]", "expected ']' after table name 't'"),
        ("[[t]]", "arrays of tables ([[…]]) are not supported"),
        ("[t] x", "unexpected text after table header: 'x'"),
        // Comments
        ("# bell \u{7}", "control character U+0007 in comment"),
        ("a = 1 # \u{1B}[31m", "control character U+001B in comment"),
        ("stray\rcarriage = 1", "invalid character U+000D in key 'stray'"),
    ])
    func refusedWithReason(line: String, reason: String) {
        #expect(parseError("# header\n\n" + line + "\nlast = 1") == ConfigError(location: "v.toml:3", reason: reason))
    }

    @Test func errorDescriptionIsFileLineAndReason() {
        let text = "port = 1\naddress = \"::1\"\nx = 1\ny = 2\nz = 3\nw = 4\nname = \"never closed\n"
        #expect(parseError(text, source: "/etc/vitrine/vitrine.toml")?.description
                == "/etc/vitrine/vitrine.toml:7: unterminated string")
    }
}
