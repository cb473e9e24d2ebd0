import Glibc

/// Secrets typed at a terminal (admin PIN, dashboard password): echo off while typing, asked
/// twice; from a pipe, one line as it comes (for scripts).
enum HiddenInput {
    /// The secret, asked twice on a terminal; `what` names it in the prompts and the refusal.
    static func twice(_ prompt: String, what: String) throws(CLIError) -> String {
        guard isatty(STDIN_FILENO) == 1 else { return readLine(strippingNewline: true) ?? "" }
        let first = try line(prompt)
        guard try line("Again: ") == first else { throw CLIError("the two \(what) differ; nothing changed", exitCode: .usage) }
        return first
    }

    /// One line typed with echo off; echo comes back whatever happens.
    static func line(_ prompt: String) throws(CLIError) -> String {
        Terminal.error(prompt, newline: false)
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { throw CLIError("cannot read the terminal", exitCode: .io) }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            Terminal.error("")
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
