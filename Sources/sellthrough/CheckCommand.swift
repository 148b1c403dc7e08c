import ArgumentParser
import Evaluation
import Foundation
import Reporting

/// `sellthrough check`: the accuracy regression gate. Reruns the evaluations of committed
/// baselines and fails when a watched metric got worse beyond its tolerance.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Rerun the evaluations of accuracy baselines and fail on any regression.",
        discussion: """
            Reads Results/baselines/*.json (or the --baseline files), reruns each evaluation they \
            name and compares every watched metric of every recorded forecaster with its recorded \
            value: a regression is a rise of the metric's loss (the value; |bias|; the distance of \
            coverage from its level) beyond max(absolute, relative × recorded). Prints what got \
            worse and by how much; --junit writes JUnit XML (one testcase per evaluation × \
            forecaster × metric); --update rewrites the baselines with the current values. Exit \
            status: 0 no regression; 1 a regression (or a recorded metric no longer computed); 2 \
            a result file could not be written; 3 a baseline or an input it names is missing or \
            invalid; 64 wrong command line.
            """)

    @Option(help: "Baseline file (repeatable); default: every Results/baselines/*.json.")
    var baseline: [String] = []

    @Flag(help: "Rewrite the baselines with the current values instead of gating.")
    var update = false

    @Option(help: "Write JUnit XML here.")
    var junit: String?

    @Option(help: "Concurrent evaluation tasks (results do not depend on it).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    /// Exit statuses of `check` (see the discussion).
    static let regressed = ExitCode(1)
    static let invalidBaseline = ExitCode(3)

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() async throws {
        let files = try baselineFiles()
        var suites: [JUnitReport.Suite] = []
        var failed = 0
        for file in files {
            var baseline = try Self.load(file)
            for (index, item) in baseline.evaluations.enumerated() {
                let started = Date()
                let (checks, current) = try await evaluate(item, file: file)
                let seconds = Date().timeIntervalSince(started)
                suites.append(JUnitReport.Suite(baseline: Self.stem(file), evaluation: item.evaluation.name, checks: checks, seconds: seconds))
                failed += report(checks, file: file, evaluation: item.evaluation.name, seconds: seconds)
                if update {
                    baseline.evaluations[index].recorded = item.recorded.map { forecaster in
                        RecordedForecaster(name: forecaster.name, choice: forecaster.choice, values: current[forecaster.name] ?? [:])
                    }
                }
            }
            if update {
                try writingResults { try AtomicFile.write(ResultJSON.encode(baseline), to: file) }
                print("updated \(file)")
            }
        }
        if let junit {
            try writingResults { try AtomicFile.write(JUnitReport.xml(suites), to: junit) }
        }
        let total = suites.reduce(0) { $0 + $1.checks.count }
        print("\(total) checks in \(suites.count) evaluation\(suites.count == 1 ? "" : "s"): \(failed) \(update ? "changed beyond tolerance (rerecorded)" : "failed")")
        if failed > 0 && !update { throw Self.regressed }
    }

    /// The baseline files to check, sorted; fails with status 3 when there are none.
    private func baselineFiles() throws -> [String] {
        if !baseline.isEmpty { return baseline }
        let folder = "Results/baselines"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let files = names.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
        guard !files.isEmpty else {
            printError("\(folder): no baselines (*.json) found; run from the repository root or pass --baseline FILE")
            throw Self.invalidBaseline
        }
        return files
    }

    static func load(_ file: String) throws -> Baseline {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let baseline = try JSONDecoder().decode(Baseline.self, from: data)
            if let problem = problems(baseline).first {
                printError("\(file): \(problem)")
                throw invalidBaseline
            }
            return baseline
        } catch let error as ExitCode {
            throw error
        } catch let error as DecodingError {
            printError("\(file): not a baseline: \(Self.describe(error))")
            throw invalidBaseline
        } catch {
            printError("\(file): cannot be read: \(error.localizedDescription)")
            throw invalidBaseline
        }
    }

    /// Unknown metric names, duplicate names.
    static func problems(_ baseline: Baseline) -> [String] {
        var problems: [String] = []
        for item in baseline.evaluations {
            for metric in item.metrics where AccuracyMetric(name: metric) == nil {
                problems.append("evaluation \(item.evaluation.name): unknown metric '\(metric)' (e.g. rmsse, mase, wape, bias, mae, rmse, smape, wrmsse, pinball_0.9, coverage_80)")
            }
            let names = item.recorded.map(\.name)
            if Set(names).count != names.count { problems.append("evaluation \(item.evaluation.name): a forecaster name is recorded twice") }
            if item.recorded.isEmpty { problems.append("evaluation \(item.evaluation.name): no forecasters recorded") }
        }
        return problems
    }

    /// Runs one baseline evaluation: the checks and the current values by forecaster name.
    private func evaluate(_ item: BaselineEvaluation, file: String) async throws -> ([GateCheck], [String: [String: Double]]) {
        let prepared: PreparedEvaluation
        do {
            prepared = try EvaluationSetup.prepare(item.definition)
        } catch {
            printError("\(file): evaluation \(item.evaluation.name): \(error.description)")
            throw Self.invalidBaseline
        }
        let outcome = await prepared.run(threads: threads)
        let report = AccuracyReport(outcome: outcome)
        let current = GateComparison.values(report, labels: outcome.labels, names: item.recorded.map(\.name), metrics: item.metrics)
        return (GateComparison.compare(item, current: current), current)
    }

    /// Prints the evaluation's line and every failed or improved check; the number failed.
    private func report(_ checks: [GateCheck], file: String, evaluation: String, seconds: Double) -> Int {
        let failures = checks.filter(\.fails)
        let improved = checks.filter { $0.verdict == .improved }
        let unrecorded = checks.filter { $0.verdict == .unrecorded }
        print("\(file) › \(evaluation): \(checks.count) checks, \(failures.count) failed, \(improved.count) improved"
              + (unrecorded.isEmpty ? "" : ", \(unrecorded.count) not recorded") + " (" + String(format: "%.1f", seconds) + " s)")
        for check in failures { print("  \(update ? "changed" : "WORSE")  \(GateReportText.describe(check))") }
        for check in improved { print("  better \(GateReportText.describe(check))") }
        return failures.count
    }

    static func stem(_ file: String) -> String {
        URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, context):
            return "missing '\(key.stringValue)' at \(path(context))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(context.debugDescription) at \(path(context))"
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "the top level" : path
    }
}
