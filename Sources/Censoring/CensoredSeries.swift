/// One product's observed history: sales per period (units ≥ 0), whether each period was
/// censored (the shelf ran empty, so demand ≥ sales), and the position of each period in the
/// seasonal cycle.
///
/// Invariants checked by ``validate()`` (every estimator calls it): `sales` and `censored`
/// have the same length; every sale is finite and ≥ 0; `season` ≥ 1; `firstSeasonPosition` is
/// in `0..<season`. Period t (0-based) sits at position `(firstSeasonPosition + t) % season`.
public struct CensoredSeries: Sendable, Hashable {
    /// Units sold per period, ≥ 0 (whole numbers for count data, though any finite value is
    /// accepted; ``CensoringEstimator/censoredLikelihood`` rounds them to counts for its fit).
    public var sales: [Double]
    /// True where the shelf ran empty in the period: demand was at least the sales, maybe more.
    public var censored: [Bool]
    /// Periods per seasonal cycle: 7 for a weekly cycle of daily periods, 52 for a yearly cycle
    /// of weekly periods; 1 = no seasonal cycle.
    public var season: Int
    /// The position of period 0 in the cycle, in `0..<season`.
    public var firstSeasonPosition: Int

    public init(sales: [Double], censored: [Bool], season: Int = 1, firstSeasonPosition: Int = 0) {
        self.sales = sales
        self.censored = censored
        self.season = season
        self.firstSeasonPosition = firstSeasonPosition
    }

    /// Number of periods.
    public var count: Int { sales.count }

    /// The position in the seasonal cycle of period `t`, in `0..<season`.
    public func seasonPosition(of t: Int) -> Int {
        guard season > 1 else { return 0 }
        return ((firstSeasonPosition + t) % season + season) % season
    }

    /// Indices of the censored periods, in order.
    var censoredPeriods: [Int] { censored.indices.filter { censored[$0] } }

    /// Checks the invariants above.
    /// - Throws: ``CensoringError/invalidSeries(field:index:problem:)`` naming the first field
    ///   (and period) that breaks one.
    public func validate() throws(CensoringError) {
        guard censored.count == sales.count else {
            throw .invalidSeries(field: "censored", index: nil,
                                 problem: "has \(censored.count) flags for \(sales.count) periods of sales; give one per period")
        }
        guard season >= 1 else {
            throw .invalidSeries(field: "season", index: nil, problem: "is \(season); it must be ≥ 1 (1 = no seasonal cycle)")
        }
        guard (0..<season).contains(firstSeasonPosition) else {
            throw .invalidSeries(field: "firstSeasonPosition", index: nil,
                                 problem: "is \(firstSeasonPosition); it must be in 0..<\(season)")
        }
        if let bad = sales.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw .invalidSeries(field: "sales", index: bad, problem: "is \(sales[bad]); sales must be finite and ≥ 0")
        }
    }
}
