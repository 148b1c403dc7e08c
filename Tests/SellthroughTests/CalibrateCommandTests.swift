import Foundation
import Testing

/// `sellthrough calibrate` as a user runs it: a history in, a scenario that validates and a
/// results folder out; bad input refused with its place, nothing the user had overwritten.
@Suite("sellthrough calibrate")
struct CalibrateCommandTests {
    static let history = "Scenarios/data/gift-shop/weekly_demand.csv"
    static let products = "Scenarios/data/gift-shop/products.csv"

    @Test("the gift-shop history calibrates to a scenario that validates, with the report folder; the same seed gives the same bytes")
    func calibrates() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("gift.yaml").path
        let base = ["calibrate", "--history", Self.history, "--products", Self.products, "--replications", "20", "--name", "gift"]
        let first = try CommandRunner.run(base + ["--out", scenario, "--folder", folder.appendingPathComponent("one").path])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("9 products fitted"), "\(first.standardOutput)")
        for name in ["fidelity.html", "fidelity.md", "fidelity.json", "fits.csv", "scenario.yaml", "manifest.json"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("one/" + name).path), "\(name)")
        }
        let validated = try CommandRunner.run(["validate", scenario])
        #expect(validated.status == 0, "\(validated.standardError)")

        let again = folder.appendingPathComponent("again.yaml").path
        let second = try CommandRunner.run(base + ["--out", again, "--folder", folder.appendingPathComponent("two").path])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: scenario)) == Data(contentsOf: URL(fileURLWithPath: again)))
        #expect(try Data(contentsOf: folder.appendingPathComponent("one/fidelity.json"))
            == Data(contentsOf: folder.appendingPathComponent("two/fidelity.json")))
    }

    @Test("an existing scenario file is kept unless --replace is given")
    func keepsExisting() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("mine.yaml").path
        try "name: mine\n".write(toFile: scenario, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["calibrate", "--history", Self.history, "--out", scenario, "--replications", "2",
                                             "--folder", folder.appendingPathComponent("r").path])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("already exists"), "\(refused.standardError)")
        #expect(try String(contentsOfFile: scenario, encoding: .utf8) == "name: mine\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r").path))
        let replaced = try CommandRunner.run(["calibrate", "--history", Self.history, "--out", scenario, "--replications", "2",
                                              "--replace", "--folder", folder.appendingPathComponent("s").path])
        #expect(replaced.status == 0, "\(replaced.standardError)")
        #expect(try String(contentsOfFile: scenario, encoding: .utf8).contains("products:"))
    }

    @Test("a missing group column, a planned launch outside the calendar, a missing output folder and --group without --products are refused with their place")
    func refusals() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("x.yaml").path
        let group = try CommandRunner.run(["calibrate", "--history", Self.history, "--products", Self.products, "--group", "category",
                                           "--out", out])
        #expect(group.status == 1)
        #expect(group.standardError.contains("\(Self.products):1: error: category: the header has no 'category' column"), "\(group.standardError)")

        let planned = folder.appendingPathComponent("products.csv").path
        // The gift-shop product file with two more columns, and one planned product on its last row.
        let rows = try String(contentsOf: CommandRunner.repository.appendingPathComponent(Self.products), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let widened = [rows[0] + ",price,launch"] + rows.dropFirst().map { $0 + ",," } + ["NEW,FAN RED FRAME,,0.5,2030-01-07"]
        try (widened.joined(separator: "\n") + "\n").write(toFile: planned, atomically: true, encoding: .utf8)
        let outside = try CommandRunner.run(["calibrate", "--history", Self.history, "--products", planned, "--out", out])
        #expect(outside.status == 1)
        #expect(outside.standardError.contains("\(planned):11: error: launch: NEW is planned for 2030-01-07, outside the calibrated calendar"),
                "\(outside.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out))

        let missingFolder = folder.appendingPathComponent("no-such-folder/x.yaml").path
        let noFolder = try CommandRunner.run(["calibrate", "--history", Self.history, "--out", missingFolder, "--replications", "2",
                                              "--folder", folder.appendingPathComponent("results").path])
        #expect(noFolder.status == 2)
        #expect(noFolder.standardError.contains("does not exist"), "\(noFolder.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("results").path))

        let noProducts = try CommandRunner.run(["calibrate", "--history", Self.history, "--group", "category", "--out", out])
        #expect(noProducts.status == 64)
        #expect(noProducts.standardError.contains("--group names a column of the product file"), "\(noProducts.standardError)")
    }
}

/// The launch-planning example: `Scenarios/christmas-market.yaml` is calibrate's output on the
/// bundled Christmas history, and stays so.
@Suite("sellthrough calibrate: the bundled example")
struct CalibrateExampleTests {
    @Test("calibrating Scenarios/data/christmas-shop again gives Scenarios/christmas-market.yaml byte for byte")
    func reproduces() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("christmas-market.yaml")
        let result = try CommandRunner.run([
            "calibrate", "--history", "Scenarios/data/christmas-shop/weekly_demand.csv",
            "--products", "Scenarios/data/christmas-shop/products.csv", "--horizon", "60", "--replications", "5",
            "--out", out.path, "--folder", folder.appendingPathComponent("calibration").path,
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let bundled = CommandRunner.repository.appendingPathComponent("Scenarios/christmas-market.yaml")
        #expect(try Data(contentsOf: out) == Data(contentsOf: bundled),
                "Scenarios/christmas-market.yaml is stale: run the command in docs/calibration.md and commit its output")
        #expect(try String(contentsOf: out, encoding: .utf8).contains("- id: NEW-STAR"))
    }
}
