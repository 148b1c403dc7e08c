/// One product's live periods under one strategy in the traced replication, column by column:
/// element i of every array belongs to period `first + i`, and every array has ``count``
/// elements. Quantities are units per period; prices currency per unit.
///
/// Stock is counted at the end of the period (after sales, arrivals and any order). Values
/// are rounded for storage: expected demand and forecasts to 0.001 unit, prices to 0.01.
public struct StrategyTrace: Codable, Sendable, Equatable {
    /// "forecaster × policy".
    public var strategy: String
    /// The period of the first element (the product's first live period).
    public var first: Int
    /// Lifecycle phases as runs of periods, in order.
    public var phases: [PhaseRun]
    /// Mean demand (ground truth), units.
    public var expected: [Double]
    /// What customers wanted, units.
    public var demand: [Int]
    /// Units handed to customers (from the shelf and to those who had waited).
    public var sold: [Int]
    /// Units of demand lost.
    public var lost: [Int]
    /// Units owed to waiting customers at the end of the period.
    public var backlog: [Int]
    /// On hand at the end of the period.
    public var onHand: [Int]
    /// On order (placed, not yet arrived) at the end of the period.
    public var onOrder: [Int]
    /// Units ordered at the end of the period (0 when no order).
    public var ordered: [Int]
    /// Units arrived at the start of the period (the launch stock included).
    public var arrivals: [Int]
    /// Mean price paid, currency per unit.
    public var price: [Double]
    /// Periods (absolute indices) in which a promotion of the product ran.
    public var promotionPeriods: [Int]
    /// The one-period-ahead forecast mean, made at the end of the previous period, units; nil
    /// (absent) for a strategy without a forecaster, whose policy reads none.
    public var forecast: [Double]?
    /// The central 80% prediction interval of that forecast (10% and 90% quantiles), units;
    /// nil where none was made (the first live period); absent like ``forecast``.
    public var forecastLow: [Double?]?
    public var forecastHigh: [Double?]?

    /// A run of periods `first ..< end` in one lifecycle phase.
    public struct PhaseRun: Codable, Sendable, Equatable {
        public var phase: String
        public var first: Int
        public var end: Int

        public init(phase: String, first: Int, end: Int) {
            self.phase = phase
            self.first = first
            self.end = end
        }
    }

    /// An empty trace starting at period `first`; `forecasts` is false for a strategy without
    /// a forecaster.
    public init(strategy: String, first: Int, forecasts: Bool = true) {
        self.strategy = strategy
        self.first = first
        phases = []
        (expected, price) = ([], [])
        (demand, sold, lost, backlog, onHand, onOrder, ordered, arrivals) = ([], [], [], [], [], [], [], [])
        promotionPeriods = []
        (forecast, forecastLow, forecastHigh) = forecasts ? ([], [], []) : (nil, nil, nil)
    }

    /// Periods held.
    public var count: Int { demand.count }

    /// The x (period index) of element `i`.
    public func period(_ i: Int) -> Int { first + i }
}
