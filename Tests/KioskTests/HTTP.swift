import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Synchronous HTTP for tests (URLSession underneath; tests may use full Foundation).
enum HTTP {
    struct NoResponse: Error {}

    static func send(_ request: URLRequest) throws -> (Data, HTTPURLResponse) {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<(Data, HTTPURLResponse), any Error> = .failure(NoResponse())
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
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
