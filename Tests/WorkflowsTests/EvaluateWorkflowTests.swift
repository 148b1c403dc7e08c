import Evaluation
import Foundation
import Testing
import Workflows

/// The evaluate workflow on the real-data excerpt and on bundled scenarios.
@Suite("evaluate workflow")
struct EvaluateWorkflowTests {
    static let files = ["forecasts.csv", "accuracy.csv", "summary.md", "manifest.json", "report.html"]

    @Test("the real-data excerpt: statsforecast's frame layout, tidy accuracy, ranked summary")
    func history() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Run.evaluation(.of(history: Fixtures.history, products: Fixtures.products, horizon: 8, windows: 4,
                                                  forecasters: "naive,ses", levels: [80, 95]), into: folder, "run")
        let out = folder.appendingPathComponent("run")
        for name in Self.files { #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)") }
        #expect(Set(Self.files).isSubset(of: result.files.names))
        let frame = try Fixtures.read(out, "forecasts.csv").split(separator: "\n")
        #expect(frame.first == "unique_id,ds,cutoff,y,naive,naive-lo-95,naive-lo-80,naive-hi-80,naive-hi-95,ses,ses-lo-95,ses-lo-80,ses-hi-80,ses-hi-95")
        // 8 series of ≥ 48 weeks (23007 has 39 and is skipped) × 4 windows × 8 weeks.
        #expect(frame.count == 1 + 8 * 32)
        #expect(frame[1].hasPrefix("15030,2011-04-25,2011-04-18,"))
        let accuracy = try Fixtures.read(out, "accuracy.csv")
        #expect(accuracy.hasPrefix("forecaster,target,scope,metric,value,unique_id,message\n"))
        // Agrees with score_cv.py on this frame (see EvaluationTests' ScoreAgreementTests).
        #expect(accuracy.contains("naive,demand,all,rmsse,0.96993755288855"))
        #expect(accuracy.contains("naive,demand,all,mase,1.154980739901"))
        #expect(result.summary.notes.joined(separator: " ").contains("8 of 9 series evaluated"))
        #expect(result.summary.table(wide: false).split(separator: "\n").contains { $0.hasPrefix("1  ses") })
        #expect(result.title == "history weekly_demand.csv")
        #expect(Set(result.forecasters.map(\.label)) == ["naive", "ses"])
        let summary = try Fixtures.read(out, "summary.md")
        #expect(summary.contains("| 1 | ses |"))
        let manifest = try Fixtures.read(out, "manifest.json")
        #expect(manifest.contains("\"minimumLength\" : 48"))
    }

    @Test("a bundled scenario: truth column, phase scopes and accuracy against the truth")
    func scenario() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await Run.evaluation(.of(scenario: Fixtures.quickstart, horizon: 7, windows: 3, forecasters: "naive,ses,blend=mean(naive,ses)",
                                         replications: 2), into: folder, "run")
        let out = folder.appendingPathComponent("run")
        let frame = try Fixtures.read(out, "forecasts.csv")
        #expect(frame.hasPrefix("unique_id,ds,cutoff,y,truth,naive,"))
        #expect(frame.contains("@s42r1,"))
        let accuracy = try Fixtures.read(out, "accuracy.csv")
        #expect(accuracy.contains("blend,truth,all,rmsse,"))
        #expect(accuracy.contains(",demand,maturity,mae,") || accuracy.contains(",demand,growth,mae,"))
    }

    @Test("every everyday scenario evaluates end to end")
    func everyScenario() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in try Fixtures.everydayScenarios() {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let result = try await Run.evaluation(.of(scenario: file, horizon: 7, windows: 2, forecasters: "naive,ses,croston,bass,analog"),
                                                  into: folder, name)
            for file in Self.files {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(name)/\(file)").path), "\(name): \(file)")
            }
            #expect(result.summary.table(wide: false).split(separator: "\n").contains { $0.hasPrefix("1 ") }, "\(file)")
        }
    }

    @Test("results are byte-identical with 1 and 3 threads")
    func threads() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var contents: [[String]] = []
        for threads in [1, 3] {
            _ = try await Run.evaluation(.of(history: Fixtures.history, horizon: 6, windows: 3, step: 4), into: folder, "t\(threads)") {
                $0.threads = threads
            }
            let out = folder.appendingPathComponent("t\(threads)")
            contents.append(try ["forecasts.csv", "accuracy.csv", "summary.md", "report.html"].map { try Fixtures.read(out, $0) })
        }
        #expect(contents[0] == contents[1])
    }

    @Test("an unreadable history is the input's problem, an impossible definition the request's; nothing is written")
    func badInput() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = try Fixtures.write("unique_id,ds,y\na,2024-01-01,1\na,2024-01-08,-2\n", to: folder, as: "bad.csv")
        let out = folder.appendingPathComponent("run")
        var error = await expectFailure { try await Run.evaluation(.of(history: bad, horizon: 4, windows: 2), into: folder, "run") }
        let input = try #require(error?.input as? InputFileError, "\(String(describing: error))")
        #expect(input.problems.contains { $0.row == 3 && $0.column == "y" && $0.message.contains("-2 is negative") }, "\(input)")
        #expect(!FileManager.default.fileExists(atPath: out.path))

        let definitions: [(EvaluationDefinition, String)] = [
            (try .of(history: Fixtures.history, horizon: 4, windows: 2, forecasters: "ses,nope"), "unknown forecaster 'nope'"),
            (try .of(history: Fixtures.history, horizon: 4, windows: 2, levels: [120]), "interval level 120"),
            (try .of(history: Fixtures.history, horizon: 4, windows: 2, forecasters: "ses,ses"), "named twice"),
            (try .of(scenario: Fixtures.quickstart, history: Fixtures.history, horizon: 4, windows: 2), "exactly one"),
        ]
        for (definition, message) in definitions {
            error = await expectFailure { try await Run.evaluation(definition, into: folder, "run") }
            guard case let .evaluation(problem) = error?.request else { Issue.record("\(message): \(String(describing: error))"); continue }
            #expect(problem.description.contains(message), "\(problem)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    @Test("a scenario evaluation that would simulate too much is refused before anything runs")
    func tooLarge() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = await expectFailure {
            try await Run.evaluation(.of(scenario: Fixtures.path("Scenarios/bench-1k.yaml"), horizon: 7, windows: 1, forecasters: "naive",
                                         replications: 100), into: folder, "run")
        }
        guard case let .evaluation(problem) = error?.request else { Issue.record("\(String(describing: error))"); return }
        #expect(problem.description.contains("36,500,000 product-periods"), "\(problem)")
    }
}
