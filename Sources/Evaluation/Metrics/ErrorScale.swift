/// The scale MASE and RMSSE divide by, as in the M5 competition (Makridakis, Spiliotis &
/// Assimakopoulos, "The M5 accuracy competition", IJF 2022, §2.3): the in-sample one-step naive
/// error of the history up to the cutoff, counted from the first non-zero sale (periods before
/// a product's first sale are not part of its life).
///
/// With d_t = y_t − y_{t−1} over that stretch: `absolute` = mean |d_t| (the MASE denominator),
/// `squared` = √(mean d_t²) (the RMSSE denominator). Both are NaN when fewer than two periods
/// remain, and 0 for a flat stretch (all-zero history included); windows whose scale is not
/// positive and finite are left out of MASE, RMSSE and WRMSSE (as `score_cv.py` does).
public struct ErrorScale: Sendable, Hashable {
    public var absolute: Double
    public var squared: Double

    public init(absolute: Double, squared: Double) {
        self.absolute = absolute
        self.squared = squared
    }

    /// The scale of `history` (the periods before the cutoff, oldest first).
    public init(history: ArraySlice<Double>) {
        // An all-zero history keeps all its periods (the M5 rule only trims leading zeros
        // before a first sale); its differences are then 0.
        let start = history.firstIndex { $0 != 0 } ?? history.startIndex
        let count = history.endIndex - start - 1
        guard count > 0 else {
            self.init(absolute: .nan, squared: .nan)
            return
        }
        var absolute = 0.0
        var squares = 0.0
        for index in (start + 1)..<history.endIndex {
            let difference = history[index] - history[index - 1]
            absolute += abs(difference)
            squares += difference * difference
        }
        self.init(absolute: absolute / Double(count), squared: (squares / Double(count)).squareRoot())
    }

    /// Whether windows with this scale are scored by MASE and RMSSE.
    public var isUsable: Bool { absolute > 0 && absolute.isFinite }
}
