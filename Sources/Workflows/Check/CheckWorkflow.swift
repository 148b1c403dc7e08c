import Evaluation
import Foundation
import Reporting

/// The accuracy regression gate: reruns the evaluations of baseline files and compares every
/// watched metric of every recorded forecaster with its recorded value, or rewrites the
/// baselines with the current values. Every baseline is read and checked before the first
/// evaluation runs; each evaluation is reported (``WorkflowEvent/checked(_:)``) as it finishes.
public enum CheckWorkflow {
    /// Which baselines, and what to write.
    public struct Options: Sendable {
        /// Baseline files; empty: every `*.json` of ``folder``.
        public var baselines: [String]
        /// Where the baselines are found by default.
        public var folder = "Results/baselines"
        /// Rewrite the baselines with the current values instead of gating.
        public var update = false
        /// Write JUnit XML here (one testcase per evaluation × forecaster × metric).
        public var junit: String?
        /// Concurrent tasks of each evaluation (≥ 1); results do not depend on it.
        public var threads: Int

        public init(baselines: [String] = [], threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
            self.baselines = baselines
            self.threads = threads
        }
    }

    /// What the gate found.
    public struct Result: Sendable {
        /// Each evaluation checked, in order.
        public var evaluations: [CheckedEvaluation]
        /// The baseline files rewritten (with ``Options/update``).
        public var rewritten: [String]

        /// Checks made, in all.
        public var checks: Int { evaluations.reduce(0) { $0 + $1.checks.count } }
        /// Checks that fail the gate (or, with update, changed beyond tolerance).
        public var failed: Int { evaluations.reduce(0) { $0 + $1.failures.count } }
    }

    /// - Throws: ``WorkflowError``: `.input` for a missing or invalid baseline (a
    ///   ``BaselineError`` with every problem located, ``BaselinesNotFound``) or an evaluation
    ///   one names that cannot be set up (``BaselineEvaluationError``); `.output` when a
    ///   baseline or the JUnit file cannot be written.
    public static func run(_ options: Options, events: WorkflowEvents = { _ in }) async throws(WorkflowError) -> Result {
        let baselines = try baselineFiles(options).map { file throws(WorkflowError) in (file, try load(file)) }
        let total = baselines.reduce(0) { $0 + $1.1.evaluations.count }
        events(.progress(.evaluations, done: 0, total: total))
        var result = Result(evaluations: [], rewritten: [])
        for (file, var baseline) in baselines {
            for (index, item) in baseline.evaluations.enumerated() {
                let started = Date()
                let (checks, current) = try await evaluate(item, index: index, file: file, threads: options.threads)
                let checked = CheckedEvaluation(file: file, evaluation: item.evaluation.name, checks: checks,
                                                seconds: Date().timeIntervalSince(started))
                result.evaluations.append(checked)
                events(.checked(checked))
                events(.progress(.evaluations, done: result.evaluations.count, total: total))
                if options.update {
                    baseline.evaluations[index].recorded = item.recorded.map { forecaster in
                        RecordedForecaster(name: forecaster.name, choice: forecaster.choice, values: current[forecaster.name] ?? [:])
                    }
                }
            }
            if options.update {
                try write { () throws(OutputError) in try AtomicFile.write(ResultJSON.encode(baseline), to: file) }
                result.rewritten.append(file)
                events(.baselineRewritten(file: file))
            }
        }
        if let junit = options.junit {
            let suites = result.evaluations.map {
                JUnitReport.Suite(baseline: stem($0.file), evaluation: $0.evaluation, checks: $0.checks, seconds: $0.seconds)
            }
            try write { () throws(OutputError) in try AtomicFile.write(JUnitReport.xml(suites), to: junit) }
        }
        return result
    }

    /// The baseline files to check, in order.
    private static func baselineFiles(_ options: Options) throws(WorkflowError) -> [String] {
        if !options.baselines.isEmpty { return options.baselines }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: options.folder)) ?? []
        let files = names.filter { $0.hasSuffix(".json") }.sorted().map { "\(options.folder)/\($0)" }
        guard !files.isEmpty else { throw .input(BaselinesNotFound(folder: options.folder)) }
        return files
    }

    /// The baseline in `file`, checked, every problem located.
    private static func load(_ file: String) throws(WorkflowError) -> Baseline {
        do {
            return try BaselineFile.load(file)
        } catch {
            throw .input(error)
        }
    }

    /// Runs one baseline evaluation: the checks and the current values by forecaster name.
    private static func evaluate(_ item: BaselineEvaluation, index: Int, file: String,
                                 threads: Int) async throws(WorkflowError) -> ([GateCheck], [String: [String: Double]]) {
        let prepared: PreparedEvaluation
        do {
            prepared = try EvaluationSetup.prepare(item.definition)
        } catch {
            throw .input(BaselineEvaluationError(file: file, index: index, name: item.evaluation.name, problem: error))
        }
        let outcome = await prepared.run(threads: threads)
        let report = AccuracyReport(outcome: outcome)
        let current = GateComparison.values(report, labels: outcome.labels, names: item.recorded.map(\.name), metrics: item.metrics)
        return (GateComparison.compare(item, current: current), current)
    }

    private static func write(_ body: () throws(OutputError) -> Void) throws(WorkflowError) {
        do {
            try body()
        } catch {
            throw .output(error)
        }
    }

    /// The file's name without folder and extension: the JUnit suite's baseline.
    static func stem(_ file: String) -> String {
        URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    }
}
