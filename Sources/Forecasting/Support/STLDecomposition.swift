/// Seasonal-trend decomposition by loess (STL; Cleveland, Cleveland, McRae & Terpenning 1990,
/// "STL: A seasonal-trend decomposition procedure based on loess", *Journal of Official
/// Statistics* 6(1):3–73): y = seasonal + trend + remainder, in its non-robust form (no outer
/// loop, every robustness weight 1) with every smoother evaluated at every point.
///
/// Each of the inner loop's passes (five by default, from a zero trend):
/// 1. detrend, y − T;
/// 2. smooth each cycle-subseries (the values at one season position) by loess with
///    `seasonalSpan` and `seasonalDegree`, extended one cycle beyond both ends: C, n + 2m values;
/// 3. low-pass C: moving averages of m, m and 3, then loess with `lowPassSpan`, degree 1: L;
/// 4. seasonal S = C − L over the n middle values;
/// 5. trend T = loess of y − S with `trendSpan`, degree 1.
///
/// The defaults are those of R's `stl` as `forecast::mstl` calls it for one season (and
/// statsforecast's `mstl`, through statsmodels): seasonal span 11 with degree 0, trend span the
/// smallest odd integer ≥ 1.5m / (1 − 1.5/11), low-pass span the smallest odd integer > m.
/// O(n · (seasonal + trend + low-pass spans) · passes).
struct STLDecomposition {
    /// S, one value per period, summing to about 0 over each cycle.
    let seasonal: [Double]
    /// T, one value per period.
    let trend: [Double]
    /// y − S − T.
    let remainder: [Double]

    /// Decomposes `y` with season `period`, or nil when period < 2 or `y` holds fewer than two
    /// full cycles (each cycle-subseries needs two points to be smoothed).
    init?(_ y: [Double], period: Int, seasonalSpan: Int = 11, seasonalDegree: Int = 0, passes: Int = 5) {
        guard period >= 2, y.count >= 2 * period, seasonalSpan >= 3, passes >= 1 else { return nil }
        let n = y.count
        let trendSpan = Self.oddCeiling(1.5 * Double(period) / (1 - 1.5 / Double(seasonalSpan)))
        let lowPassSpan = Self.oddCeiling(Double(period + 1))
        let subseriesSmoother = LoessSmoother(span: seasonalSpan, degree: seasonalDegree)
        let lowPassSmoother = LoessSmoother(span: lowPassSpan, degree: 1)
        let trendSmoother = LoessSmoother(span: trendSpan, degree: 1)
        var trend = [Double](repeating: 0, count: n)
        var seasonal = [Double](repeating: 0, count: n)
        for _ in 0..<passes {
            let detrended = (0..<n).map { y[$0] - trend[$0] }
            let cycles = Self.smoothedSubseries(detrended, period: period, smoother: subseriesSmoother)
            let lowPass = lowPassSmoother.smooth(Self.movingAverage(
                Self.movingAverage(Self.movingAverage(cycles, length: period), length: period), length: 3))
            seasonal = (0..<n).map { cycles[period + $0] - lowPass[$0] }
            trend = trendSmoother.smooth((0..<n).map { y[$0] - seasonal[$0] })
        }
        self.seasonal = seasonal
        self.trend = trend
        self.remainder = (0..<n).map { y[$0] - seasonal[$0] - trend[$0] }
    }

    /// Each cycle-subseries of `x` smoothed and extended by one value at each end, interleaved
    /// back into n + 2·period values (value i is season position i mod period).
    private static func smoothedSubseries(_ x: [Double], period: Int, smoother: LoessSmoother) -> [Double] {
        var cycles = [Double](repeating: 0, count: x.count + 2 * period)
        for position in 0..<period {
            let subseries = Array(stride(from: position, to: x.count, by: period).map { x[$0] })
            let k = subseries.count
            let smoothed = smoother.smooth(subseries)
            let before = smoother.estimate(subseries, at: -1, left: 0, right: min(smoother.span, k) - 1)
                ?? smoothed[0]
            let after = smoother.estimate(subseries, at: Double(k), left: max(0, k - smoother.span), right: k - 1)
                ?? smoothed[k - 1]
            for (cycle, value) in ([before] + smoothed + [after]).enumerated() {
                cycles[position + cycle * period] = value
            }
        }
        return cycles
    }

    /// Means of `length` consecutive values: x.count − length + 1 of them.
    private static func movingAverage(_ x: [Double], length: Int) -> [Double] {
        guard x.count >= length else { return [] }
        var sum = x[0..<length].reduce(0, +)
        var averages = [sum / Double(length)]
        averages.reserveCapacity(x.count - length + 1)
        for i in length..<x.count {
            sum += x[i] - x[i - length]
            averages.append(sum / Double(length))
        }
        return averages
    }

    /// The smallest odd integer ≥ x.
    private static func oddCeiling(_ x: Double) -> Int {
        let whole = Int(x.rounded(.up))
        return whole.isMultiple(of: 2) ? whole + 1 : whole
    }
}
