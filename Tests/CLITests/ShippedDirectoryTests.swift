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
}
