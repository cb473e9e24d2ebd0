import CCurl
import Glibc

/// HTTPS (or loopback HTTP) over libcurl with the system's CA store: no redirects followed, only
/// http and https, bounded connect and total times, no signals (it runs on its own thread).
public struct CurlTransport: ReportTransport {
    /// Answers larger than this are cut: the hub's acknowledgement is a list of ids.
    static let maximumReplyBytes = 4 << 20
    private static let initialised: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    public init() { _ = Self.initialised }

    public func post(_ url: String, headers: [(String, String)], body: [UInt8]) throws(TransportFailure) -> HTTPReply {
        try perform(url, headers: headers, body: body)
    }

    public func get(_ url: String, headers: [(String, String)]) throws(TransportFailure) -> HTTPReply {
        try perform(url, headers: headers, body: nil)
    }

    /// One request: a POST of `body`, or a GET when it is nil.
    private func perform(_ url: String, headers: [(String, String)], body: [UInt8]?) throws(TransportFailure) -> HTTPReply {
        guard Self.initialised, let handle = curl_easy_init() else { throw TransportFailure("libcurl could not start") }
        defer { curl_easy_cleanup(handle) }
        var list: UnsafeMutablePointer<curl_slist>?
        for (name, value) in headers + [("Expect", "")] { list = curl_slist_append(list, "\(name): \(value)") }
        defer { curl_slist_free_all(list) }
        let reply = ReplyCollector()
        let code: CURLcode = (body ?? []).withUnsafeBytes { bytes in
            configure(handle, url: url, headers: list, body: body == nil ? nil : bytes, reply: reply)
            return curl_easy_perform(handle)
        }
        guard code == CURLE_OK else { throw TransportFailure(String(cString: curl_easy_strerror(code))) }
        var status = 0
        _ = vitrine_curl_response_code(handle, &status)
        return HTTPReply(status: status, retryAfter: reply.retryAfter, body: reply.body)
    }

    private func configure(_ handle: UnsafeMutableRawPointer, url: String, headers: UnsafeMutablePointer<curl_slist>?,
                           body: UnsafeRawBufferPointer?, reply: ReplyCollector) {
        let context = Unmanaged.passUnretained(reply).toOpaque()
        _ = vitrine_curl_set_string(handle, CURLOPT_URL, url)
        _ = vitrine_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = vitrine_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        _ = vitrine_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = vitrine_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT, 10)
        _ = vitrine_curl_set_long(handle, CURLOPT_TIMEOUT, 30)
        if let body {
            _ = vitrine_curl_set_long(handle, CURLOPT_POST, 1)
            _ = vitrine_curl_set_size(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
            _ = vitrine_curl_set_pointer(handle, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: body.baseAddress))
        } else {
            _ = vitrine_curl_set_long(handle, CURLOPT_HTTPGET, 1)
        }
        _ = vitrine_curl_set_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(headers))
        _ = vitrine_curl_set_string(handle, CURLOPT_USERAGENT, "vitrine-kiosk")
        _ = vitrine_curl_set_write(handle, CURLOPT_WRITEFUNCTION, ReplyCollector.bodyCallback)
        _ = vitrine_curl_set_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = vitrine_curl_set_write(handle, CURLOPT_HEADERFUNCTION, ReplyCollector.headerCallback)
        _ = vitrine_curl_set_pointer(handle, CURLOPT_HEADERDATA, context)
    }
}

/// Gathers the answer's body and its `Retry-After` while libcurl reads them.
private final class ReplyCollector {
    var body: [UInt8] = []
    var retryAfter: String?

    static let bodyCallback: vitrine_curl_write_callback = { data, size, count, context in
        let collector = Unmanaged<ReplyCollector>.fromOpaque(context!).takeUnretainedValue()
        let length = size * count
        guard let data, collector.body.count + length <= CurlTransport.maximumReplyBytes else { return 0 }
        collector.body.append(contentsOf: UnsafeRawBufferPointer(start: data, count: length))
        return length
    }

    static let headerCallback: vitrine_curl_write_callback = { data, size, count, context in
        let collector = Unmanaged<ReplyCollector>.fromOpaque(context!).takeUnretainedValue()
        let length = size * count
        guard let data else { return length }
        let line = String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
        if line.lowercased().hasPrefix("retry-after:") {
            collector.retryAfter = String(line.dropFirst(12).filter { $0 != " " && $0 != "\r" && $0 != "\n" })
        }
        return length
    }
}
