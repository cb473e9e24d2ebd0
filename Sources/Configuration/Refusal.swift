/// Why a value or a line was refused, before the caller knows where it came from.
///
/// Parsing and checking do not know whether text came from a file, the environment or a flag;
/// the layer that does wraps the reason into a `ConfigError` with that location.
struct Refusal: Error {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }

    func at(_ location: String) -> ConfigError {
        ConfigError(location: location, reason: reason)
    }
}
