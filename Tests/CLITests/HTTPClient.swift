import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Synchronous GET for process-level tests.
enum HTTPClient {
    struct NoResponse: Error {}

    static func get(_ url: URL) throws -> (Data, HTTPURLResponse) {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<(Data, HTTPURLResponse), any Error> = .failure(NoResponse())
        var request = URLRequest(url: url)
        request.timeoutInterval = 5
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let response = response as? HTTPURLResponse { result = .success((data ?? Data(), response)) }
            else { result = .failure(error ?? NoResponse()) }
            done.signal()
        }.resume()
        done.wait()
        return try result.get()
    }
}
