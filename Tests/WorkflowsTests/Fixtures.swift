import Foundation
import Testing
import Workflows

/// Paths, folders and small helpers the workflow tests share. Inputs are named by absolute
/// paths under the repository, so the tests do not depend on the working folder.
enum Fixtures {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The absolute path of `relative` in the repository.
    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static let quickstart = path("Scenarios/quickstart.yaml")
    static let history = path("Tests/Fixtures/online-retail-ii/weekly_demand.csv")
    static let products = path("Tests/Fixtures/online-retail-ii/products.csv")

    /// The provenance the tests' manifests name.
    static let provenance = Provenance(command: ["sellthrough-workflow-tests"])

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sellthrough-workflows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every scenario file shipped in `Scenarios/`, sorted, as absolute paths.
    static func bundledScenarios() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path("Scenarios"))
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
            .map { path("Scenarios/" + $0) }
    }

    /// The bundled scenarios meant to be run by people: all but the `bench-*` catalogues of
    /// thousands of products, which the benchmark runs.
    static func everydayScenarios() throws -> [String] {
        try bundledScenarios().filter { !URL(fileURLWithPath: $0).lastPathComponent.hasPrefix("bench-") }
    }

    /// The text of `Tests/Fixtures/name`, a scenario or baseline shared with the command's tests.
    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path("Tests/Fixtures/" + name), encoding: .utf8)
    }

    /// The file's contents as text.
    static func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// `text` written to `folder/name`; its path.
    static func write(_ text: String, to folder: URL, as name: String) throws -> String {
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// `text` as a report page escapes it.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}

/// The events a workflow reported, in order.
final class EventLog {
    private(set) var events: [WorkflowEvent] = []

    func record(_ event: WorkflowEvent) {
        events.append(event)
    }

    /// The scenario warnings, as the command line prints them (located, with `warning:`).
    var warnings: [String] {
        events.compactMap { event in
            if case let .scenarioWarning(issue) = event { return issue.description }
            return nil
        }
    }

    /// The staging folders of killed runs removed.
    var removedStale: [String] {
        events.compactMap { event in
            if case let .removedStaleStaging(path) = event { return path }
            return nil
        }
    }

    /// The gate's evaluations reported.
    var checked: [CheckedEvaluation] {
        events.compactMap { event in
            if case let .checked(evaluation) = event { return evaluation }
            return nil
        }
    }
}
