extension Forecast {
    /// A Theta method's forecast: `means` per step with the spread of simple exponential
    /// smoothing (Hyndman & Billah 2003: Theta is SES with drift, so the error of step j carries
    /// α of every earlier one-step error and all of its own), on the seasonally adjusted scale
    /// and multiplied back by `seasonalIndex(j)`. `sigma` is the one-step standard deviation in
    /// adjusted units; 0 gives no spread. Normal. O(horizon²).
    static func thetaSpread(means: [Double], sigma: Double, alpha: Double,
                            seasonalIndex: (Int) -> Double) -> Forecast {
        let horizon = means.count
        guard sigma > 0 else {
            return .normal(horizon: horizon, sigma: 0, mean: { means[$0 - 1] }, stepFactor: { _ in 0 }, cumulativeFactor: { _ in 0 })
        }
        let spread = LinearErrorPropagation.standardDeviations(
            horizon: horizon, variance: { _ in sigma * sigma },
            weight: { j, i in seasonalIndex(j) * (j == i ? 1 : alpha) })
        return .normal(horizon: horizon, sigma: 1, mean: { means[$0 - 1] },
                       stepFactor: { spread.step[$0 - 1] }, cumulativeFactor: { spread.cumulative[$0 - 1] })
    }
}
