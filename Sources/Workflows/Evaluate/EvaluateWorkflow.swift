import Evaluation
import Foundation
import Reporting

/// Rolling-origin evaluation of forecasters on a scenario's market or on sales history,
/// written to a folder: `forecasts.csv` (statsforecast's layout), `accuracy.csv`,
/// `series-accuracy.csv`, `summary.md`, `report.html`, the shown series' two files and
/// `manifest.json`. Everything is checked before the first forecast; the folder appears only
/// once complete.
public enum EvaluateWorkflow {
    /// What to evaluate and where to write it.
    public struct Options: Sendable {
        public var definition: EvaluationDefinition
        /// Explicit origins (`launch+K`, `end-K`) instead of the definition's trailing windows.
        public var origins: [WindowOrigin]?
        /// Series (unique_id) the report draws; nil: a deterministic sample.
        public var shownSeries: [String]?
        /// The forecaster the report's paired differences are measured from; nil: the best.
        public var reference: String?
        /// Concurrent tasks (≥ 1); results do not depend on it.
        public var threads: Int
        /// The folder to create (it must not exist); nil: ``ResultsLocation/defaultFolder(name:label:at:)``.
        public var folder: String?
        public var provenance: Provenance

        public init(definition: EvaluationDefinition, folder: String? = nil,
                    threads: Int = ProcessInfo.processInfo.activeProcessorCount, provenance: Provenance) {
            self.definition = definition
            self.folder = folder
            self.threads = threads
            self.provenance = provenance
        }
    }

    /// What was evaluated and written.
    public struct Result {
        /// "history weekly_demand.csv", "scenario quickstart (seed 42, 1 replication)".
        public var title: String
        /// The ranking, the notes on what was evaluated, large biases and any refusal to rank.
        public var summary: EvaluationSummary
        /// Forecasters, with the seconds spent in each (summed over tasks).
        public var forecasters: [(label: String, seconds: Double)]
        /// Wall-clock seconds of the evaluation itself (after loading).
        public var evaluationSeconds: Double
        public var files: WrittenFiles
    }

    public static func run(_ options: Options, events: WorkflowEvents = { _ in }) async throws(WorkflowError) -> Result {
        let started = Date()
        let prepared = try prepare(options)
        let shown = try shownSeries(options.shownSeries, of: prepared)
        try checkReference(options.reference, of: prepared)
        let loaded = Date()
        let outcome = await prepared.run(threads: options.threads) { done in
            events(.progress(.series, done: done, total: prepared.series.count))
        }
        let evaluated = Date()
        let report = AccuracyReport(outcome: outcome)
        let summary = EvaluationSummary(title: prepared.title, facts: .init(outcome: outcome, filledGaps: prepared.filledGaps), report: report)
        let choice = ShownChoice(indices: shown ?? ShownSeries.sample(outcome), chosen: shown != nil)
        let destination = options.folder ?? ResultsLocation.defaultFolder(name: prepared.definition.name, label: "evaluate", at: started)
        let (_, files) = try await ResultFolder.produce(at: destination, events: events) { folder in
            try write(prepared, outcome: outcome, report: report, summary: summary, shown: choice, options: options,
                      started: started, into: folder) {
                ["load": loaded.timeIntervalSince(started), "evaluate": evaluated.timeIntervalSince(loaded),
                 "total": Date().timeIntervalSince(started)]
            }
        }
        return Result(title: prepared.title, summary: summary,
                      forecasters: zip(outcome.labels, outcome.forecasterSeconds).map { (label: $0, seconds: $1) },
                      evaluationSeconds: evaluated.timeIntervalSince(loaded), files: files)
    }

    /// The evaluation prepared: an impossible definition is the request's problem, an
    /// unreadable source the input's.
    static func prepare(_ options: Options) throws(WorkflowError) -> PreparedEvaluation {
        let definition = options.definition
        // A horizon below 1 is refused by the definition's own checks, before any plan is used.
        let plan = options.origins.flatMap {
            definition.horizon >= 1 ? WindowPlan(horizon: definition.horizon, origins: $0, minimumLength: definition.minimumLength) : nil
        }
        do {
            return try EvaluationSetup.prepare(definition, plan: plan)
        } catch {
            switch error {
            case .definition: throw .request(.evaluation(error))
            case let .input(input): throw .input(input)
            }
        }
    }

    /// Writes every file of the folder; `seconds` gives the timings as the manifest is made.
    private static func write(_ prepared: PreparedEvaluation, outcome: EvaluationOutcome, report: AccuracyReport,
                              summary: EvaluationSummary, shown: ShownChoice, options: Options, started: Date,
                              into folder: ResultFolder, seconds: () -> [String: Double]) throws {
        let scores = SeriesScore.scores(outcome)
        let panels = shown.indices.map { ShownSeries(outcome, index: $0) }
        try ForecastFrameWriter.write(outcome, to: folder.path("forecasts.csv"))
        try folder.write(AccuracyFileWriter.csv(report), "accuracy.csv")
        try folder.write(SeriesAccuracyFile.csv(scores), SeriesAccuracyFile.fileName)
        try folder.write(summary.markdown, "summary.md")
        let shownFiles = ShownSeriesFiles.csv(panels)
        try folder.write(shownFiles.series, ShownSeriesFiles.seriesFile)
        try folder.write(shownFiles.forecasts, ShownSeriesFiles.forecastsFile)
        let manifest = prepared.manifest(outcome: outcome, threads: options.threads, provenance: options.provenance,
                                         startedAt: started, seconds: seconds(),
                                         shown: shown, reference: options.reference)
        try folder.writeJSON(manifest, "manifest.json")
        // Drawn from what the folder holds, as a report drawn again draws it.
        let page = EvaluationSummary(title: prepared.title, facts: EvaluationSummary.Facts(manifest: manifest), report: report)
        try folder.write(EvaluationReport(summary: page, accuracy: report, manifest: manifest, scores: scores, shown: panels).html,
                         EvaluationReport.fileName)
    }
}
