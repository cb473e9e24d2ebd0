import Glibc
import Hub

/// `vitrine hub set-admin-password NAME`: creates a dashboard account or resets its password
/// (its open sessions end). The password is read twice without echo on a terminal, or as one
/// line from stdin otherwise (scripts, provisioning), and stored as a salted PBKDF2 hash.
enum HubAdminPassword {
    static let command = CommandSpec(
        name: "set-admin-password",
        abstract: "Create a dashboard account or reset its password (read without echo, or one line from stdin).",
        discussion: """
            NAME: 1 to 64 of a-z, 0-9, '.', '_', '-' and '@'. The password needs at least \(AdminAccounts.minimumPasswordLength) \
            characters. The account's open sessions end. Log in at <public_base_url>/admin.
            """,
        options: Commands.configOptions,
        positionals: [("name", "The account's name, e.g. anne.martin.")],
        run: { arguments, command throws(CLIError) in
            let config = try ConfigOptions.resolve(arguments, command)
            let name = arguments.positionals[0]
            guard AdminAccounts.isValidName(name) else {
                throw CLIError(String(describing: AdminAccounts.Failure.invalidName(name)), exitCode: .usage)
            }
            let password = try read()
            let database = try HubDaemon.openDatabase(config)
            defer { database.close() }
            do {
                try AdminAccounts(database: database).setPassword(name: name, password: password)
            } catch let failure as AdminAccounts.Failure {
                throw CLIError(String(describing: failure), exitCode: .usage)
            } catch {
                throw CLIError(String(describing: error), exitCode: .io)
            }
            Terminal.output("password set for '\(name)'")
        })

    private static func read() throws(CLIError) -> String {
        try HiddenInput.twice("New password (at least \(AdminAccounts.minimumPasswordLength) characters): ", what: "passwords")
    }
}
