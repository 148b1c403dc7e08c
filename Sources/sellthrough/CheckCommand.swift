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
            forecaster × metric); --update rewrites the baselines with the current values. Every \
            baseline is checked before anything runs: a problem (not JSON, an unknown key, a \
            number out of bounds, a gate that checks nothing) is reported with file, line, column \
            and field. A progress bar is drawn on standard error when it is a terminal (never \
            with --quiet or when CI is set). Exit status: 0 no regression; 1 a regression (or a \
            recorded metric no longer computed); 2 a result file could not be written; 3 a \
            baseline or an input it names is missing or invalid; 64 wrong command line.
            """)

    @Option(help: "Baseline file (repeatable); default: every Results/baselines/*.json.")
    var baseline: [String] = []

    @Flag(help: "Rewrite the baselines with the current values instead of gating.")
    var update = false

    @Option(help: "Write JUnit XML here.")
    var junit: String?

    @Option(help: "Concurrent evaluation tasks, \(OptionBounds.text(OptionBounds.threads)) (default: the number of cores; results do not depend on it).",
            transform: WholeNumber.parse)
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No progress bar (it is drawn only when standard error is a terminal).")
    var quiet = false

    func validate() throws {
        try OptionBounds.check(threads, "--threads", OptionBounds.threads)
    }

    func run() async throws {
        // Every baseline is read and checked before the first evaluation runs.
        let baselines = try baselineFiles().map { file throws(CommandFailure) in (file, try Self.load(file)) }
        let progress = ProgressBar(total: baselines.reduce(0) { $0 + $1.1.evaluations.count }, label: "evaluations", quiet: quiet)
        progress.update(0)
        var suites: [JUnitReport.Suite] = []
        var failed = 0
        for (file, var baseline) in baselines {
            for (index, item) in baseline.evaluations.enumerated() {
                let started = Date()
                let (checks, current) = try await evaluate(item, index: index, file: file)
                let seconds = Date().timeIntervalSince(started)
                suites.append(JUnitReport.Suite(baseline: Self.stem(file), evaluation: item.evaluation.name, checks: checks, seconds: seconds))
                progress.clear()
                failed += report(checks, file: file, evaluation: item.evaluation.name, seconds: seconds)
                progress.update(suites.count)
                if update {
                    baseline.evaluations[index].recorded = item.recorded.map { forecaster in
                        RecordedForecaster(name: forecaster.name, choice: forecaster.choice, values: current[forecaster.name] ?? [:])
                    }
                }
            }
            if update {
                try writingResults { try AtomicFile.write(ResultJSON.encode(baseline), to: file) }
                progress.clear()
                print("updated \(file)")
            }
        }
        progress.finish()
        if let junit {
            try writingResults { try AtomicFile.write(JUnitReport.xml(suites), to: junit) }
        }
        let total = suites.reduce(0) { $0 + $1.checks.count }
        print("\(total) checks in \(suites.count) evaluation\(suites.count == 1 ? "" : "s"): \(failed) \(update ? "changed beyond tolerance (rerecorded)" : "failed")")
        if failed > 0 && !update { throw CommandFailure(.regressed, lines: []) }
    }

    /// The baseline files to check, sorted; fails with status 3 when there are none.
    private func baselineFiles() throws(CommandFailure) -> [String] {
        if !baseline.isEmpty { return baseline }
        let folder = "Results/baselines"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let files = names.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
        guard !files.isEmpty else {
            throw CommandFailure(.invalidBaseline, "\(folder): no baselines (*.json) found",
                                 hint: "run from the repository root or pass --baseline FILE")
        }
        return files
    }

    /// The baseline in `file`, checked; status 3 with every problem located when it is invalid.
    static func load(_ file: String) throws(CommandFailure) -> Baseline {
        do {
            return try BaselineFile.load(file)
        } catch {
            throw CommandFailure(.invalidBaseline, lines: error.issues.map(\.description))
        }
    }

    /// Runs one baseline evaluation: the checks and the current values by forecaster name.
    private func evaluate(_ item: BaselineEvaluation, index: Int, file: String) async throws -> ([GateCheck], [String: [String: Double]]) {
        let prepared: PreparedEvaluation
        do {
            prepared = try EvaluationSetup.prepare(item.definition)
        } catch {
            throw CommandFailure(.invalidBaseline, lines: error.lines
                + ["note: in \(file), evaluations[\(index)] ('\(item.evaluation.name)')"])
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
}
