import Foundation
import Testing
@testable import Backtest
import Calendar
import Forecasting
import GSL
import Inventory
import Market

/// z for every "within z standard errors" check, as in the GSL tests: a correct implementation
/// fails one such check with probability ≈ 7e−6 (two-sided normal tail beyond 4.5σ), so the
/// suite essentially never fails by chance even with the batch-means estimate of the error.
let zTolerance = 4.5

/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", 2014):
/// a tiny, fully specified generator for scenario *parameters*, so scenario k of a named seed is
/// the same on every platform and Swift version (the market's own draws come from GSL streams
/// keyed by the plan's seed).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform on [0, 1), from the top 53 bits.
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * uniform()
    }

    /// Log-uniform on the range (both bounds > 0): every decade equally likely.
    mutating func logUniform(_ range: ClosedRange<Double>) -> Double {
        let low = log(range.lowerBound), high = log(range.upperBound)
        return exp(low + (high - low) * uniform())
    }

    /// Uniform integer in the range (modulo bias < 2⁻⁵⁰ for the small ranges used here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func chance(_ probability: Double) -> Bool {
        uniform() < probability
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }
}

/// Relative closeness for money: |a − b| ≤ 1e-9·max(1, |a|, |b|).
func isClose(_ a: Double, _ b: Double, relative: Double = 1e-9) -> Bool {
    abs(a - b) <= relative * max(1, abs(a), abs(b))
}

/// Small hand-built markets and terms.
enum Fixture {
    /// 2026-01-05, a Monday.
    static let start = CalendarDate(dayNumber: 20458)

    static func day(_ offset: Int) -> CalendarDate { start.adding(days: offset) }

    /// A product with flat expected demand `level` per period: a single maturity segment, with
    /// Poisson noise unless told otherwise. Open-ended life unless `lifeDays` is given.
    static func flatProduct(_ id: String = "item", level: Double, price: Double = 10, noise: DemandNoise = .poisson,
                            launchDay: Int = 0, lifeDays: Int? = nil) -> Product {
        let first = day(launchDay)
        let life = lifeDays.map { DayRange(first: first, days: $0) } ?? DayRange(first: first, end: nil)
        let segment = LifecycleSegment(phase: .maturity, start: first, end: life.end ?? first.adding(days: 100_000),
                                       fromLevel: level, toLevel: level)
        return Product(id: id, listPrice: price, life: life, lifecycle: .phases([segment]), noise: noise)
    }

    /// A Bass product launched on day 0 with an open-ended life.
    static func bassProduct(_ id: String = "gadget", bass: BassDiffusion, price: Double = 10) -> Product {
        Product(id: id, listPrice: price, life: DayRange(first: start, end: nil), lifecycle: .bass(bass))
    }

    /// A daily (or weekly) calendar of `periods` periods from ``start``.
    static func blueprint(_ products: [Product], periods: Int, length: PeriodLength = .day,
                          promotions: [Promotion] = [], shocks: [Shock] = []) -> MarketBlueprint {
        MarketBlueprint(model: MarketModel(calendar: PeriodCalendar(start: start, periods: periods, length: length),
                                           products: products, promotions: promotions, shocks: shocks))
    }

    /// Terms with a constant lead time of `leadTimeDays` days.
    static func terms(_ economics: Economics, leadTimeDays: Double = 0, orderCost: Double = 0,
                      backorderShare: Double = 0, churn: Double = 0, initialStock: Int = 0,
                      constraints: OrderConstraints = OrderConstraints()) throws -> ProductTerms {
        ProductTerms(economics: economics, constraints: constraints, orderCost: orderCost,
                     leadTimeDays: try Distribution.constant(leadTimeDays).makeSampler(),
                     backorderShare: backorderShare, churn: churn, initialStock: initialStock)
    }

    /// A strategy with the naive forecaster (which fixed-level policies ignore).
    static func strategy(_ name: String, _ policy: any InventoryPolicy) -> Strategy {
        Strategy(name: name, forecaster: NaiveForecaster(), policy: policy)
    }
}

/// A sink that keeps every outcome and, when asked, every period record, keyed by replication,
/// strategy and product.
///
/// The storage is a class: `Backtester` hands the sink to a tracing recorder by value and takes
/// it back after each product, so a struct holding growing arrays would be copied every time.
struct RecordingSink: BacktestSink {
    struct Key: Hashable {
        var replication: Int
        var strategy: Int
        var product: Int
    }

    final class Storage {
        var traces: [Key: [PeriodRecord]] = [:]
        var outcomes: [ProductOutcome] = []
        var replications: [ReplicationOutcome] = []
    }

    let wantsTrace: Bool
    let storage = Storage()

    init(traces: Bool = true) {
        wantsTrace = traces
    }

    var outcomes: [ProductOutcome] { storage.outcomes }
    /// Every replication's catalogue figures, in the order they were finished.
    var replications: [ReplicationOutcome] { storage.replications }

    mutating func finishReplication(_ outcome: ReplicationOutcome) {
        storage.replications.append(outcome)
    }
    var traces: [Key: [PeriodRecord]] { storage.traces }

    mutating func record(_ outcome: ProductOutcome) {
        storage.outcomes.append(outcome)
    }

    mutating func trace(_ period: PeriodRecord, replication: Int, strategy: Int) {
        storage.traces[Key(replication: replication, strategy: strategy, product: period.product), default: []]
            .append(period)
    }

    /// The outcome of one replication, strategy and product.
    func outcome(replication: Int, strategy: Int, product: Int) -> ProductOutcome? {
        storage.outcomes.first { $0.replication == replication && $0.strategy == strategy && $0.product == product }
    }
}

/// Runs `plan` into a fresh ``RecordingSink`` with `threads` tasks.
func runRecording(_ plan: BacktestPlan, traces: Bool = true, threads: Int = 2) async throws -> (RecordingSink, BacktestSummary) {
    var sink = RecordingSink(traces: traces)
    let summary = try await Backtester.run(plan, threads: threads, into: &sink)
    return (sink, summary)
}

/// The oracle's own period records for one product and replication: the same steps as
/// `Backtester.oracle` (which returns only the profit), so its stock and service can be checked.
func oracleRecords(_ plan: BacktestPlan, product: Int, replication: Int) throws -> [PeriodRecord] {
    let loop = try Backtester.oracleLoop(plan, product: product, replication: replication)
    var collector = RecordCollector()
    loop.run(&collector)
    return collector.records
}

/// Demand of every period when all of it is served (the oracle's crystal ball), 0 outside the
/// product's life.
func unconstrainedDemand(_ plan: BacktestPlan, product: Int, replication: Int) throws -> [Int] {
    let market = try plan.blueprint.productMarket(product, seed: plan.seed, replication: replication,
                                                  generator: plan.generator)
    var path = DemandPath(periods: plan.blueprint.model.calendar.periods)
    market.run(&path)
    return path.demand
}

/// Keeps every record of one closed loop.
struct RecordCollector: LoopRecorder {
    var records: [PeriodRecord] = []

    mutating func record(_ period: PeriodRecord) {
        records.append(period)
    }
}

/// Batch means (e.g. Law, "Simulation Modeling and Analysis", 5th ed., ch. 9): the mean of a
/// stationary but autocorrelated series and its standard error, estimated from the spread of
/// the means of consecutive non-overlapping batches. Batches much longer than the correlation
/// length make the batch means nearly independent.
struct BatchMeans {
    let batchSize: Int
    private var current = 0.0
    private var inBatch = 0
    private(set) var batchMeans: [Double] = []

    init(batchSize: Int) {
        self.batchSize = batchSize
    }

    mutating func add(_ value: Double) {
        current += value
        inBatch += 1
        if inBatch == batchSize {
            batchMeans.append(current / Double(batchSize))
            current = 0
            inBatch = 0
        }
    }

    /// Mean of the complete batches (an incomplete last batch is dropped).
    var mean: Double { batchMeans.reduce(0, +) / Double(batchMeans.count) }

    /// Standard error of ``mean``: the sample standard deviation of the batch means over √(batches).
    var standardError: Double {
        let n = Double(batchMeans.count)
        let m = mean
        let variance = batchMeans.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (n - 1)
        return (variance / n).squareRoot()
    }
}

/// Poisson(mean) probabilities and loss functions, from GSL's pmf and CDF.
struct PoissonTerms {
    let distribution: CountDistribution

    init(mean: Double) {
        distribution = CountDistribution(family: .poisson, mean: mean)
    }

    var mean: Double { distribution.mean }
    func pmf(_ k: Int) -> Double { distribution.probability(of: k) }
    func cdf(_ k: Int) -> Double { distribution.cdf(k) }

    /// E[(s − D)⁺] = Σ_{k<s} (s − k)·P(D = k): expected stock left of s (complementary loss).
    func expectedLeft(_ s: Int) -> Double {
        guard s > 0 else { return 0 }
        return (0..<s).reduce(0) { $0 + Double(s - $1) * pmf($1) }
    }

    /// E[(D − s)⁺] = E[D] − s + E[(s − D)⁺]: expected demand beyond s (first-order loss).
    func expectedShort(_ s: Int) -> Double {
        mean - Double(s) + expectedLeft(s)
    }

    /// E[min(D, s)] = E[D] − E[(D − s)⁺].
    func expectedMin(_ s: Int) -> Double {
        mean - expectedShort(s)
    }
}
