import ChildProcess
import Testing

@Suite("A helper program run with its input and a deadline")
struct ChildProcessTests {
    @Test func theOutputComesBackWhole() throws {
        let input = Array(repeating: Array("Bonjour, boulangerie ! ".utf8), count: 2_000).flatMap { $0 }
        let finished = try ChildProcess.run(["cat"], input: input, timeoutMilliseconds: 10_000)
        #expect(finished.output == input && finished.status == 0 && finished.inputSent)
    }

    /// Written whole before the output is read, more than a pipe holds could block both sides.
    @Test func inputLargerThanAPipeIsRefused() {
        #expect(throws: ChildProcess.Failure.inputTooLarge(bytes: ChildProcess.inputLimit + 1)) {
            try ChildProcess.run(["cat"], input: [UInt8](repeating: 65, count: ChildProcess.inputLimit + 1), timeoutMilliseconds: 1000)
        }
    }

    @Test func aChildPastItsDeadlineIsKilled() {
        #expect(throws: ChildProcess.Failure.self) {
            try ChildProcess.run(["sleep", "30"], input: [], timeoutMilliseconds: 300)
        }
    }

    @Test func aMissingProgramSaysSo() {
        #expect {
            try ChildProcess.run(["/nonexistent/vitrine-helper"], input: [], timeoutMilliseconds: 1000)
        } throws: { error in
            guard case .cannotStart(let program, _)? = error as? ChildProcess.Failure else { return false }
            return program == "/nonexistent/vitrine-helper"
        }
    }

    @Test func aFailingChildGivesItsStatus() throws {
        let finished = try ChildProcess.run(["false"], input: [], timeoutMilliseconds: 5000)
        #expect(finished.status != 0 && finished.output.isEmpty)
    }
}
