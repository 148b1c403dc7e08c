import Foundation

/// Runs the built `sellthrough` executable as a separate process, the way a user would.
struct CommandRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The repository root (the tests read `Scenarios/` from it).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The real-data excerpt (Online Retail II, weekly), relative to the repository.
    static let historyFile = "Tests/Fixtures/online-retail-ii/weekly_demand.csv"

    /// The executable built beside the test bundle (same build folder and configuration).
    /// On Linux the main bundle is the build folder itself; on macOS it is the `.xctest` bundle.
    static var executable: URL {
        let bundle = Bundle.main.bundleURL
        let buildFolder = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        return buildFolder.appendingPathComponent("sellthrough")
    }

    /// Runs `sellthrough arguments…` in `directory` (default: the repository root).
    static func run(_ arguments: [String], in directory: URL = repository) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// The text of `Tests/Fixtures/name`, a scenario or baseline shared with the workflows' tests.
    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent("Tests/Fixtures/" + name), encoding: .utf8)
    }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sellthrough-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every scenario file shipped in `Scenarios/`, sorted.
    static func bundledScenarios() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("Scenarios").path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
            .map { "Scenarios/" + $0 }
    }

    /// The bundled scenarios meant to be run by people: all but the `bench-*` catalogues of
    /// thousands of products, which the benchmark runs (the tests only validate them).
    static func everydayScenarios() throws -> [String] {
        try bundledScenarios().filter { !$0.hasPrefix("Scenarios/bench-") }
    }
}
