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
        #expect(config.integer("port") == 8080)
        #expect(config.string("name") == "kiosk")
        #expect(config.boolean("verbose") == false)
        #expect(config.source(of: "port") == .default)
    }

    @Test func baseBeatsDefault() throws {
        let config = try load(base: base)
        #expect(config.integer("port") == 2000)
        #expect(config.source(of: "port") == .base)
    }

    @Test func fileBeatsBase() throws {
        let config = try load(file: file, base: base)
        #expect(config.integer("port") == 3000)
        #expect(config.source(of: "port") == .file(path: "/etc/v.toml", line: 3))
    }

    @Test func environmentBeatsFile() throws {
        let config = try load(file: file, environment: environment, base: base)
        #expect(config.integer("port") == 4000)
        #expect(config.source(of: "port") == .environment(name: "VITRINE_PORT"))
    }

    @Test func overrideBeatsEverything() throws {
        let config = try load(file: file, environment: environment, overrides: overrides, base: base)
        #expect(config.integer("port") == 5000)
        #expect(config.source(of: "port") == .flag)
    }

    @Test func lastOverrideWins() throws {
        let config = try load(overrides: ["port=1", "name=a", "port=2"])
        #expect(config.integer("port") == 2)
        #expect(config.string("name") == "a")
    }

    @Test func eachKeyComesFromItsOwnHighestLayer() throws {
        let config = try load(
            file: "name = 'from file'\nlevel = \"high\"\n[net]\nmtu = 9000",
            environment: ["VITRINE_VERBOSE": "yes", "VITRINE_DATA_DIR": "/srv/v", "PATH": "/bin"],
            overrides: ["address=::1"],
            base: ["data-dir": "/var/lib/vitrine", "name": "from base"])
        #expect(config.string("name") == "from file")
        #expect(config.string("level") == "high")
        #expect(config.integer("net.mtu") == 9000)
        #expect(config.boolean("verbose"))
        #expect(config.string("data-dir") == "/srv/v")
        #expect(config.string("address") == "::1")
        #expect(config.integer("port") == 8080)
        #expect(config.source(of: "net.mtu") == .file(path: "/etc/v.toml", line: 4))
        #expect(config.source(of: "data-dir") == .environment(name: "VITRINE_DATA_DIR"))
        #expect(config.source(of: "address") == .flag)
        #expect(config.source(of: "port") == .default)
    }

    @Test(arguments: [("true", true), ("YES", true), ("1", true), ("false", false), ("No", false), ("0", false)])
    func textBooleans(text: String, expected: Bool) throws {
        #expect(try load(file: "verbose = \(!expected)", environment: ["VITRINE_VERBOSE": text]).boolean("verbose") == expected)
        #expect(try load(overrides: ["verbose=\(text)"]).boolean("verbose") == expected)
    }

    @Test func textIntegersAcceptSeparatorsAndSigns() throws {
        #expect(try load(environment: ["VITRINE_PORT": "8_443"]).integer("port") == 8443)
        #expect(try load(overrides: ["port=+443"]).integer("port") == 443)
    }

    @Test func overrideValueMayContainEquals() throws {
        #expect(try load(overrides: ["name=a=b"]).string("name") == "a=b")
        #expect(try load(overrides: ["name="]).string("name") == "")
    }

    @Test func ignoredEnvironmentVariablesAreSkipped() throws {
        let config = try load(environment: ["VITRINE_CONFIG": "/etc/other.toml", "HOME": "/root"],
                              ignoredEnvironment: ["VITRINE_CONFIG"])
        #expect(config.integer("port") == 8080)
    }
}
