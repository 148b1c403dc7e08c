/// Whether a series needs a seasonal difference, by the strength of its season (Wang, Smith &
/// Hyndman 2006; R's `nsdiffs(test = "seas")`, the default of `auto.arima` and of statsforecast's
/// `AutoARIMA`): F_S = max(0, 1 − Var(R)/Var(S + R)) for the seasonal part S and the remainder R
/// of a decomposition, and one seasonal difference when F_S > 0.64.
///
/// **Decomposition.** R and statsforecast decompose by STL; here it is the classical additive
/// decomposition (``ClassicalDecomposition``: a centred moving-average trend and per-position
/// seasonal means), over the periods where the centred trend exists. A documented substitution:
/// the two agree on clearly seasonal or clearly non-seasonal series and may differ near the
/// threshold.
enum SeasonalStrength {
    /// The threshold on F_S above which the season is differenced.
    static let threshold = 0.64

    /// F_S of `y` with season m, or nil when `y` holds fewer than two full seasons (or m < 2).
    static func strength(_ y: [Double], period m: Int) -> Double? {
        guard let indices = ClassicalDecomposition.seasonalIndices(y, period: m, multiplicative: false) else { return nil }
        var remainders = [Double]()
        var detrended = [Double]()
        for t in ClassicalDecomposition.trendRange(count: y.count, period: m) {
            let withoutTrend = y[t] - ClassicalDecomposition.trend(y, at: t, period: m)
            detrended.append(withoutTrend)
            remainders.append(withoutTrend - indices[t % m])
        }
        let total = variance(detrended)
        guard total > 0 else { return 0 }
        return max(0, 1 - variance(remainders) / total)
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
