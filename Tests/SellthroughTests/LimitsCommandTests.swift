import Foundation
import Testing

/// Values that used to crash `run` with SIGILL are refused by `validate` and `run` alike, with
/// exit status 1 and a located message (issue 13, crashes item 1), as a user sees them.
@Suite("sellthrough limits")
struct LimitsCommandTests {
    /// bench-s-S cut to ten products, with `line` replaced.
    static func benchCopy(replacing old: String, with new: String, in folder: URL) throws -> String {
        let original = try String(contentsOf: CommandRunner.repository.appendingPathComponent("Scenarios/bench-s-S.yaml"),
                                  encoding: .utf8)
        let text = original.replacingOccurrences(of: "copies: 10000", with: "copies: 10")
            .replacingOccurrences(of: old, with: new)
        #expect(text != original.replacingOccurrences(of: "copies: 10000", with: "copies: 10"), "\(old) not found")
        let path = folder.appendingPathComponent("bench.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("bench-s-S with a unit cost of 2⁶³ is refused by validate and run, with file, line and field",
          arguments: [("unit_cost: 6.00", "unit_cost: 9223372036854775808", "products[0].unit_cost"),
                      ("lead_time: 3 ", "lead_time: 1e19 ", "products[0].supply.lead_time"),
                      ("initial_stock: 40", "initial_stock: 1000000000000000000", "products[0].initial_stock")])
    func refused(old: String, new: String, path: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.benchCopy(replacing: old, with: new, in: folder)
        let out = folder.appendingPathComponent("out")
        for arguments in [["validate", file], ["run", file, "--out", out.path]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 1, "\(arguments[0]): \(result.standardError)")
            let line = result.standardError.split(separator: "\n").first { $0.contains(path) }
            #expect(line?.hasPrefix(file + ":") == true, "\(arguments[0]): \(result.standardError)")
            #expect(line?.contains(": error: \(path): must be") == true, "\(arguments[0]): \(result.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("at the limit, bench-s-S runs")
    func atLimit() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.benchCopy(replacing: "unit_cost: 6.00", with: "unit_cost: 1e8", in: folder)
        let result = try CommandRunner.run(["run", file, "--out", folder.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.standardError)")
    }
}
