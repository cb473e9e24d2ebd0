import CCurl
import Glibc

/// The hub's address as libcurl itself reads it (`curl_url`), so the check that allows plain
/// HTTP only to loopback looks at the very host the transport will connect to: with
/// `http://127.0.0.1:1@hub.attacker.invalid` libcurl sees the user `127.0.0.1`, the password `1`
/// and the host `hub.attacker.invalid`, and so does this check.
public struct HubAddress: Sendable, Equatable {
    public let scheme: String
    public let host: String
    /// A user name or password before the host (`user:password@host`).
    public let carriesCredentials: Bool

    /// Why a `hub_url` cannot be used; the message names the fix.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unreadable(String)
        case credentials
        case scheme(String)
        case plainHTTP(host: String)

        public var description: String {
            switch self {
            case .unreadable(let reason): "is not a URL libcurl can read (\(reason))"
            case .credentials: "must not carry a user name or password (user@host)"
            case .scheme(let scheme): "must be https:// (not \(scheme)://)"
            case .plainHTTP(let host): "must be https://: plain http only to loopback (localhost, 127.x.x.x, [::1]), not to '\(host)', or with hub_allow_http"
            }
        }
    }

    /// Parses with libcurl; refuses user information, schemes other than http(s), and plain
    /// HTTP to a host that is not loopback unless `allowHTTP`.
    public static func check(_ url: String, allowHTTP: Bool) throws(Problem) -> HubAddress {
        let address = try parse(url)
        if address.carriesCredentials { throw .credentials }
        if address.scheme == "https" { return address }
        guard address.scheme == "http" else { throw .scheme(address.scheme) }
        guard address.isLoopback || allowHTTP else { throw .plainHTTP(host: address.host) }
        return address
    }

    /// `localhost`, `[::1]` or an IPv4 address in 127.0.0.0/8, as libcurl normalised the host.
    public var isLoopback: Bool {
        if host == "localhost" || host == "[::1]" { return true }
        var address = in_addr()
        guard inet_pton(AF_INET, host, &address) == 1 else { return false }
        return UInt32(bigEndian: address.s_addr) >> 24 == 127
    }

    static func parse(_ url: String) throws(Problem) -> HubAddress {
        guard let handle = curl_url() else { throw .unreadable("out of memory") }
        defer { curl_url_cleanup(handle) }
        let status = curl_url_set(handle, CURLUPART_URL, url, 0)
        guard status == CURLUE_OK else { throw .unreadable(String(cString: curl_url_strerror(status))) }
        guard let scheme = part(handle, CURLUPART_SCHEME), let host = part(handle, CURLUPART_HOST) else {
            throw .unreadable("no scheme or host")
        }
        let credentials = part(handle, CURLUPART_USER) != nil || part(handle, CURLUPART_PASSWORD) != nil
        return HubAddress(scheme: scheme.lowercased(), host: host.lowercased(), carriesCredentials: credentials)
    }

    private static func part(_ handle: OpaquePointer, _ which: CURLUPart) -> String? {
        var text: UnsafeMutablePointer<CChar>?
        guard curl_url_get(handle, which, &text, 0) == CURLUE_OK, let text else { return nil }
        defer { curl_free(text) }
        return String(cString: text)
    }
}
