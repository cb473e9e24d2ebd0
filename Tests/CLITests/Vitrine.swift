import Foundation
import TestSupport

/// Runs the real `vitrine` executable built next to the test bundle.
enum Vitrine {
    static let executable: String = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("vitrine").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath + "/.build/debug/vitrine"
    }()

    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.path
    }()

    struct Outcome {
        let status: Int32
        let output: String
        let error: String
    }

    /// Runs to completion with a clean environment plus `environment`.
    static func run(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> Outcome {
        let process = start(arguments, environment: environment, directory: directory)
        let out = process.standardOutput as! Pipe
        let err = process.standardError as! Pipe
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                       error: String(decoding: error, as: UTF8.self))
    }

    static func start(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var base = ["PATH": "/usr/bin:/bin"]
        base.merge(environment) { $1 }
        process.environment = base
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? repositoryRoot)
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        return process
    }

    static func temporaryDirectory() throws -> String {
        let path = Scratch.root + "/vitrine-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length)
                return getsockname(fd, pointer, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Polls `/healthz` until 200 or the process dies; returns the body.
    static func waitForHealth(port: Int, process: Process, seconds: Double = 10) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline && process.isRunning {
            if let (status, body) = get(port: port, path: "/healthz"), status == 200 { return body }
            usleep(20_000)
        }
        return nil
    }

    static func get(port: Int, path: String) -> (Int, String)? {
        guard let url = URL(string: "http://127.0.0.1:\(port)\(path)"),
              let (data, response) = try? HTTPClient.get(url) else { return nil }
        return (response.statusCode, String(decoding: data, as: UTF8.self))
    }
}
