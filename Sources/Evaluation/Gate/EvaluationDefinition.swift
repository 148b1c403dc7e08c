/// One evaluation as a baseline (or the command line) names it: the source, the window plan,
/// the forecasters and what to compute. Paths are relative to the folder `sellthrough` runs
/// in (the repository root for committed baselines).
public struct EvaluationDefinition: Codable, Sendable, Hashable {
    /// A short name, unique within a baseline ("quickstart", "online-retail-fixture").
    public var name: String
    /// A scenario file (YAML); exactly one of `scenario` and `history` is set.
    public var scenario: String?
    /// A long-format history CSV.
    public var history: String?
    /// A product file for the history's analog profiles.
    public var products: String?
    /// The history's frequency; nil to infer it.
    public var frequency: SeriesFrequency?
    /// What to do with periods missing inside a history's series (default: refuse them).
    public var fillGaps: GapFilling?
    /// The history's id, date and units sold columns (default: unique_id, ds, y).
    public var columns: HistoryColumnNames?
    /// Scenario seeds (default: the file's seed).
    public var seeds: [UInt64]?
    /// Replications per seed (default 1).
    public var replications: Int?
    public var horizon: Int
    public var windows: Int
    /// Periods between cutoffs (default: the horizon).
    public var step: Int?
    /// Season length given to forecasters (default: 7 daily, 52 weekly, 12 monthly, 4 quarterly).
    public var season: Int?
    /// Series shorter than this are skipped (default: h·windows + 2h for histories,
    /// statsforecast's testSize + 1 for scenarios).
    public var minimumLength: Int?
    /// Central interval levels, percent.
    public var levels: [Double]
    /// Pinball quantile levels (default: the median and the interval ends).
    public var quantiles: [Double]?
    /// Forecaster choices in their text form ("ses", "ma(window=4)", "blend=median(ses,tsb)");
    /// absent in baselines, whose recorded forecasters say what runs.
    public var forecasters: [String]?

    public init(name: String, scenario: String? = nil, history: String? = nil, products: String? = nil,
                frequency: SeriesFrequency? = nil, fillGaps: GapFilling? = nil, columns: HistoryColumnNames? = nil,
                seeds: [UInt64]? = nil, replications: Int? = nil,
                horizon: Int, windows: Int, step: Int? = nil, season: Int? = nil, minimumLength: Int? = nil,
                levels: [Double] = [80, 95], quantiles: [Double]? = nil, forecasters: [String]?) {
        self.name = name
        self.scenario = scenario
        self.history = history
        self.products = products
        self.frequency = frequency
        self.fillGaps = fillGaps
        self.columns = columns
        self.seeds = seeds
        self.replications = replications
        self.horizon = horizon
        self.windows = windows
        self.step = step
        self.season = season
        self.minimumLength = minimumLength
        self.levels = levels
        self.quantiles = quantiles
        self.forecasters = forecasters
    }

    /// The window plan, with the source's default minimum length.
    public var plan: WindowPlan {
        WindowPlan(horizon: horizon, windows: windows, step: step,
                   minimumLength: minimumLength ?? (history != nil ? WindowPlan.peerMinimumLength(horizon: horizon, windows: windows) : nil))
    }

    /// How to read the history.
    public var historyOptions: HistoryImport.Options {
        HistoryImport.Options(frequency: frequency, fillGaps: fillGaps ?? .refuse, columns: columns ?? HistoryColumnNames())
    }

    /// The intervals and quantiles asked for.
    public var questions: ForecastQuestions {
        ForecastQuestions(levels: levels, quantiles: quantiles)
    }

    /// Problems with the definition itself (sources, plan, levels, bounds), each naming the
    /// field it concerns; empty when it can run.
    public var problems: [DefinitionProblem] {
        var problems: [DefinitionProblem] = []
        func check(_ value: Int?, _ field: String, _ bounds: ClosedRange<Int>, _ what: String) {
            guard let value, !bounds.contains(value) else { return }
            problems.append(DefinitionProblem(field: field, message: "\(what) must be \(EvaluationLimits.text(bounds)), not \(EvaluationLimits.grouped(value))"))
        }
        if (scenario == nil) == (history == nil) {
            problems.append(DefinitionProblem(field: nil, message: "give either a scenario file or a history file (exactly one)"))
        }
        check(horizon, "horizon", EvaluationLimits.horizon, "the horizon (periods)")
        check(windows, "windows", EvaluationLimits.windows, "the number of windows")
        check(step, "step", EvaluationLimits.step, "the step (periods)")
        check(season, "season", EvaluationLimits.season, "the season (periods)")
        check(minimumLength, "minimumLength", EvaluationLimits.minimumLength, "the minimum length (periods)")
        check(replications, "replications", EvaluationLimits.replications, "the number of replications")
        check(seeds?.count, "seeds", EvaluationLimits.seeds, "the number of seeds")
        check(levels.count, "levels", EvaluationLimits.levels, "the number of interval levels")
        check(quantiles?.count, "quantiles", EvaluationLimits.levels, "the number of quantiles")
        if let bad = levels.first(where: { !($0 > 0 && $0 < 100) }) {
            problems.append(DefinitionProblem(field: "levels", message: "interval level \(bad) is not between 0 and 100 (write percentages such as 80,95)"))
        }
        if let bad = quantiles?.first(where: { !($0 > 0 && $0 < 1) }) {
            problems.append(DefinitionProblem(field: "quantiles", message: "quantile \(bad) is not strictly between 0 and 1"))
        }
        problems += (columns?.problems ?? []).map { DefinitionProblem(field: "columns", message: $0) }
        if forecasters?.isEmpty ?? true { problems.append(DefinitionProblem(field: "forecasters", message: "name at least one forecaster")) }
        return problems
    }
}

/// Something wrong with an ``EvaluationDefinition``: the field it concerns (its key in a
/// baseline file; nil for the definition as a whole) and what is wrong, in words.
public struct DefinitionProblem: Sendable, Hashable, CustomStringConvertible {
    public var field: String?
    public var message: String

    public init(field: String?, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { message }
}
