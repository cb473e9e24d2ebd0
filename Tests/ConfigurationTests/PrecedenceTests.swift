import Configuration
import Testing

/// schema default < base defaults < file < VITRINE_* environment < overrides.
struct PrecedenceTests {
    private let file = "\n\nport = 3000\n"
    private let environment = ["VITRINE_PORT": "4000"]
    private let overrides = ["port=5000"]
    private let base = ["port": "2000"]

    @Test func defaultsWhenNoLayerSetsAKey() throws {
        let config = try load()
        #expect(config[TestKeys.port] == 8080)
        #expect(config[TestKeys.name] == "kiosk")
        #expect(config[TestKeys.verbose] == false)
        #expect(config.source(of: TestKeys.port) == .default)
    }

    @Test func baseBeatsDefault() throws {
        let config = try load(base: base)
        #expect(config[TestKeys.port] == 2000)
        #expect(config.source(of: TestKeys.port) == .base)
    }

    @Test func fileBeatsBase() throws {
        let config = try load(file: file, base: base)
        #expect(config[TestKeys.port] == 3000)
        #expect(config.source(of: TestKeys.port) == .file(path: "/etc/v.toml", line: 3))
    }

    @Test func environmentBeatsFile() throws {
        let config = try load(file: file, environment: environment, base: base)
        #expect(config[TestKeys.port] == 4000)
        #expect(config.source(of: TestKeys.port) == .environment(name: "VITRINE_PORT"))
    }

    @Test func overrideBeatsEverything() throws {
        let config = try load(file: file, environment: environment, overrides: overrides, base: base)
        #expect(config[TestKeys.port] == 5000)
        #expect(config.source(of: TestKeys.port) == .flag)
    }

    @Test func lastOverrideWins() throws {
        let config = try load(overrides: ["port=1", "name=a", "port=2"])
        #expect(config[TestKeys.port] == 2)
        #expect(config[TestKeys.name] == "a")
    }

    @Test func eachKeyComesFromItsOwnHighestLayer() throws {
        let config = try load(
            file: "name = 'from file'\nlevel = \"high\"\n[net]\nmtu = 9000",
            environment: ["VITRINE_VERBOSE": "yes", "VITRINE_DATA_DIR": "/srv/v", "PATH": "/bin"],
            overrides: ["address=::1"],
            base: ["data-dir": "/var/lib/vitrine", "name": "from base"])
        #expect(config[TestKeys.name] == "from file")
        #expect(config[TestKeys.level] == "high")
        #expect(config[TestKeys.mtu] == 9000)
        #expect(config[TestKeys.verbose])
        #expect(config[TestKeys.dataDirectory] == "/srv/v")
        #expect(config[TestKeys.address] == "::1")
        #expect(config[TestKeys.port] == 8080)
        #expect(config.source(of: TestKeys.mtu) == .file(path: "/etc/v.toml", line: 4))
        #expect(config.source(of: TestKeys.dataDirectory) == .environment(name: "VITRINE_DATA_DIR"))
        #expect(config.source(of: TestKeys.address) == .flag)
        #expect(config.source(of: TestKeys.port) == .default)
    }

    @Test(arguments: [("true", true), ("YES", true), ("1", true), ("false", false), ("No", false), ("0", false)])
    func textBooleans(text: String, expected: Bool) throws {
        #expect(try load(file: "verbose = \(!expected)", environment: ["VITRINE_VERBOSE": text])[TestKeys.verbose] == expected)
        #expect(try load(overrides: ["verbose=\(text)"])[TestKeys.verbose] == expected)
    }

    @Test func textIntegersAcceptSeparatorsAndSigns() throws {
        #expect(try load(environment: ["VITRINE_PORT": "8_443"])[TestKeys.port] == 8443)
        #expect(try load(overrides: ["port=+443"])[TestKeys.port] == 443)
    }

    @Test func overrideValueMayContainEquals() throws {
        #expect(try load(overrides: ["name=a=b"])[TestKeys.name] == "a=b")
        #expect(try load(overrides: ["name="])[TestKeys.name] == "")
    }

    @Test func ignoredEnvironmentVariablesAreSkipped() throws {
        let config = try load(environment: ["VITRINE_CONFIG": "/etc/other.toml", "HOME": "/root"],
                              ignoredEnvironment: ["VITRINE_CONFIG"])
        #expect(config[TestKeys.port] == 8080)
    }
}
