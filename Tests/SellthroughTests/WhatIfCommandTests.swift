import Foundation
import Testing

/// End-to-end tests of `sellthrough whatif`, as a separate process.
@Suite("sellthrough whatif")
struct WhatIfCommandTests {
    /// A one-buy launch whose maturity level is uncertain: small enough to sweep in a moment.
    static let scenario = """
        name: launch
        seed: 5
        replications: 12
        calendar: {start: 2026-03-02, periods: 30}
        products:
          - id: widget
            price: 20
            unit_cost: 8
            salvage_value: 2
            lifecycle: {phases: [{phase: growth, periods: 8, from: 5, to: 30}, {phase: maturity, to: 30}]}
            noise: {negative_binomial: {dispersion: 3}}
            initial_stock: 400
        strategies:
          forecasters: [naive]
          policies:
            - {name: launch-only, base_stock: {level: 0}}
        uncertainty:
          - path: products[widget].lifecycle.phases[maturity].to
            lognormal: {median: 30, sigma: 0.3}
        """

    static let files = ["whatif.csv", "whatif.json", "whatif.md", "scenario.yaml", "manifest.json"]

    /// A temporary folder holding the scenario as `launch.yaml`.
    static func folder() throws -> (URL, String) {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("launch.yaml")
        try scenario.write(to: file, atomically: true, encoding: .utf8)
        return (folder, file.path)
    }

    @Test("a sweep writes the CSV, JSON and Markdown, prints the table and recommends a first buy")
    func sweep() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["whatif", file, "--vary", "products[widget].initial_stock=0:1200:300",
                                            "--constraint", "fill_rate>=0.8", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        for name in Self.files {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        #expect(result.standardOutput.contains("Recommended: products[widget].initial_stock = "), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("drawn per replication: products[widget].lifecycle.phases[maturity].to ~ lognormal"))
        #expect(result.standardOutput.contains("Refinement: "))
        let csv = try String(contentsOf: out.appendingPathComponent("whatif.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n")
        #expect(lines.first?.hasPrefix("products[widget].initial_stock,source,recommended,replications,profit_mean,profit_low,profit_high") == true)
        #expect(lines.filter { $0.contains(",grid,") }.count == 5)
        #expect(lines.filter { $0.contains(",true,") }.count >= 1, "one recommended row")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("whatif.json"))) as? [String: Any]
        #expect(json?["strategy"] as? String == "launch-only")
        #expect((json?["recommendation"] as? [String: Any])?["status"] as? String == "highestProfitMeetingConstraint")
        let markdown = try String(contentsOf: out.appendingPathComponent("whatif.md"), encoding: .utf8)
        #expect(markdown.contains("## Recommendation") && markdown.contains("## How to read this"))
    }

    @Test("whatif.csv is the same byte for byte with one thread or two")
    func threadCountDoesNotMatter() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [Data] = []
        for threads in ["1", "2"] {
            let out = folder.appendingPathComponent("threads-\(threads)")
            let result = try CommandRunner.run(["whatif", file, "--vary", "products[widget].initial_stock=200:1000:400",
                                                "--threads", threads, "--out", out.path, "--quiet"])
            #expect(result.status == 0, "\(result.standardError)")
            outputs.append(try Data(contentsOf: out.appendingPathComponent("whatif.csv")))
            outputs.append(try Data(contentsOf: out.appendingPathComponent("whatif.json")))
        }
        #expect(outputs[0] == outputs[2])
        #expect(outputs[1] == outputs[3])
    }

    @Test("two fields give a full grid, without refinement")
    func twoFields() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("grid")
        let result = try CommandRunner.run(["whatif", file, "--vary", "products[widget].initial_stock=300,900",
                                            "--vary", "products[widget].price=18:22:2", "--replications", "4",
                                            "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        let csv = try String(contentsOf: out.appendingPathComponent("whatif.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("products[widget].initial_stock,products[widget].price,source,"))
        #expect(csv.split(separator: "\n").count == 1 + 2 * 3)
        #expect(!result.standardOutput.contains("Refinement"))
    }

    @Test("bad input is refused with a clear message and nothing is written", arguments: [
        (["--vary", "products[widget].initial_stok=100,200"], Int32(64), "products[widget] has no field 'initial_stok'"),
        (["--vary", "products[widgt].initial_stock=100,200"], Int32(64), "did you mean 'widget'?"),
        (["--vary", "products[widget].initial_stock=100:500:0"], Int32(64), "step of 0"),
        (["--vary", "products[widget].initial_stock=500:100:100"], Int32(64), "is empty"),
        (["--vary", "products[widget].initial_stock=1,2", "--constraint", "fill>=0.9"], Int32(64), "unknown measure 'fill'"),
        (["--vary", "products[widget].initial_stock=1,2", "--constraint", "fill>=0.9"], Int32(64), "stockout_probability"),
        (["--vary", "products[widget].initial_stock=-100,200"], Int32(64), "launch.yaml:12:"),
        (["--vary", "products[widget].id=1,2"], Int32(64), "is 'widget', not a number"),
        (["--vary", "products[widget].initial_stock=1,2", "--strategy", "ses x launch-only"], Int32(64), "'launch-only'"),
        (["--vary", "a=1", "--vary", "b=2", "--vary", "c=3"], Int32(64), "one or two fields"),
        ([String](), Int32(64), "--vary PATH=VALUES"),
    ])
    func badInput(arguments: [String], status: Int32, words: String) throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("never")
        let result = try CommandRunner.run(["whatif", file, "--out", out.path, "--quiet"] + arguments)
        #expect(result.status == status, "\(result.standardError)")
        #expect(result.standardError.contains(words), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a scenario whose uncertainty names no field is invalid input, reported with its line")
    func badScenario() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yaml")
        try Self.scenario.replacingOccurrences(of: "phases[maturity].to", with: "phases[maturty].to")
            .write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("never")
        let result = try CommandRunner.run(["whatif", file.path, "--vary", "products[widget].initial_stock=1,2",
                                            "--out", out.path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("bad.yaml:18:"), "\(result.standardError)")
        #expect(result.standardError.contains("did you mean 'maturity'?"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // validate reports the same.
        let validate = try CommandRunner.run(["validate", file.path])
        #expect(validate.status == 1)
        #expect(validate.standardError.contains("uncertainty[0].path"))
    }

    @Test("the bundled launch scenarios sweep their first buy")
    func bundledLaunches() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (file, path) in [("Scenarios/electronics-launch.yaml", "products[earbuds-pro].initial_stock=4000:12000:4000"),
                             ("Scenarios/fashion-jacket.yaml", "products[jacket-navy].initial_stock=4000:8000:2000")] {
            let out = folder.appendingPathComponent(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
            let product = path.hasPrefix("products[earbuds-pro]") ? "earbuds-pro" : "jacket-navy"
            let result = try CommandRunner.run(["whatif", file, "--vary", path, "--product", product, "--replications", "3",
                                                "--no-refine", "--out", out.path, "--quiet"])
            #expect(result.status == 0, "\(file): \(result.standardError)")
            #expect(result.standardOutput.contains("Recommended: products["), "\(file): \(result.standardOutput)")
        }
    }
}
