/// Which layer a resolved value came from, so diagnostics can answer "why is the port 9090?".
public enum ConfigSource: Sendable, Equatable, CustomStringConvertible {
    /// The schema's own default.
    case `default`
    /// A default the caller derived from its surroundings, e.g. systemd's `$STATE_DIRECTORY`.
    case base
    /// A line of the configuration file.
    case file(path: String, line: Int)
    /// A `VITRINE_*` environment variable.
    case environment(name: String)
    /// A command-line flag (`--set key=value` or a dedicated flag).
    case flag

    /// As shown after "from" in a dump: `default`, `/etc/vitrine/vitrine.toml:3`, `VITRINE_PORT`.
    public var description: String {
        switch self {
        case .default: "default"
        case .base: "base default"
        case .file(let path, let line): "\(path):\(line)"
        case .environment(let name): name
        case .flag: "command line"
        }
    }
}
