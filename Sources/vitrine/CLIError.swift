/// An error at the command line's edge: one message for the operator and a documented exit code.
struct CLIError: Error, CustomStringConvertible {
    /// sysexits(3) values, listed in `vitrine --help`.
    enum Code: Int32 {
        case failure = 1
        case usage = 64
        case data = 65
        case unavailable = 69
        case cannotCreate = 73
        case io = 74
        /// The state directory is in use (a running daemon during a restore, or the reverse).
        case temporaryFailure = 75
        case configuration = 78
    }

    let description: String
    let exitCode: Code

    init(_ description: String, exitCode: Code) {
        self.description = description
        self.exitCode = exitCode
    }
}
