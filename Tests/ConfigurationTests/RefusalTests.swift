import Configuration
import Testing

/// Every refusal names the key, the value and where it came from, in one line.
struct RefusalTests {
    @Test func unknownKeyInFileWithSuggestion() {
        #expect(loadError(file: "\n\nprot = 80") == "/etc/v.toml:3: unknown key 'prot' (did you mean 'port'?)")
        #expect(loadError(file: "[net]\nmut = 1500") == "/etc/v.toml:2: unknown key 'net.mut' (did you mean 'net.mtu'?)")
    }

    @Test func unknownKeyWithoutCloseMatchHasNoSuggestion() {
        #expect(loadError(file: "colour = 'red'") == "/etc/v.toml:1: unknown key 'colour'")
    }

    @Test func unknownKeyInEnvironmentWithSuggestion() {
        #expect(loadError(environment: ["VITRINE_PROT": "80"]) == "VITRINE_PROT: unknown key 'prot' (did you mean 'port'?)")
        #expect(loadError(environment: ["VITRINE_DATADIR": "/x"]) == "VITRINE_DATADIR: unknown key 'datadir' (did you mean 'data-dir'?)")
    }

    @Test func unknownEnvironmentVariableIsRefusedUnlessIgnored() {
        #expect(loadError(environment: ["VITRINE_CONFIG": "/etc/x.toml"]) == "VITRINE_CONFIG: unknown key 'config'")
        #expect(loadError(environment: ["VITRINE_CONFIG": "/etc/x.toml"], ignoredEnvironment: ["VITRINE_CONFIG"]) == nil)
        #expect(loadError(environment: ["VITRINEPORT": "1", "vitrine_port": "x"]) == nil)
    }

    @Test func unknownKeyInFlagWithSuggestion() {
        #expect(loadError(overrides: ["prot=80"]) == "--set prot=80: unknown key 'prot' (did you mean 'port'?)")
    }

    @Test func unknownKeyInBaseDefaults() {
        #expect(loadError(base: ["data_dir": "/x"]) == "base default data_dir=/x: unknown key 'data_dir' (did you mean 'data-dir'?)")
    }

    @Test(arguments: ["port", "=80", ""])
    func malformedOverride(text: String) {
        #expect(loadError(overrides: [text]) == "--set \(text): expected key=value")
    }

    @Test func wrongTypeInFile() {
        #expect(loadError(file: "port = \"8080\"") == "/etc/v.toml:1: port must be an integer, got a string")
        #expect(loadError(file: "name = 12") == "/etc/v.toml:1: name must be a string, got an integer")
        #expect(loadError(file: "verbose = 'yes'") == "/etc/v.toml:1: verbose must be a boolean, got a string")
        #expect(loadError(file: "level = [\"low\"]") == "/etc/v.toml:1: level must be a string, got an array")
        #expect(loadError(file: "address = true") == "/etc/v.toml:1: address must be a string, got a boolean")
    }

    @Test func malformedTextValues() {
        #expect(loadError(environment: ["VITRINE_PORT": "abc"]) == "VITRINE_PORT: 'abc' is not an integer (port)")
        #expect(loadError(overrides: ["port=08080"]) == "--set port=08080: '08080' is not an integer (port)")
        #expect(loadError(overrides: ["port= 80"]) == "--set port= 80: ' 80' is not an integer (port)")
        #expect(loadError(environment: ["VITRINE_VERBOSE": "maybe"])
                == "VITRINE_VERBOSE: 'maybe' is not a boolean (verbose: use true/false, yes/no or 1/0)")
    }

    @Test func outOfRange() {
        #expect(loadError(overrides: ["port=70000"]) == "--set port=70000: port must be between 1 and 65535, got 70000")
        #expect(loadError(environment: ["VITRINE_PORT": "0"]) == "VITRINE_PORT: port must be between 1 and 65535, got 0")
        #expect(loadError(file: "[net]\nmtu = 100") == "/etc/v.toml:2: net.mtu must be between 576 and 9000, got 100")
        #expect(loadError(base: ["port": "-1"]) == "base default port=-1: port must be between 1 and 65535, got -1")
    }

    @Test func wrongEnumerationListsTheAllowedValues() {
        #expect(loadError(file: "level = 'medium'") == "/etc/v.toml:1: level must be one of low, high; got 'medium'")
        #expect(loadError(environment: ["VITRINE_LEVEL": "HIGH"]) == "VITRINE_LEVEL: level must be one of low, high; got 'HIGH'")
    }

    @Test func malformedAddress() {
        #expect(loadError(file: "address = 'localhost'") == "/etc/v.toml:1: 'localhost' is not an IPv4 or IPv6 address (address)")
        #expect(loadError(overrides: ["address=256.0.0.1"]) == "--set address=256.0.0.1: '256.0.0.1' is not an IPv4 or IPv6 address (address)")
    }

    @Test func emptyOrNULPath() {
        #expect(loadError(file: "data-dir = ''") == "/etc/v.toml:1: data-dir must not be empty")
        #expect(loadError(environment: ["VITRINE_DATA_DIR": ""]) == "VITRINE_DATA_DIR: data-dir must not be empty")
        #expect(loadError(overrides: ["data-dir=a\0b"]) == "--set data-dir=a\0b: data-dir must not contain a NUL character")
        #expect(loadError(file: "data-dir = \"a\\u0000b\"") == "/etc/v.toml:1: data-dir must not contain a NUL character")
    }

    @Test func duplicateKeyInFile() {
        #expect(loadError(file: "port = 1\n# again\nport = 2") == "/etc/v.toml:3: duplicate key 'port' (first set on line 1)")
    }

    @Test func syntaxErrorInFile() {
        #expect(loadError(file: "port = 1\nname = \"open") == "/etc/v.toml:2: unterminated string")
    }

    @Test func lowerLayerIsReportedFirst() {
        #expect(loadError(file: "port = 0", environment: ["VITRINE_PORT": "x"], overrides: ["port=y"])
                == "/etc/v.toml:1: port must be between 1 and 65535, got 0")
    }
}
