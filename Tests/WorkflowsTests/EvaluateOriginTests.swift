import Evaluation
import Foundation
import Testing
import Workflows

/// Evaluations at origins relative to each series' launch, the refusal to rank windows that
/// sold nothing, the series drawn, the reference forecaster and the width of the ranking.
@Suite("evaluate workflow: origins, ranking refusal, shown series")
struct EvaluateOriginTests {
    /// The (unique_id, cutoff) pairs of a forecasts.csv.
    static func windows(_ frame: String) -> Set<String> {
        Set(frame.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)
            .prefix(3).enumerated().filter { $0.offset != 1 }.map { String($0.element) }.joined(separator: " ") })
    }

    /// An evaluation at `origins` (as `--origins` writes them), as the command line defines it.
    static func atOrigins(_ scenario: String, horizon: Int, origins text: String, forecasters: String, replications: Int = 1,
                          into folder: URL, _ name: String,
                          _ configure: (inout EvaluateWorkflow.Options) -> Void = { _ in }) async throws -> EvaluateWorkflow.Result {
        let origins = try WindowOrigin.list(text, horizon: horizon)
        let definition = try EvaluationDefinition.of(scenario: scenario, horizon: horizon, windows: origins.count, forecasters: forecasters,
                                                      replications: replications)
        return try await Run.evaluation(definition, into: folder, name) {
            $0.origins = origins
            configure(&$0)
        }
    }

    @Test("electronics-launch at launch+4, +8, +12: windows start K weeks after each product's launch and score its first phases")
    func launchOrigins() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await Self.atOrigins(Fixtures.path("Scenarios/electronics-launch.yaml"), horizon: 8, origins: "launch+4,launch+8,launch+12",
                                     forecasters: "naive,ses,bass,analog", into: folder, "run")
        let out = folder.appendingPathComponent("run")
        // earbuds-pro launches 2026-09-07, charging-case 2026-10-05 (weekly): launch+K fits on K
        // weeks, so the cutoff (the last week fitted on) is K − 1 weeks after the launch.
        #expect(Self.windows(try Fixtures.read(out, "forecasts.csv")) == [
            "earbuds-pro 2026-09-28", "earbuds-pro 2026-10-26", "earbuds-pro 2026-11-23",
            "charging-case 2026-10-26", "charging-case 2026-11-23", "charging-case 2026-12-21",
        ])
        let accuracy = try Fixtures.read(out, "accuracy.csv")
        for origin in ["launch+4", "launch+8", "launch+12"] {
            let line = try #require(accuracy.split(separator: "\n").first { $0.hasPrefix("naive,demand,\(origin),rmsse,") })
            let value = try #require(Double(line.split(separator: ",")[4]))
            #expect(value > 0 && value.isFinite, "\(line)")
        }
        let wape = try #require(accuracy.split(separator: "\n").first { $0.hasPrefix("ses,demand,all,wape,") })
        #expect((Double(wape.split(separator: ",")[4]) ?? 0) > 0)
        #expect(accuracy.contains("naive,demand,introduction,rmsse,") && accuracy.contains("naive,demand,growth,rmsse,"))
        let manifest = try Fixtures.read(out, "manifest.json")
        #expect(manifest.contains("\"launch+4\"") && manifest.contains("\"explicitOrigins\" : true"))
        let summary = try Fixtures.read(out, "summary.md")
        #expect(summary.contains("origins launch+4, launch+8, launch+12") && summary.contains("## By forecast origin"))
        #expect(summary.contains("| 1 | "))
        let html = try Fixtures.read(out, "report.html")
        #expect(html.contains("Accuracy by forecast origin") && html.contains("launch+12 RMSSE"))
        #expect(html.contains("origins launch+4, launch+8, launch+12: each series is cut K periods after its launch"))
    }

    @Test("windows that all sold nothing are not ranked (results kept, launch origins suggested); launch origins rank")
    func refusesToRankZeros() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = Fixtures.path("Tests/Fixtures/fad.yaml") // a fad that sells out its 300 buyers within weeks, then nothing for months
        let tail = try await Run.evaluation(.of(scenario: scenario, horizon: 7, windows: 3, forecasters: "naive,ses,croston"),
                                            into: folder, "tail")
        let refusal = try #require(tail.summary.refusal)
        #expect(refusal.contains("every one of the 3 scored series-windows sold nothing"), "\(refusal)")
        #expect(refusal.contains("launch+4,launch+8,launch+12"), "\(refusal)")
        let table = tail.summary.table(wide: false).split(separator: "\n")
        #expect(!table.contains { $0.hasPrefix("1 ") }, "no rank 1")
        #expect(table.contains { $0.hasPrefix("–  naive") })
        let out = folder.appendingPathComponent("tail")
        #expect(try Fixtures.read(out, "summary.md").contains("**Not ranked:**"))
        let html = try Fixtures.read(out, "report.html")
        #expect(html.contains("Not ranked: every one of the 3") && !html.contains("<strong>naive</strong>"))
        #expect(!html.contains("best by RMSSE"), "no chart marks a forecaster as best")
        #expect(html.contains("No differences: the forecasters are not ranked"))

        let launch = try await Self.atOrigins(scenario, horizon: 7, origins: "launch+3,launch+7", forecasters: "naive,ses,croston",
                                              into: folder, "launch")
        #expect(launch.summary.refusal == nil)
        #expect(launch.summary.table(wide: false).split(separator: "\n").contains { $0.hasPrefix("1 ") })
    }

    @Test("the chosen series are drawn, the reference sets the paired differences; unknown names get a suggestion")
    func showAndReference() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let definition = try EvaluationDefinition.of(history: Fixtures.history, horizon: 8, windows: 4, forecasters: "naive,ses,tsb")
        _ = try await Run.evaluation(definition, into: folder, "run") {
            $0.shownSeries = ["85123A", "22197"]
            $0.reference = "naive"
        }
        let out = folder.appendingPathComponent("run")
        let manifest = try Fixtures.read(out, "manifest.json")
        #expect(manifest.contains("\"shownChosen\" : true") && manifest.contains("\"reference\" : \"naive\""))
        let html = try Fixtures.read(out, "report.html")
        #expect(html.contains("The 2 series chosen when the evaluation was run"))
        #expect(html.contains("aria-label=\"85123A\"") && html.contains("aria-label=\"22197\"") && !html.contains("aria-label=\"21382\""))
        #expect(html.contains("RMSSE difference from naive") && html.contains("naive (the reference, dotted)"))
        let shown = try Fixtures.read(out, "shown-series.csv")
        #expect(shown.hasPrefix("unique_id,ds,y,phase\n85123A,") && shown.contains("\n22197,"))
        let refused: [(shown: [String]?, reference: String?, expected: String, matches: (RequestProblem) -> Bool)] = [
            (["85123"], nil, "no series 85123, did you mean 85123A", {
                if case .shownSeries(.unknown("85123", suggestion: "85123A", _)) = $0 { return true } else { return false }
            }),
            (["23007"], nil, "series 23007 gets no window", {
                if case .shownSeries(.noWindow("23007", _, _)) = $0 { return true } else { return false }
            }),
            (["22197", "22197"], nil, "22197 named twice", {
                if case .shownSeries(.repeated("22197")) = $0 { return true } else { return false }
            }),
            (nil, "sse", "no forecaster sse, did you mean ses", {
                if case .unknownReference("sse", suggestion: "ses", forecasters: ["naive", "ses", "tsb"]) = $0 { return true } else { return false }
            }),
        ]
        for (shown, reference, expected, matches) in refused {
            let error = await expectFailure {
                try await Run.evaluation(definition, into: folder, "bad") {
                    $0.shownSeries = shown
                    $0.reference = reference
                }
            }
            let problem = try #require(error?.request, "\(expected): \(String(describing: error))")
            #expect(matches(problem), "\(expected): \(problem)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad").path))
        }
    }

    @Test("the report: paired differences from the series' own scores, the per-origin table, large-bias warnings, sampled panels")
    func reportParts() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Run.evaluation(.of(history: Fixtures.history, horizon: 8, windows: 4, forecasters: "naive,ses,croston,snaive"),
                                              into: folder, "run")
        let out = folder.appendingPathComponent("run")
        let html = try Fixtures.read(out, "report.html")
        // Paired differences: ses is the best here; naive's mean difference recomputed from series-accuracy.csv.
        #expect(html.contains("RMSSE difference from ses"))
        var rmsse: [String: [String: Double]] = [:]
        for line in try Fixtures.read(out, "series-accuracy.csv").split(separator: "\n").dropFirst() {
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
        #expect(result.summary.biasWarnings.contains { $0.sentence.hasPrefix("croston over-forecasts lumpy demand") })
        #expect(try Fixtures.read(out, "summary.md").contains("## Large biases"))
        // Eight sampled panels, nested in one figure.
        #expect(html.contains("8 of 8 evaluated series, sampled deterministically"))
        #expect(html.components(separatedBy: "Units sold per period and the forecasts made at each origin").count - 1 == 8,
                "each panel's description")
    }

    @Test("the report of an evaluate folder is drawn again byte for byte, with origins, chosen series and a reference")
    func redraw() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await Self.atOrigins(Fixtures.path("Scenarios/electronics-launch.yaml"), horizon: 8, origins: "launch+4,launch+8",
                                     forecasters: "naive,bass,analog", replications: 2, into: folder, "launch") {
            $0.shownSeries = ["charging-case@s2026r1"]
            $0.reference = "naive"
        }
        _ = try await Run.evaluation(.of(history: Fixtures.history, horizon: 6, windows: 3, forecasters: "naive,ses,croston"),
                                     into: folder, "history")
        for name in ["launch", "history"] {
            let out = folder.appendingPathComponent(name)
            let redrawn = folder.appendingPathComponent("\(name).html")
            try await Run.report(out, page: redrawn)
            #expect(try Data(contentsOf: redrawn) == Data(contentsOf: out.appendingPathComponent("report.html")), "\(name): other bytes")
        }
    }

    @Test("the ranking fits 120 columns on a terminal; the wide ranking has every column")
    func tableWidth() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Run.evaluation(
            .of(scenario: Fixtures.path("Scenarios/electronics-launch.yaml"), horizon: 8, windows: 3,
                forecasters: "naive,ses,croston-optimized,long-name-ensemble=mean(naive,ses,holt,tsb)"), into: folder, "run")
        for wide in [false, true] {
            let table = result.summary.table(wide: wide).split(separator: "\n").drop { !$0.hasPrefix("#") }
            #expect(table.count == 6, "header, rule and four forecasters")
            if wide {
                #expect(table.first?.contains("WRMSSE") == true && table.first?.contains("MAE vs truth") == true)
                #expect(table.contains { $0.count > 120 }, "every column is wider than a terminal")
                #expect(result.summary.hiddenColumns(wide: true).isEmpty)
            } else {
                #expect(table.allSatisfy { $0.count <= 120 }, "\(table.joined(separator: "\n"))")
                #expect(table.first?.contains("RMSSE vs truth") == true && table.first?.contains("WRMSSE") == false)
                #expect(result.summary.hiddenColumns(wide: false) == ["WRMSSE", "cover 80", "cover 95", "MAE vs truth"])
            }
        }
    }
}
