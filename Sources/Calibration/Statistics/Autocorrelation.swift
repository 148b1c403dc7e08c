/// Sample autocorrelations of a series: r_k = Σ_{t=0}^{n−1−k} (y_t − ȳ)(y_{t+k} − ȳ) /
/// Σ_{t=0}^{n−1} (y_t − ȳ)², the Box–Jenkins estimator with the same divisor n above and below
/// (R's `acf`, statsmodels' `acf`), so |r_k| ≤ 1.
struct Autocorrelation {
    private let deviations: [Double]
    private let sumOfSquares: Double

    /// Nil when `series` is constant (including empty): every r_k is 0/0 there.
    init?(_ series: [Double]) {
        guard let first = series.first, series.contains(where: { $0 != first }) else { return nil }
        let mean = series.reduce(0, +) / Double(series.count)
        deviations = series.map { $0 - mean }
        sumOfSquares = deviations.reduce(0) { $0 + $1 * $1 }
    }

    /// r_lag, or nil when the series has fewer than 2·lag periods (too few pairs for the
    /// estimate to say anything: the seasonal statistic asks for two full seasons). `lag` ≥ 1.
    func at(lag: Int) -> Double? {
        let n = deviations.count
        guard lag >= 1, n >= 2 * lag else { return nil }
        var sum = 0.0
        for t in 0..<(n - lag) {
            sum += deviations[t] * deviations[t + lag]
        }
        return sum / sumOfSquares
    }
}
