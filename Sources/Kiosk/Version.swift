/// The version shown by `vitrine --version`, `/healthz` and the OpenAPI document.
public enum Version {
    public static let current = "0.1.0"
}
