import Backtest
import Censoring
import Foundation
import Scenario

/// The censoring estimators scored where the truth is known: one strategy of a scenario runs in
/// the closed loop; each product's sales (units served from the shelf) and stockout flags (the
/// shelf ran empty) in each replication make a ``CensoredSeries``, every estimator turns it
/// into demand, and the estimate is compared with the demand the market drew.
public enum CensoringBenchmark {
    public struct Options: Sendable {
        public var scenarioFile: String
        /// The strategy whose stock censors the sales, as the run table names it; nil: the
        /// scenario's first.
        public var strategy: String?
        /// Replications of the market (≥ 1).
        public var replications: Int
        public var estimators: [CensoringEstimator]
        /// Also score the settings the defaults were chosen from (``CensoringBenchmark/variants``).
        public var variants: Bool

        public init(scenarioFile: String, strategy: String? = nil, replications: Int = 5,
                    estimators: [CensoringEstimator] = CensoringEstimator.allCases, variants: Bool = false) {
            self.scenarioFile = scenarioFile
            self.strategy = strategy
            self.replications = replications
            self.estimators = estimators
            self.variants = variants
        }
    }

    public struct Result: Sendable {
        public var scenario: String
        public var strategy: String
        public var replications: Int
        /// Series scored: products × replications.
        public var series: Int
        /// Product-periods, and how many of them were censored.
        public var periods: Int
        public var censoredPeriods: Int
        /// One per estimator, in the order asked.
        public var scores: [CensoringScore]
    }

    public static func run(_ options: Options) async throws(WorkflowError) -> Result {
        let (spec, plan) = try WorkflowError.reading {
            let spec = try ScenarioSpec.load(contentsOf: options.scenarioFile)
            return (spec, try spec.backtestPlan(replications: options.replications, runsOracle: false))
        }
        let names = plan.strategies.map(\.name)
        let name = options.strategy.map { StrategyNames.resolve($0, among: names) } ?? names.first
        guard let name, let index = names.firstIndex(of: name) else {
            throw .request(.unknownStrategy(options.strategy ?? "", strategies: names))
        }
        var single = plan
        single.strategies = [plan.strategies[index]]
        single.baseline = 0
        var collector = SeriesCollector()
        do {
            _ = try await Backtester.run(single, threads: ProcessInfo.processInfo.activeProcessorCount, into: &collector)
        } catch {
            throw .computation(error)
        }
        let histories = collector.histories(season: spec.seasonLength)
        var scores: [CensoringScore] = []
        for estimator in options.estimators {
            scores.append(try score(estimator.rawValue, estimator, on: histories))
        }
        for (estimator, name, method) in options.variants ? variants : [] where options.estimators.contains(estimator) {
            scores.append(try score(name, method, on: histories))
        }
        let censored = histories.reduce(0) { $0 + $1.series.censored.filter { $0 }.count }
        return Result(scenario: spec.name, strategy: name, replications: options.replications, series: histories.count,
                      periods: histories.reduce(0) { $0 + $1.demand.count }, censoredPeriods: censored, scores: scores)
    }

    /// The settings each estimator's default was chosen from, by name: product-limit over the
    /// whole series and over windows of other widths, the likelihood with one family forced,
    /// comparable periods averaging fewer or more neighbours; each under the estimator it varies
    /// (scored only with it).
    public static let variants: [(CensoringEstimator, String, any CensoringMethod)] = [
        (.productLimit, "product-limit(whole series)", ProductLimitEstimator(halfWidth: nil)),
        (.productLimit, "product-limit(h=3)", ProductLimitEstimator(halfWidth: 3)),
        (.productLimit, "product-limit(h=13)", ProductLimitEstimator(halfWidth: 13)),
        (.productLimit, "product-limit(h=26)", ProductLimitEstimator(halfWidth: 26)),
        (.censoredLikelihood, "censored-likelihood(quadratic)", CensoredLikelihoodEstimator(trend: .quadratic)),
        (.censoredLikelihood, "censored-likelihood(poisson)", CensoredLikelihoodEstimator(family: .poisson)),
        (.censoredLikelihood, "censored-likelihood(negative-binomial)", CensoredLikelihoodEstimator(family: .negativeBinomial)),
        (.censoredLikelihood, "censored-likelihood(zero-inflated-poisson)", CensoredLikelihoodEstimator(family: .zeroInflatedPoisson)),
        (.comparablePeriods, "comparable-periods(neighbours=2)", ComparablePeriodsEstimator(neighbours: 2)),
        (.comparablePeriods, "comparable-periods(neighbours=8)", ComparablePeriodsEstimator(neighbours: 8)),
    ]

    /// `method` over every history, with its wall time.
    static func score(_ name: String, _ method: any CensoringMethod, on histories: [CensoredHistory]) throws(WorkflowError) -> CensoringScore {
        var score = CensoringScore(name: name)
        let started = BenchmarkClock.seconds()
        for history in histories {
            do {
                score.add(try method.estimate(for: history.series), truth: history)
            } catch {
                throw .input(error)
            }
        }
        score.seconds = BenchmarkClock.seconds() - started
        return score
    }
}

/// One product in one replication: what the shelf showed and what customers wanted.
struct CensoredHistory: Sendable {
    var series: CensoredSeries
    /// The true demand per period, in units.
    var demand: [Double]
}

/// Keeps every traced period as (sales, stockout, demand), per replication and product.
private struct SeriesCollector: BacktestSink {
    struct Key: Hashable, Comparable {
        var replication: Int
        var product: Int
        static func < (a: Key, b: Key) -> Bool { (a.replication, a.product) < (b.replication, b.product) }
    }

    struct Periods {
        var first: Int
        var sales: [Double] = []
        var censored: [Bool] = []
        var demand: [Double] = []
    }

    var periods: [Key: Periods] = [:]
    var wantsTrace: Bool { true }

    mutating func record(_ outcome: ProductOutcome) {}

    /// Sales are the units of the period's own demand served from the shelf; the period is
    /// censored when nothing was left on the shelf after them (before any end-of-life
    /// write-off): demand may then have been larger. On a shelf that did not run empty every
    /// customer was served, so demand = sales.
    mutating func trace(_ period: PeriodRecord, replication: Int, strategy: Int) {
        let key = Key(replication: replication, product: period.product)
        periods[key, default: Periods(first: period.period)].sales.append(Double(period.servedFromShelf))
        periods[key, default: Periods(first: period.period)].censored.append(period.onHandEnd + period.writtenOff == 0)
        periods[key, default: Periods(first: period.period)].demand.append(Double(period.demand))
    }

    /// The histories in replication and product order; period t of the calendar sits at
    /// position t mod `season` of the cycle.
    func histories(season: Int) -> [CensoredHistory] {
        periods.keys.sorted().compactMap { key in
            guard let periods = periods[key] else { return nil }
            let series = CensoredSeries(sales: periods.sales, censored: periods.censored, season: season,
                                        firstSeasonPosition: periods.first % season)
            return CensoredHistory(series: series, demand: periods.demand)
        }
    }
}
