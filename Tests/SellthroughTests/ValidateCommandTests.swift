import Foundation
import Testing

/// `validate` and `run` on how strategies are paired and on the newsvendor's season, as a user
/// sees them: problems and warnings on standard error, located and worded by the rule (the
/// run's results are tested in process, WorkflowsTests).
@Suite("sellthrough validate and run: problems and warnings on standard error")
struct ValidateCommandTests {
    /// Explicit pairs, a fixed rule (no forecaster) and a newsvendor on the kettle, whose life
    /// ends; the newsvendor's policy entry is on line 13.
    static func scenario() throws -> String {
        try CommandRunner.fixture("paired.yaml")
    }

    /// Every line of standard error follows the tool's rule for messages.
    static func wellFormed(_ standardError: String) -> Bool {
        standardError.split(separator: "\n").allSatisfy { line in
            line.hasPrefix("error: ") || line.hasPrefix("warning: ") || line.hasPrefix("note: ")
                || line.range(of: #"^[^:]+:\d+:\d+: (error|warning): "#, options: .regularExpression) != nil
        }
    }

    @Test("validate refuses a newsvendor on a product that is never taken off sale, naming product, policy and field; so does run")
    func refusal() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("endless.yaml")
        try Self.scenario().replacingOccurrences(of: ", products: [kettle]}", with: "}")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("endless.yaml:7:5: error: products[1].end_of_life: product 'mug' is on sale to "
                                              + "the end of the horizon (it has no end_of_life), so newsvendor policy 'kettle-buy' "
                                              + "(strategies.policies[2]) would never buy for it"), "\(result.standardError)")
        #expect(result.standardError.contains("restrict the policy to products whose life ends (products: [kettle])"))
        #expect(Self.wellFormed(result.standardError), "\(result.standardError)")
        let run = try CommandRunner.run(["run", file.path, "--out", folder.appendingPathComponent("out").path])
        #expect(run.status == 1 && run.standardError.contains("products[1].end_of_life"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("the newsvendor's launch-period buy is a warning in validate and run, worded by the rule")
    func warnings() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("paired.yaml")
        try Self.scenario().write(to: file, atomically: true, encoding: .utf8)
        let warning = "warning: strategies.policies[2].newsvendor: newsvendor policy 'kettle-buy' buys once, at the end of "
            + "each product's launch period"
        let validate = try CommandRunner.run(["validate", file.path])
        #expect(validate.status == 0 && validate.standardOutput.hasPrefix("ok: "))
        #expect(validate.standardError.hasPrefix("\(file.path):13:38: \(warning)"), "\(validate.standardError)")
        #expect(validate.standardError.contains("whatever the critical ratio"))
        #expect(Self.wellFormed(validate.standardError), "\(validate.standardError)")

        let run = try CommandRunner.run(["run", file.path, "--quiet", "--summary-only", "--out", folder.appendingPathComponent("run").path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains(warning) && Self.wellFormed(run.standardError), "\(run.standardError)")
        #expect(run.standardOutput.contains("4 strategies"))
    }

    /// bench-s-S cut to ten products, with `old` replaced by `new`.
    static func benchCopy(replacing old: String, with new: String, in folder: URL) throws -> String {
        let original = try String(contentsOf: CommandRunner.repository.appendingPathComponent("Scenarios/bench-s-S.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "copies: 10000", with: "copies: 10")
        let text = original.replacingOccurrences(of: old, with: new)
        #expect(text != original, "\(old) not found")
        let path = folder.appendingPathComponent("bench.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("values that used to crash run (issue 13) are refused by validate with exit 1, file, line and field",
          arguments: [("unit_cost: 6.00", "unit_cost: 9223372036854775808", "products[0].unit_cost"),
                      ("lead_time: 3 ", "lead_time: 1e19 ", "products[0].supply.lead_time"),
                      ("initial_stock: 40", "initial_stock: 1000000000000000000", "products[0].initial_stock")])
    func limits(old: String, new: String, path: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.benchCopy(replacing: old, with: new, in: folder)
        let result = try CommandRunner.run(["validate", file])
        #expect(result.status == 1, "\(result.standardError)")
        let line = result.standardError.split(separator: "\n").first { $0.contains(path) }
        #expect(line?.hasPrefix(file + ":") == true, "\(result.standardError)")
        #expect(line?.contains(": error: \(path): must be") == true, "\(result.standardError)")
    }
}
