import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Synchronous HTTP for tests (URLSession underneath; tests may use full Foundation).
enum HTTP {
    struct NoResponse: Error {}

    /// One request; with `following` false a redirect is the answer, not followed.
    static func send(_ request: URLRequest, following: Bool = true) throws -> (Data, HTTPURLResponse) {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<(Data, HTTPURLResponse), any Error> = .failure(NoResponse())
        let session = following ? URLSession.shared : URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
        defer { if !following { session.finishTasksAndInvalidate() } }
        let task = session.dataTask(with: request) { data, response, error in
            if let response = response as? HTTPURLResponse {
                result = .success((data ?? Data(), response))
            } else {
                result = .failure(error ?? NoResponse())
            }
            done.signal()
        }
        task.resume()
        done.wait()
        return try result.get()
    }
}
