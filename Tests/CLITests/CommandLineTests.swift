import Foundation
import TestSupport
import Testing

@Suite("The vitrine executable as an operator meets it", .serialized, .ownThreads)
struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let version = try Vitrine.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try Vitrine.run(["--help"])
        #expect(help.status == 0)
        for word in ["serve", "admin", "Exit codes", "VITRINE_"] { #expect(help.output.contains(word), "\(word)") }
        let adminHelp = try Vitrine.run(["admin", "--help"])
        #expect(adminHelp.output.contains("check") && adminHelp.output.contains("backup"))
    }

    @Test(arguments: [
        (["serve", "--prot", "1"], "unknown option '--prot' for 'vitrine serve'"),
        (["serve", "--port"], "option '--port' needs a value"),
        (["serve", "--port", "1", "--port=2"], "option '--port' is given twice"),
        (["admin", "backup"], "missing path for 'vitrine admin backup'"),
        (["admin", "backup", "a", "b"], "unexpected argument 'b'"),
        (["admin"], "a command is needed for 'vitrine admin'"),
        (["launch"], "unknown command 'launch' for 'vitrine'"),
        ([], "a command is needed for 'vitrine'"),
    ])
    func usageErrorsExitWith64(arguments: [String], message: String) throws {
        let outcome = try Vitrine.run(arguments)
        #expect(outcome.status == 64, "\(arguments)")
        #expect(outcome.error.hasPrefix("vitrine: \(message)"), "\(outcome.error)")
        #expect(outcome.error.contains("--help"))
    }

    @Test func everyCommandHasHelp() throws {
        for path in [["serve"], ["config"], ["admin"], ["admin", "check"], ["admin", "backup"], ["admin", "demo"]] {
            let help = try Vitrine.run(path + ["--help"])
            #expect(help.status == 0)
            #expect(help.output.hasPrefix("OVERVIEW: "), "\(path)")
            #expect(help.output.contains("USAGE: vitrine \(path.joined(separator: " "))"), "\(path)")
        }
        #expect(try Vitrine.run(["serve", "--help"]).output.contains("--port <port>"))
    }

    @Test func configShowsWhereEachValueCameFrom() throws {
        let outcome = try Vitrine.run(["config", "--set=port=8099", "--state-directory", "/tmp/x"], environment: ["VITRINE_THREADS": "3"])
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(outcome.output.contains("port = 8099  # from command line"))
        #expect(outcome.output.contains("threads = 3  # from VITRINE_THREADS"))
        #expect(outcome.output.contains("state_directory = \"/tmp/x\""))
        #expect(outcome.output.contains("address = \"127.0.0.1\"  # from default"))
    }

    @Test func configurationLayersFileThenEnvironmentThenFlags() throws {
        let directory = try Vitrine.temporaryDirectory()
        let (filePort, envPort, flagPort) = (Vitrine.freePort(), Vitrine.freePort(), Vitrine.freePort())
        try "port = \(filePort)\nlog_level = \"warning\"\n".write(toFile: directory + "/v.toml", atomically: true, encoding: .utf8)
        let base = ["serve", "--config", directory + "/v.toml", "--state-directory", directory + "/state"]
        for (arguments, environment, expected) in [
            (base, [String: String](), filePort),
            (base, ["VITRINE_PORT": "\(envPort)"], envPort),
            (base + ["--port", "\(flagPort)"], ["VITRINE_PORT": "\(envPort)"], flagPort),
            (base + ["--set", "port=\(flagPort)"], ["VITRINE_PORT": "\(envPort)"], flagPort),
        ] {
            let process = Vitrine.start(arguments, environment: environment)
            try process.run()
            #expect(Vitrine.waitForHealth(port: expected, process: process) != nil, "expected port \(expected)")
            process.terminate()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
    }

    @Test(arguments: [
        ("unknown key in file", "prot = 8080\n", [String: String](), [String](), "v.toml:1: unknown key 'prot' (did you mean 'port'?)"),
        ("wrong type in file", "port = \"8080\"\n", [:], [], "port must be an integer"),
        ("bad environment value", "", ["VITRINE_PORT": "abc"], [], "VITRINE_PORT"),
        ("unknown environment key", "", ["VITRINE_PROT": "1"], [], "VITRINE_PROT"),
        ("out of range flag", "", [:], ["--set", "port=70000"], "port must be between 1 and 65535"),
        ("bad enum", "", [:], ["--log-level", "loud"], "log_level"),
        ("bad address", "address = \"localhost:80\"\n", [:], [], "address"),
        ("syntax error", "port = 80 80\n", [:], [], "v.toml:1"),
    ])
    func badConfigurationIsRefusedNamingTheKey(label: String, file: String, environment: [String: String],
                                               flags: [String], message: String) throws {
        let directory = try Vitrine.temporaryDirectory()
        try file.write(toFile: directory + "/v.toml", atomically: true, encoding: .utf8)
        let outcome = try Vitrine.run(["serve", "--config", directory + "/v.toml", "--state-directory", directory + "/s"] + flags,
                                      environment: environment)
        #expect(outcome.status == 78, "\(label): \(outcome.error)")
        #expect(outcome.error.contains(message), "\(label): \(outcome.error)")
        #expect(outcome.error.hasPrefix("vitrine: "), "\(label)")
    }

    @Test func sigtermStopsCleanlyWithExitZero() throws {
        let directory = try Vitrine.temporaryDirectory()
        let port = Vitrine.freePort()
        let process = Vitrine.start(["serve", "--port", "\(port)", "--state-directory", directory],
                                    environment: ["JOURNAL_STREAM": "8:1"])
        try process.run()
        #expect(Vitrine.waitForHealth(port: port, process: process) != nil)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let log = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("<5>vitrine: listening on http://127.0.0.1:\(port)"))
        #expect(log.contains("<5>vitrine: stopped"))
        #expect(try Vitrine.run(["admin", "check", "--state-directory", directory]).output == "ok\n")
    }

    @Test func adminDemoPublishesTheDemoShopEvenWhileServing() throws {
        let directory = try Vitrine.temporaryDirectory()
        let port = Vitrine.freePort()
        let process = Vitrine.start(["serve", "--port", "\(port)", "--state-directory", directory])
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        #expect(Vitrine.waitForHealth(port: port, process: process) != nil)
        #expect(Vitrine.get(port: port, path: "/s/demo")?.0 == 404)
        let demo = try Vitrine.run(["admin", "demo", "--state-directory", directory, "--set", "public_base_url=https://hub.example"])
        #expect(demo.status == 0, "\(demo.error)")
        #expect(demo.output.hasPrefix("demo shop published: https://hub.example/s/demo"))
        let page = Vitrine.get(port: port, path: "/s/demo")
        #expect(page?.0 == 200 && page?.1.contains("application/ld+json") == true)
        #expect(try Vitrine.run(["admin", "demo", "--state-directory", directory]).status == 0, "running it again replaces the demo")
        #expect(try Vitrine.run(["config", "--set", "kiosk_id=Rue Mercière"]).status == 78)
    }

    @Test func aFileThatIsNotOurDatabaseStopsTheDaemonAndIsLeftAlone() throws {
        let directory = try Vitrine.temporaryDirectory()
        let path = directory + "/vitrine.sqlite"
        let original = Data("these are someone's notes, not a database\n".utf8)
        try original.write(to: URL(fileURLWithPath: path))
        let outcome = try Vitrine.run(["serve", "--port", "\(Vitrine.freePort())", "--state-directory", directory])
        #expect(outcome.status == 65)
        #expect(outcome.error.contains(path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
        #expect(try Vitrine.run(["admin", "check", "--state-directory", directory]).status == 65)
    }

    @Test func busyPortExitsWith69() throws {
        let directory = try Vitrine.temporaryDirectory()
        let port = Vitrine.freePort()
        let first = Vitrine.start(["serve", "--port", "\(port)", "--state-directory", directory + "/a"])
        try first.run()
        defer { first.terminate(); first.waitUntilExit() }
        #expect(Vitrine.waitForHealth(port: port, process: first) != nil)
        let second = try Vitrine.run(["serve", "--port", "\(port)", "--state-directory", directory + "/b"])
        #expect(second.status == 69)
        #expect(second.error.contains("cannot listen on 127.0.0.1 port \(port)"))
    }

    @Test func backupWritesACheckedCopyAndNeverOverwrites() throws {
        let directory = try Vitrine.temporaryDirectory()
        let port = Vitrine.freePort()
        let daemon = Vitrine.start(["serve", "--port", "\(port)", "--state-directory", directory + "/state"])
        try daemon.run()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        #expect(Vitrine.waitForHealth(port: port, process: daemon) != nil)
        try FileManager.default.createDirectory(atPath: directory + "/copy", withIntermediateDirectories: true)
        let copy = directory + "/copy/vitrine.sqlite"
        let backup = try Vitrine.run(["admin", "backup", copy, "--state-directory", directory + "/state"])
        #expect(backup.status == 0, "\(backup.error)")
        #expect(backup.output.contains("backup written to \(copy)"))
        #expect(try Vitrine.run(["admin", "check", "--state-directory", directory + "/copy"]).output == "ok\n")
        let again = try Vitrine.run(["admin", "backup", copy, "--state-directory", directory + "/state"])
        #expect(again.status == 73)
    }

    /// The operator copies the prefix line into the kiosk's settings; the same kiosk twice is refused (65).
    @Test func addKioskPrintsIdSecretAndPosterCodePrefix() throws {
        let directory = try Vitrine.temporaryDirectory()
        let first = try Vitrine.run(["hub", "add-kiosk", "borne-a", "--state-directory", directory])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.hasPrefix("id: borne-a\nsecret: whsec_") && first.output.contains("\nprefix: 10\n"))
        #expect(first.output.contains("hub_kiosk_id = \"borne-a\", hub_code_prefix = \"10\""))
        let second = try Vitrine.run(["hub", "add-kiosk", "borne-b", "--json", "--state-directory", directory])
        let json = try JSONSerialization.jsonObject(with: Data(second.output.utf8)) as? [String: String]
        #expect(json?["id"] == "borne-b" && json?["prefix"] == "11" && json?["secret"]?.hasPrefix("whsec_") == true)
        #expect(try Vitrine.run(["hub", "add-kiosk", "borne-a", "--state-directory", directory]).status == 65)
    }
}
