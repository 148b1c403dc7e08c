/// Running sums of the errors of point forecasts, fed period by period: the one accumulator of
/// forecast accuracy that the backtest (``PeriodRecord`` by period) and the rolling-origin
/// evaluation (window by window) both add to. Sums of different stretches (products, phases,
/// windows) add up with ``add(_:)``.
///
/// With e = forecast − actual and y = actual over the n periods added (units of demand):
/// - ``mae`` = Σ|e| / n and ``rmse`` = √(Σe² / n), in units;
/// - ``meanError`` = Σe / n, in units (positive = over-forecast);
/// - ``wape`` = Σ|e| / Σy and ``relativeBias`` = Σe / Σy, ratios (NaN unless Σy > 0);
/// - ``smape`` = mean of 2|e| / (|f| + |y|), a term with f = y = 0 counting 0 (range 0–2).
///
/// Every reading is NaN when n = 0 or when a sum left the range of Double (errors of forecasts
/// near the largest Double): the figure is then unknown, never a misleading 0 or infinity.
/// Adding a period allocates nothing, and is inlinable: the loop and the evaluation add every
/// period, so the sums are public fields filled by ``add(forecast:actual:)`` (never set alone).
public struct ErrorSums: Hashable, Sendable, Codable {
    /// Periods added.
    public var count = 0
    /// Σ|e|.
    public var absolute = 0.0
    /// Σe².
    public var squares = 0.0
    /// Σe.
    public var signed = 0.0
    /// Σy.
    public var actual = 0.0
    /// Σ 2|e| / (|f| + |y|) over periods with |f| + |y| > 0.
    public var symmetric = 0.0

    @inlinable
    public init() {}

    /// One period: the point `forecast` against the `actual` value, both in units.
    @inlinable @inline(__always)
    public mutating func add(forecast: Double, actual: Double) {
        let error = forecast - actual
        count += 1
        absolute += abs(error)
        squares += error * error
        signed += error
        self.actual += actual
        let denominator = abs(forecast) + abs(actual)
        if denominator > 0 { symmetric += 2 * abs(error) / denominator }
    }

    /// Adds the sums of another stretch.
    @inlinable @inline(__always)
    public mutating func add(_ other: ErrorSums) {
        count += other.count
        absolute += other.absolute
        squares += other.squares
        signed += other.signed
        actual += other.actual
        symmetric += other.symmetric
    }

    /// Mean absolute error, units.
    public var mae: Double { Self.ratio(absolute, Double(count)) }
    /// Root mean squared error, units.
    public var rmse: Double { Self.ratio(squares, Double(count)).squareRoot() }
    /// Mean error (forecast − actual), units.
    public var meanError: Double { Self.ratio(signed, Double(count)) }
    /// Σ|e| / Σy (NaN unless Σy > 0).
    public var wape: Double { actual > 0 ? Self.ratio(absolute, actual) : .nan }
    /// Σe / Σy (NaN unless Σy > 0); positive = over-forecast.
    public var relativeBias: Double { actual > 0 ? Self.ratio(signed, actual) : .nan }
    /// Symmetric MAPE, 0–2.
    public var smape: Double { Self.ratio(symmetric, Double(count)) }

    /// `sum / count`, or NaN when either is not finite: a sum that overflowed would otherwise
    /// give 0 or infinity as a figure.
    @inlinable @inline(__always)
    public static func ratio(_ sum: Double, _ count: Double) -> Double {
        sum.isFinite && count.isFinite ? sum / count : .nan
    }
}
