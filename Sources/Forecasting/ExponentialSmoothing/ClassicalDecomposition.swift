/// Seasonal indices by classical decomposition (FPP3 §3.4; R's `decompose`): the trend-cycle is
/// the centred moving average of order m (a 2×m MA when m is even), the detrended series is
/// y − trend (additive) or y / trend (multiplicative), and each season position's index is the
/// mean of its detrended values, normalised to sum to 0 (additive) or to average 1
/// (multiplicative).
enum ClassicalDecomposition {
    /// The m seasonal indices; `indices[j]` belongs to the periods t ≡ j (mod m), t counted from
    /// 0 at `y[0]`. Nil when `y` holds fewer than two full seasons, when m < 2, or — for a
    /// multiplicative decomposition — when a trend value or an index is not positive (zeros in
    /// intermittent demand make ratios meaningless).
    static func seasonalIndices(_ y: [Double], period m: Int, multiplicative: Bool) -> [Double]? {
        let n = y.count
        guard m >= 2, n >= 2 * m else { return nil }
        var sums = [Double](repeating: 0, count: m)
        var counts = [Int](repeating: 0, count: m)
        for t in trendRange(count: n, period: m) {
            let centre = trend(y, at: t, period: m)
            if multiplicative {
                guard centre > 0 else { return nil }
                sums[t % m] += y[t] / centre
            } else {
                sums[t % m] += y[t] - centre
            }
            counts[t % m] += 1
        }
        var indices = [Double](repeating: multiplicative ? 1 : 0, count: m)
        for j in 0..<m where counts[j] > 0 { indices[j] = sums[j] / Double(counts[j]) }
        let mean = indices.reduce(0, +) / Double(m)
        if multiplicative {
            guard mean > 0 else { return nil }
            for j in 0..<m { indices[j] /= mean }
            guard indices.allSatisfy({ $0 > 0 && $0.isFinite }) else { return nil }
        } else {
            for j in 0..<m { indices[j] -= mean }
        }
        return indices
    }

    /// The periods where the centred moving average exists: m/2 … n − 1 − m/2.
    static func trendRange(count n: Int, period m: Int) -> Range<Int> {
        m / 2..<max(m / 2, n - m / 2)
    }

    /// The centred moving average of order m at t (a 2×m MA when m is even): y[t−m/2 … t+m/2],
    /// with half weights at the ends when m is even; t in ``trendRange(count:period:)``.
    static func trend(_ y: [Double], at t: Int, period m: Int) -> Double {
        let half = m / 2
        var total = 0.0
        if m % 2 == 0 {
            total = 0.5 * (y[t - half] + y[t + half])
            for i in (t - half + 1)..<(t + half) { total += y[i] }
        } else {
            for i in (t - half)...(t + half) { total += y[i] }
        }
        return total / Double(m)
    }
}
