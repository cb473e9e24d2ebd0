// swift-tools-version:6.0
import Foundation
import PackageDescription

/// One executable, `vitrine`, over small modules with IO at the edges (see README, "Architecture").
let package = Package(
    name: "vitrine",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vitrine", targets: ["vitrine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(name: "CMicroHTTPD", pkgConfig: "libmicrohttpd",
                       providers: [.apt(["libmicrohttpd-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode",
                       providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto",
                       providers: [.apt(["libssl-dev"])]),
        // Loaded at first use (CLibraryLoader), not linked: headers from libcairo2-dev and
        // libcups2-dev; at run time libpangocairo-1.0-0 and libcups2.
        .target(name: "CLibraryLoader"),
        .target(name: "CPangoCairo", dependencies: ["CLibraryLoader"]),
        .target(name: "CCups", dependencies: ["CLibraryLoader"]),

        .target(name: "HTTPServer", dependencies: [
            "CMicroHTTPD", "LocalFiles",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Storage", dependencies: ["CSQLite"]),
        .target(name: "Configuration"),
        .target(name: "JSON"),
        .target(name: "Time"),
        .target(name: "Tokens", dependencies: ["CCrypto"]),
        .target(name: "LocalFiles"),
        .target(name: "Onboarding", dependencies: ["JSON", "Time", "LocalFiles"]),
        .target(name: "QRCode", dependencies: ["CQREncode", "CZlib"]),
        .target(name: "ChildProcess"),
        .target(name: "PosterPDF", dependencies: ["CPangoCairo", "ChildProcess", "QRCode", "JSON"]),
        .target(name: "Printing", dependencies: ["CCups"]),
        .target(name: "Speech", dependencies: ["ChildProcess"]),
        .target(name: "Pages", dependencies: ["Onboarding", "JSON", "Time", "Tokens"]),
        .target(name: "HubPages", dependencies: ["Pages", "Onboarding", "Time", "Tokens"]),
        .target(name: "PublicPages", dependencies: [
            "HTTPServer", "Onboarding", "Pages", "QRCode", "PosterPDF", "ReportProtocol", "Time",
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The kiosk–hub contract: event types, typed payloads, wire types, signatures (both sides),
        // and the kiosk's outbox (its tables, writer and reader).
        .target(name: "ReportProtocol", dependencies: ["JSON", "Tokens"]),
        .target(name: "ReportOutbox", dependencies: ["ReportProtocol", "Storage", "JSON", "Time", "Tokens"]),
        .target(name: "Upstream", dependencies: [
            "CCurl", "ReportOutbox", "ReportProtocol", "JSON", "Time", "Tokens",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Hub", dependencies: [
            "HTTPServer", "Storage", "Pages", "HubPages", "PublicPages", "ReportProtocol", "Onboarding", "QRCode", "JSON", "Time", "Tokens",
            "LocalFiles", .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Systemd", dependencies: [
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Kiosk", dependencies: [
            "HTTPServer", "Storage", "JSON", "Time", "Tokens", "Onboarding", "QRCode", "Pages", "PublicPages", "LocalFiles",
            "ReportOutbox", "ReportProtocol", "PosterPDF", "Printing", "Speech", .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "vitrine", dependencies: [
            "HTTPServer", "Storage", "Configuration", "Systemd", "Kiosk", "Onboarding", "LocalFiles", "QRCode", "Upstream", "Hub", "Printing", "PosterPDF",
            "ReportOutbox", "ReportProtocol",
            "JSON", "Time", "Tokens",
            .product(name: "Logging", package: "swift-log"),
        ]),

        // A child process for the crash-safety test: writes in a loop until SIGKILLed.
        .executableTarget(name: "vitrine-crashloop", dependencies: ["Storage"],
                          path: "Tests/Support/CrashLoop"),

        // Benchmark of QR generation in process (scripts/bench compares it with the qrencode command).
        .executableTarget(name: "vitrine-qrbench", dependencies: ["QRCode"], path: "bench/QRBench"),

        // What several test targets share: a scratch folder removed at exit, and a trait that
        // keeps waiting tests off Swift's cooperative thread pool.
        .target(name: "TestSupport", path: "Tests/Support/TestSupport"),

        .testTarget(name: "HTTPServerTests", dependencies: ["TestSupport", "HTTPServer"]),
        .testTarget(name: "StorageTests", dependencies: ["TestSupport", "Storage", "vitrine-crashloop"]),
        .testTarget(name: "ConfigurationTests", dependencies: ["Configuration"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "TimeTests", dependencies: ["Time"]),
        .testTarget(name: "TokensTests", dependencies: ["Tokens"]),
        .testTarget(name: "LocalFilesTests", dependencies: ["TestSupport", "LocalFiles"]),
        .testTarget(name: "QRCodeTests", dependencies: ["TestSupport", "QRCode"]),
        .testTarget(name: "PagesTests", dependencies: ["Pages", "Onboarding", "JSON", "Time"]),
        .testTarget(name: "OnboardingTests", dependencies: ["Onboarding", "JSON", "Time"]),
        .testTarget(name: "KioskTests", dependencies: ["TestSupport", "Kiosk", "HTTPServer", "Storage", "Onboarding", "ReportProtocol"]),
        .testTarget(name: "SpeechTests", dependencies: ["Speech"]),
        .testTarget(name: "ChildProcessTests", dependencies: ["ChildProcess"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "vitrine"]),
        .testTarget(name: "ReportProtocolTests", dependencies: ["ReportProtocol", "JSON"]),
        .testTarget(name: "ReportOutboxTests", dependencies: ["ReportOutbox", "ReportProtocol", "JSON"]),
        .testTarget(name: "UpstreamTests", dependencies: ["TestSupport", "Upstream", "ReportOutbox", "ReportProtocol", "Kiosk", "Storage", "JSON", "HTTPServer"]),
        .testTarget(name: "HubTests", dependencies: ["TestSupport", "Hub", "HubPages", "Pages", "HTTPServer", "Storage", "ReportProtocol", "Onboarding", "JSON", "Time", "Tokens"]),
        .testTarget(name: "SystemdTests", dependencies: ["TestSupport", "Systemd"]),
    ],
    swiftLanguageModes: [.v6]
)

// Fuzz targets (`make fuzz`): built only with VITRINE_FUZZ=1 and -sanitize=fuzzer, since
// libFuzzer brings its own main.
if ProcessInfo.processInfo.environment["VITRINE_FUZZ"] != nil {
    package.targets.append(.executableTarget(
        name: "vitrine-fuzz",
        dependencies: ["HTTPServer", "Kiosk", "Storage", "Onboarding", "Pages", "JSON", "Configuration", "Time",
                       .product(name: "Logging", package: "swift-log")],
        path: "Fuzz/Sources"))
}
