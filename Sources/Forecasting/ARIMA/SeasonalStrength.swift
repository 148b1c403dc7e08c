/// Whether a series needs a seasonal difference, by the strength of its season (Wang, Smith &
/// Hyndman 2006; R's `nsdiffs(test = "seas")`, the default of `auto.arima` and of statsforecast's
/// `AutoARIMA`): F_S = max(0, 1 − Var(R)/Var(S + R)) for the seasonal part S and the remainder R
/// of a decomposition, and one seasonal difference when F_S > 0.64.
///
/// **Decomposition.** STL (``STLDecomposition``) with the settings R's `forecast::mstl` and
/// statsforecast's `mstl` use for one season: seasonal span 11, degree 0, non-robust, over the
/// whole series. A classical decomposition (moving-average trend, per-position means) is not a
/// substitute: near the threshold the two disagree (on 49 of the 954 M3 monthly development
/// series), and the test's threshold was set for STL.
enum SeasonalStrength {
    /// The threshold on F_S above which the season is differenced.
    static let threshold = 0.64

    /// F_S of `y` with season m, or nil when `y` holds fewer than two full seasons (or m < 2).
    static func strength(_ y: [Double], period m: Int) -> Double? {
        guard let stl = STLDecomposition(y, period: m) else { return nil }
        let total = variance(zip(stl.seasonal, stl.remainder).map { $0 + $1 })
        guard total > 0 else { return 0 }
        return max(0, min(1, 1 - variance(stl.remainder) / total))
    }

    /// Seasonal differences, 0 or 1: 1 when the strength exceeds ``threshold``.
    static func differences(_ y: [Double], period m: Int) -> Int {
        guard let strength = strength(y, period: m) else { return 0 }
        return strength > threshold ? 1 : 0
    }

    private static func variance(_ x: [Double]) -> Double {
        guard x.count > 1 else { return 0 }
        let mean = x.reduce(0, +) / Double(x.count)
        return x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count - 1)
    }
}
