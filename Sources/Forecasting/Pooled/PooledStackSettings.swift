/// How the pooled stacker (``PooledStackForecaster``) is trained and applied.
public struct PooledStackSettings: Hashable, Sendable {
    /// Periods ahead the loss is measured over, and the number of future periods each training
    /// origin needs, ≥ 1 (8 weeks: the evaluation horizon it is tuned for).
    public var horizon: Int
    /// Training origins per product: the most recent `lookback` origins whose next `horizon`
    /// periods are known, ≥ 1 (78 weeks ≈ a year and a half).
    public var lookback: Int
    /// A product enters training at an origin only once it is this many periods old, ≥ 1.
    public var minimumAge: Int
    /// Edges of the activity segments (share of selling periods among the last 13), increasing,
    /// inside (0, 1); n edges make n + 1 segments, each with its own weights.
    public var segmentEdges: [Double]
    /// Whether forecasts are scaled by the last-year seasonal ratio.
    public var seasonal: Bool
    /// Periods in one seasonal cycle (52 for weekly data), ≥ 2.
    public var season: Int
    /// λ: how many typical sales the product's own last-year ratio must outweigh before it
    /// counts as much as the catalogue's pooled ratio, ≥ 0 (0 = the product's own ratio alone).
    public var seasonalShrinkage: Double
    /// Iterations of the reweighted least squares (it converges well within 30).
    public var iterations: Int

    public init(horizon: Int = 8, lookback: Int = 78, minimumAge: Int = 8,
                segmentEdges: [Double] = [0.2, 0.4, 0.6, 0.8], seasonal: Bool = true, season: Int = 52,
                seasonalShrinkage: Double = 30, iterations: Int = 30) {
        precondition(horizon >= 1 && lookback >= 1 && minimumAge >= 1 && iterations >= 1 && season >= 2,
                      "PooledStackSettings: horizon, lookback, minimumAge, iterations must be ≥ 1 and season ≥ 2")
        precondition(zip(segmentEdges, segmentEdges.dropFirst()).allSatisfy { $0 < $1 }
                        && segmentEdges.allSatisfy { $0 > 0 && $0 < 1 },
                     "PooledStackSettings: segment edges must increase inside (0, 1)")
        precondition(seasonalShrinkage >= 0, "PooledStackSettings: seasonal shrinkage must be ≥ 0")
        self.horizon = horizon
        self.lookback = lookback
        self.minimumAge = minimumAge
        self.segmentEdges = segmentEdges
        self.seasonal = seasonal
        self.season = season
        self.seasonalShrinkage = seasonalShrinkage
        self.iterations = iterations
    }

    /// The segment of a product whose share of selling periods is `activity`: the number of
    /// edges at or below it, 0…edges.
    func segment(activity: Double) -> Int {
        segmentEdges.reduce(0) { $0 + (activity >= $1 ? 1 : 0) }
    }

    /// Number of segments.
    var segmentCount: Int { segmentEdges.count + 1 }
}
