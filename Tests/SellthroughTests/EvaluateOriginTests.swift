import Foundation
import Testing

/// `sellthrough evaluate --origins`, the refusal to rank windows that sold nothing, `--show`,
/// `--reference`, `--wide` and the progress bar, end to end.
@Suite("sellthrough evaluate: origins, ranking refusal, shown series")
struct EvaluateOriginTests {
    static func read(_ folder: URL, _ name: String) throws -> String { try EvaluateCommandTests.read(folder, name) }

    /// The (unique_id, cutoff) pairs of a forecasts.csv.
    static func windows(_ frame: String) -> Set<String> {
        Set(frame.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)
            .prefix(3).enumerated().filter { $0.offset != 1 }.map { String($0.element) }.joined(separator: " ") })
    }

    @Test("electronics-launch at launch+4, +8, +12: windows start K weeks after each product's launch and score its first phases")
    func launchOrigins() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("run")
        let result = try CommandRunner.run(["evaluate", "Scenarios/electronics-launch.yaml", "--horizon", "8",
                                            "--origins", "launch+4,launch+8,launch+12", "--forecasters", "naive,ses,bass,analog",
                                            "--out", out.path])
        #expect(result.status == 0, "\(result.standardError)")
        // earbuds-pro launches 2026-09-07, charging-case 2026-10-05 (weekly): launch+K fits on K
        // weeks, so the cutoff (the last week fitted on) is K − 1 weeks after the launch.
        #expect(Self.windows(try Self.read(out, "forecasts.csv")) == [
            "earbuds-pro 2026-09-28", "earbuds-pro 2026-10-26", "earbuds-pro 2026-11-23",
            "charging-case 2026-10-26", "charging-case 2026-11-23", "charging-case 2026-12-21",
        ])
        let accuracy = try Self.read(out, "accuracy.csv")
        for origin in ["launch+4", "launch+8", "launch+12"] {
            let line = try #require(accuracy.split(separator: "\n").first { $0.hasPrefix("naive,demand,\(origin),rmsse,") })
            let value = try #require(Double(line.split(separator: ",")[4]))
            #expect(value > 0 && value.isFinite, "\(line)")
        }
        let wape = try #require(accuracy.split(separator: "\n").first { $0.hasPrefix("ses,demand,all,wape,") })
        #expect((Double(wape.split(separator: ",")[4]) ?? 0) > 0)
        #expect(accuracy.contains("naive,demand,introduction,rmsse,") && accuracy.contains("naive,demand,growth,rmsse,"))
        let manifest = try Self.read(out, "manifest.json")
        #expect(manifest.contains("\"launch+4\"") && manifest.contains("\"explicitOrigins\" : true"))
        let summary = try Self.read(out, "summary.md")
        #expect(summary.contains("origins launch+4, launch+8, launch+12") && summary.contains("## By forecast origin"))
        #expect(summary.contains("| 1 | "))
        let html = try Self.read(out, "report.html")
        #expect(html.contains("Accuracy by forecast origin") && html.contains("launch+12 RMSSE"))
        #expect(html.contains("origins launch+4, launch+8, launch+12: each series is cut K periods after its launch"))
    }

    /// A fad that sells out its 300 buyers within weeks and then sells nothing for months.
    static let fad = """
        name: fad
        seed: 5
        calendar: {start: 2026-03-02, periods: 120}
        products:
          - id: fidget-cube
            price: 10
            unit_cost: 4
            lifecycle: {bass: {market_size: 300, innovation: 0.05, imitation: 0.6}}
            noise: poisson
            supply: {lead_time: 3}
            initial_stock: 50
        strategies:
          forecasters: [naive]
          policies: [{name: s-S, s_S: {s: 10, S: 40}}]
        """

    @Test("windows that all sold nothing are not ranked (a warning, exit 0, results kept, launch origins suggested); launch origins rank")
    func refusesToRankZeros() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("fad.yaml")
        try Self.fad.write(to: scenario, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("tail")
        var result = try CommandRunner.run(["evaluate", scenario.path, "--horizon", "7", "--windows", "3",
                                            "--forecasters", "naive,ses,croston", "--out", out.path])
        #expect(result.status == 0)
        #expect(result.standardError.contains("warning: not ranked: every one of the 3 scored series-windows sold nothing"),
                "\(result.standardError)")
        #expect(result.standardError.contains("launch+4,launch+8,launch+12") && result.standardError.contains("--origins"))
        #expect(!result.standardOutput.split(separator: "\n").contains { $0.hasPrefix("1 ") }, "no rank 1 printed")
        #expect(result.standardOutput.split(separator: "\n").contains { $0.hasPrefix("–  naive") })
        #expect(try Self.read(out, "summary.md").contains("**Not ranked:**"))
        let html = try Self.read(out, "report.html")
        #expect(html.contains("Not ranked: every one of the 3") && !html.contains("<strong>naive</strong>"))
        #expect(!html.contains("best by RMSSE"), "no chart marks a forecaster as best")
        #expect(html.contains("No differences: the forecasters are not ranked"))

        let launch = folder.appendingPathComponent("launch")
        result = try CommandRunner.run(["evaluate", scenario.path, "--horizon", "7", "--origins", "launch+3,launch+7",
                                        "--forecasters", "naive,ses,croston", "--out", launch.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.split(separator: "\n").contains { $0.hasPrefix("1 ") })
    }

    @Test("malformed or conflicting origins are command-line errors (exit 64) and nothing is written", arguments: [
        (["--origins", "launch+4,end-8"], "mix anchors"),
        (["--origins", "launch+0"], "from 1 to 1000000"),
        (["--origins", "end-3"], "fewer than the horizon 8"),
        (["--origins", "begin+4"], "is not an origin"),
        (["--origins", "launch+4,launch+4"], "given twice"),
        (["--origins", "launch+4", "--windows", "2"], "either --origins or --windows"),
        (["--origins", "launch+4", "--step", "2"], "either --origins or --windows"),
        ([], "give --windows N"),
    ])
    func originErrors(_ arguments: [String], _ message: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("run")
        let result = try CommandRunner.run(["evaluate", "Scenarios/electronics-launch.yaml", "--horizon", "8"] + arguments + ["--out", out.path])
        #expect(result.status == 64, "\(arguments): \(result.standardError)")
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("--show draws the chosen series, --reference sets the paired differences; unknown names get a suggestion (exit 64)")
    func showAndReference() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("run")
        var result = try CommandRunner.run(["evaluate", "--history", EvaluateCommandTests.historyFile, "--horizon", "8", "--windows", "4",
                                            "--forecasters", "naive,ses,tsb", "--show", "85123A,22197", "--reference", "naive",
                                            "--out", out.path])
        #expect(result.status == 0, "\(result.standardError)")
        let manifest = try Self.read(out, "manifest.json")
        #expect(manifest.contains("\"shownChosen\" : true") && manifest.contains("\"reference\" : \"naive\""))
        let html = try Self.read(out, "report.html")
        #expect(html.contains("The 2 series chosen when the evaluation was run"))
        #expect(html.contains("aria-label=\"85123A\"") && html.contains("aria-label=\"22197\"") && !html.contains("aria-label=\"21382\""))
        #expect(html.contains("RMSSE difference from naive") && html.contains("naive (the reference, dotted)"))
        let shown = try Self.read(out, "shown-series.csv")
        #expect(shown.hasPrefix("unique_id,ds,y,phase\n85123A,") && shown.contains("\n22197,"))
        for (arguments, message) in [
            (["--show", "85123"], "no series is called '85123' (did you mean '85123A'?)"),
            (["--show", "23007"], "series '23007' gets no window"),
            (["--show", "22197,22197"], "'22197' is named twice"),
            (["--reference", "sse"], "no forecaster is called 'sse' (did you mean 'ses'?)"),
        ] {
            let bad = folder.appendingPathComponent("bad")
            result = try CommandRunner.run(["evaluate", "--history", EvaluateCommandTests.historyFile, "--horizon", "8", "--windows", "4",
                                            "--forecasters", "naive,ses,tsb"] + arguments + ["--out", bad.path])
            #expect(result.status == 64, "\(arguments): \(result.standardError)")
            #expect(result.standardError.contains("error: " + arguments[0] + ": " + message), "\(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: bad.path))
        }
    }

    @Test("the report: paired differences from the series' own scores, the per-origin table, large-bias warnings, sampled panels")
    func reportParts() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("run")
        let result = try CommandRunner.run(["evaluate", "--history", EvaluateCommandTests.historyFile, "--horizon", "8", "--windows", "4",
                                            "--forecasters", "naive,ses,croston,snaive", "--out", out.path])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try Self.read(out, "report.html")
        // Paired differences: ses is the best here; naive's mean difference recomputed from series-accuracy.csv.
        #expect(html.contains("RMSSE difference from ses"))
        var rmsse: [String: [String: Double]] = [:]
        for line in try Self.read(out, "series-accuracy.csv").split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if let value = Double(fields[3]) { rmsse[fields[0], default: [:]][fields[1]] = value }
        }
        let differences = rmsse.values.compactMap { scores in scores["naive"].flatMap { own in scores["ses"].map { own - $0 } } }
        #expect(differences.count == 8)
        let mean = differences.reduce(0, +) / Double(differences.count)
        #expect(html.contains("<td>\(String(format: "%.3f", mean).replacingOccurrences(of: "-", with: "\u{2212}"))</td>"),
                "naive's mean difference \(mean) in the table")
        #expect(html.contains("95% interval"))
        // The per-cutoff view.
        #expect(html.contains("Accuracy by forecast origin") && html.contains("end-32 RMSSE") && html.contains("end-8 bias"))
        // Large biases: croston and snaive over-forecast lumpy demand (18 windows) by far more than 25%.
        #expect(html.contains("large biases on a demand pattern") && html.contains("croston over-forecasts lumpy demand by"))
        #expect(html.contains("large bias (beyond ±25%)"), "the flagged cell in the pattern table")
        #expect(result.standardError.contains("warning: large bias: croston over-forecasts lumpy demand"))
        #expect(try Self.read(out, "summary.md").contains("## Large biases"))
        // Eight sampled panels, nested in one figure.
        #expect(html.contains("8 of 8 evaluated series, sampled deterministically"))
        #expect(html.components(separatedBy: "Units sold per period and the forecasts made at each origin").count - 1 == 8,
                "each panel's description")
    }

    @Test("report EVAL_DIR draws the page again byte for byte, with origins, chosen series and a reference")
    func redraw() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, arguments) in [
            ("launch", ["Scenarios/electronics-launch.yaml", "--horizon", "8", "--origins", "launch+4,launch+8", "--replications", "2",
                        "--forecasters", "naive,bass,analog", "--show", "charging-case@s2026r1", "--reference", "naive"]),
            ("history", ["--history", EvaluateCommandTests.historyFile, "--horizon", "6", "--windows", "3", "--forecasters", "naive,ses,croston"]),
        ] {
            let out = folder.appendingPathComponent(name)
            var result = try CommandRunner.run(["evaluate"] + arguments + ["--out", out.path])
            #expect(result.status == 0, "\(name): \(result.standardError)")
            let redrawn = folder.appendingPathComponent("\(name).html")
            result = try CommandRunner.run(["report", out.path, "--out", redrawn.path])
            #expect(result.status == 0, "\(name): \(result.standardError)")
            #expect(try Data(contentsOf: redrawn) == Data(contentsOf: out.appendingPathComponent("report.html")), "\(name): other bytes")
        }
    }

    @Test("the ranking fits 120 columns on a terminal; --wide prints every column")
    func tableWidth() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for wide in [false, true] {
            let out = folder.appendingPathComponent(wide ? "wide" : "narrow")
            let result = try CommandRunner.run(["evaluate", "Scenarios/electronics-launch.yaml", "--horizon", "8", "--windows", "3",
                                                "--forecasters", "naive,ses,croston-optimized,long-name-ensemble=mean(naive,ses,holt,tsb)",
                                                "--out", out.path] + (wide ? ["--wide"] : []))
            #expect(result.status == 0, "\(result.standardError)")
            let table = result.standardOutput.split(separator: "\n").drop { !$0.hasPrefix("#") }.prefix { !$0.hasPrefix("Left out") && !$0.hasPrefix("evaluated") }
            #expect(table.count == 6, "header, rule and four forecasters")
            if wide {
                #expect(table.first?.contains("WRMSSE") == true && table.first?.contains("MAE vs truth") == true)
                #expect(table.contains { $0.count > 120 }, "every column is wider than a terminal")
            } else {
                #expect(table.allSatisfy { $0.count <= 120 }, "\(table.joined(separator: "\n"))")
                #expect(table.first?.contains("RMSSE vs truth") == true && table.first?.contains("WRMSSE") == false)
                #expect(result.standardOutput.contains("Left out here (--wide shows them): WRMSSE, cover 80, cover 95, MAE vs truth."))
            }
        }
    }

    @Test("a progress bar on a terminal's standard error, none with --quiet, under CI or into a pipe",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressBar() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (quiet, underCI) in [(false, false), (true, false), (false, true)] {
            let out = folder.appendingPathComponent(quiet ? "quiet" : underCI ? "ci" : "bar")
            let command = ([CommandRunner.executable.path, "evaluate", "Scenarios/quickstart.yaml", "--horizon", "7", "--windows", "2",
                            "--forecasters", "naive", "--out", out.path] + (quiet ? ["--quiet"] : [])).joined(separator: " ")
            // script(1) gives the command a terminal, as a user's shell would.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", command, "/dev/null"]
            process.currentDirectoryURL = CommandRunner.repository
            // The bar is off under CI (`CI` set, as CI services do even on a terminal): this test
            // may itself run under CI, so the variable is set or cleared for the child explicitly.
            var environment = ProcessInfo.processInfo.environment
            environment["CI"] = underCI ? "true" : nil
            process.environment = environment
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(text)")
            #expect(text.contains("series 2/2 [") == !(quiet || underCI), "\(text)")
        }
        let piped = try CommandRunner.run(["evaluate", "Scenarios/quickstart.yaml", "--horizon", "7", "--windows", "2",
                                           "--forecasters", "naive", "--out", folder.appendingPathComponent("piped").path])
        #expect(!piped.standardError.contains("series 2/2"))
    }
}
