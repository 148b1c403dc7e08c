import Evaluation
import Foundation

/// What produced an evaluation folder (`manifest.json`): tool, command line, the source and
/// the window plan, forecasters, counts and timings.
public struct EvaluationManifest: Codable, Sendable {
    public var tool: String
    public var version: String
    public var command: [String]
    /// `scenario` or `history`.
    public var sourceKind: String
    /// The scenario or history file.
    public var source: String
    /// What was evaluated, in words ("history weekly_demand.csv", "scenario quickstart (seed
    /// 42, 1 replication)"): the title of `summary.md` and `report.html`.
    public var title: String?
    /// Scenario seeds and replications simulated (scenarios only).
    public var seeds: [UInt64]?
    public var replications: Int?
    public var frequency: String
    public var horizon: Int
    public var windows: Int
    public var step: Int
    public var minimumLength: Int
    public var season: Int
    public var levels: [Double]
    public var quantiles: [Double]
    public var forecasters: [String]
    public var series: Int
    public var evaluatedSeries: Int
    public var threads: Int
    public var startedAt: Date
    /// Wall-clock seconds per stage.
    public var seconds: [String: Double]
    /// Seconds spent in each forecaster, summed over series and windows.
    public var forecasterSeconds: [String: Double]?
    /// The origin of each window in window order (`end-16`, `end-8`; `launch+4`, …).
    public var origins: [String]?
    /// Whether the origins were given (rather than the trailing windows of windows and step).
    public var explicitOrigins: Bool?
    /// What became of the planned windows (scored, sold nothing, did not fit).
    public var census: WindowCensus?
    /// The series drawn forecast against actual in the report, and whether they were chosen
    /// by the user (true) or sampled (false; see ``ShownSeries/sample(_:count:)``).
    public var shownSeries: [String]?
    public var shownChosen: Bool?
    /// The forecaster accuracy differences are measured from; nil: the best by RMSSE.
    public var reference: String?
    /// Missing periods of the history filled with y = 0; nil when none were.
    public var filledGaps: FilledGaps?

    public init(tool: String, version: String, command: [String], sourceKind: String, source: String, title: String? = nil,
                seeds: [UInt64]?, replications: Int?, frequency: String, horizon: Int, windows: Int, step: Int,
                minimumLength: Int, season: Int, levels: [Double], quantiles: [Double], forecasters: [String],
                series: Int, evaluatedSeries: Int, threads: Int, startedAt: Date, seconds: [String: Double], forecasterSeconds: [String: Double]? = nil,
                origins: [String]? = nil, explicitOrigins: Bool? = nil, census: WindowCensus? = nil, shownSeries: [String]? = nil,
                shownChosen: Bool? = nil, reference: String? = nil, filledGaps: FilledGaps? = nil) {
        self.tool = tool
        self.version = version
        self.command = command
        self.sourceKind = sourceKind
        self.source = source
        self.title = title
        self.seeds = seeds
        self.replications = replications
        self.frequency = frequency
        self.horizon = horizon
        self.windows = windows
        self.step = step
        self.minimumLength = minimumLength
        self.season = season
        self.levels = levels
        self.quantiles = quantiles
        self.forecasters = forecasters
        self.series = series
        self.evaluatedSeries = evaluatedSeries
        self.threads = threads
        self.startedAt = startedAt
        self.seconds = seconds
        self.forecasterSeconds = forecasterSeconds
        self.origins = origins
        self.explicitOrigins = explicitOrigins
        self.census = census
        self.shownSeries = shownSeries
        self.shownChosen = shownChosen
        self.reference = reference
        self.filledGaps = filledGaps
    }
}
