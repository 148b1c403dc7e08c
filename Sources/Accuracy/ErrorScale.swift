/// The scale MASE and RMSSE divide by, as in the M5 competition (Makridakis, Spiliotis &
/// Assimakopoulos, "The M5 accuracy competition", IJF 2022, §2.3) after Hyndman & Koehler
/// ("Another look at measures of forecast accuracy", IJF 2006): the in-sample one-step naive
/// error of a series, counted from its first non-zero value (periods before a product's first
/// sale are not part of its life).
///
/// With d_t = y_t − y_{t−1} over that stretch: `absolute` = mean |d_t| (the MASE denominator),
/// `squared` = √(mean d_t²) (the RMSSE denominator), in units. Both are NaN when fewer than two
/// periods remain, and 0 for a flat stretch (an all-zero series included). Errors with a scale
/// that is not ``isUsable`` (zero, NaN) are left out of MASE and RMSSE rather than divided by
/// zero, as `score_cv.py` does.
public struct ErrorScale: Sendable, Hashable {
    public var absolute: Double
    public var squared: Double

    @inlinable
    public init(absolute: Double, squared: Double) {
        self.absolute = absolute
        self.squared = squared
    }

    /// The scale of `history` (oldest first): the periods before a cutoff in an evaluation.
    @inlinable
    public init(history: some Sequence<Double>) {
        var changes = NaiveChanges()
        for value in history { changes.add(value) }
        self = changes.scale
    }

    /// Whether errors with this scale are scored by MASE and RMSSE.
    public var isUsable: Bool { absolute > 0 && absolute.isFinite }
}

/// The one-step changes of a series fed value by value, oldest first: what ``ErrorScale`` is
/// made of, for a backtest that sees demand one period at a time. Allocates nothing.
public struct NaiveChanges: Hashable, Sendable, Codable {
    // Internal, and usable from inlined code: a backtest adds every period.
    /// Values added.
    @usableFromInline var seen = 0
    /// Values added since (and including) the first non-zero one; 0 before it.
    @usableFromInline var sinceFirstSale = 0
    @usableFromInline var previous = 0.0
    @usableFromInline var absolute = 0.0
    @usableFromInline var squares = 0.0

    @inlinable
    public init() {}

    /// The next value of the series.
    @inlinable @inline(__always)
    public mutating func add(_ value: Double) {
        seen += 1
        if sinceFirstSale > 0 {
            let difference = value - previous
            absolute += abs(difference)
            squares += difference * difference
            sinceFirstSale += 1
        } else if value != 0 {
            sinceFirstSale = 1
        }
        previous = value
    }

    /// The scale of the values added so far. An all-zero series keeps all its periods (the M5
    /// rule only trims leading zeros before a first sale); its changes are then 0.
    @inlinable
    public var scale: ErrorScale {
        let changes = sinceFirstSale > 0 ? sinceFirstSale - 1 : seen - 1
        guard changes > 0 else { return ErrorScale(absolute: .nan, squared: .nan) }
        return ErrorScale(absolute: absolute / Double(changes), squared: (squares / Double(changes)).squareRoot())
    }
}
