import Foundation
import TestSupport
import Testing

@Suite("Content and UI found from any working directory", .ownThreads)
struct ShippedDirectoryTests {
    @Test func adminDemoWorksOutsideTheCheckoutEvenFromACopiedBinary() throws {
        let directory = try Vitrine.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let copy = directory + "/vitrine"
        try FileManager.default.copyItem(atPath: Vitrine.executable, toPath: copy)
        let state = directory + "/state"
        let fromTmp = try Vitrine.run(["admin", "demo", "--state-directory", state], directory: "/tmp")
        #expect(fromTmp.status == 0, "\(fromTmp.error)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: copy)
        process.arguments = ["admin", "demo", "--state-directory", state]
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func aPathSetByTheOperatorIsTakenAsGivenAndItsFailureNamed() throws {
        let directory = try Vitrine.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let outcome = try Vitrine.run(["admin", "demo", "--state-directory", directory, "--set", "content_directory=nowhere"],
                                      directory: directory)
        #expect(outcome.status == 78)
        #expect(outcome.error == "vitrine: content_directory 'nowhere': No such file or directory\n")
    }

    @Test func serveFromElsewhereFindsTheUIAndTheAPIDocument() throws {
        let directory = try Vitrine.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let port = Vitrine.freePort()
        let process = Vitrine.start(["serve", "--port", "\(port)", "--state-directory", directory + "/state"], directory: "/")
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        #expect(Vitrine.waitForHealth(port: port, process: process) != nil)
        let document = Vitrine.get(port: port, path: "/api/v1/openapi.json")
        #expect(document?.0 == 200 && document?.1.contains("\"openapi\"") == true)
    }

    @Test func aMissingAPIDocumentIsNamed() throws {
        let directory = try Vitrine.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let outcome = try Vitrine.run(["serve", "--port", "\(Vitrine.freePort())", "--state-directory", directory,
                                       "--set", "api_document=nowhere.json"], directory: directory)
        #expect(outcome.status == 78)
        #expect(outcome.error.contains("api_document 'nowhere.json': No such file or directory"))
    }
}
