import ArgumentParser
import Evaluation
import Foundation
import Reporting
import Workflows

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

    @OptionGroup var threads: ThreadsOption
    @OptionGroup var quiet: QuietOption

    func run() async throws {
        var options = CheckWorkflow.Options(baselines: baseline, threads: threads.count)
        options.update = update
        options.junit = junit
        let printer = EventPrinter(quiet: quiet.quiet)
        // Every input of the gate is a baseline or named by one.
        let result = try await CommandFailure.wording(input: .invalidBaseline) {
            try await printer.showing { show in
                try await CheckWorkflow.run(options) { event in
                    switch event {
                    case let .checked(evaluation):
                        printer.clear()
                        report(evaluation)
                    case let .baselineRewritten(file):
                        printer.clear()
                        print("updated \(file)")
                    default:
                        show(event)
                    }
                }
            }
        }
        let evaluations = result.evaluations.count
        print("\(result.checks) checks in \(evaluations) evaluation\(evaluations == 1 ? "" : "s"): \(result.failed) "
              + (update ? "changed beyond tolerance (rerecorded)" : "failed"))
        if result.failed > 0 && !update { throw CommandFailure(.regressed, lines: []) }
    }

    /// Prints the evaluation's line and every failed or improved check.
    private func report(_ evaluation: CheckedEvaluation) {
        let checks = evaluation.checks
        let failures = evaluation.failures
        let improved = checks.filter { $0.verdict == .improved }
        let unrecorded = checks.filter { $0.verdict == .unrecorded }
        print("\(evaluation.file) › \(evaluation.evaluation): \(checks.count) checks, \(failures.count) failed, \(improved.count) improved"
              + (unrecorded.isEmpty ? "" : ", \(unrecorded.count) not recorded") + " (" + String(format: "%.1f", evaluation.seconds) + " s)")
        for check in failures { print("  \(update ? "changed" : "WORSE")  \(GateReportText.describe(check))") }
        for check in improved { print("  better \(GateReportText.describe(check))") }
    }
}
