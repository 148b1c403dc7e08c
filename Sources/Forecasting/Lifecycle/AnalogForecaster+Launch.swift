import Foundation
import GSL

/// The forecast before the product's first sale: a distribution over launch curves, read from
/// the look-alikes' own launches (see ``AnalogForecaster``).
///
/// **Curves.** Each chosen analog r (the `analogCount` most similar references usable now — that
/// have lived their first `window` ages, or ended, and whose launch was seen — with
/// similarity weights w_r summing to 1) gives its launch curve x_r(1…H): its sales at its own
/// ages 1…H (age 1 = its first sale; past its last known age, the flat continuation of
/// ``AnalogShape``), in its own units — unscaled, since a product that has not sold has no scale
/// of its own. The product is taken to launch next period.
///
/// **Point.** Σ w_r x_r(h), the weighted mean launch curve; or, with `launchPoint` ``LaunchPoint/scaled``,
/// the minimiser of the expected RMSSE-scaled squared error (`AnalogForecaster+LaunchPoint.swift`).
///
/// **Distribution.** ``launchPaths`` equally likely paths. Analog r owns m_r of them, w_r·M
/// rounded by largest remainder (ties to the more similar analog), so the paths' empirical
/// quantiles are the analogs' weighted empirical quantiles to within 1/M. Its m_r paths are
/// x_r(h)·exp(b·z_j − b²/2), z_j = Φ⁻¹((j + ½)/m_r) (z = 0 for a single path): a lognormal
/// kernel on the whole curve's level, of mean 1, that smooths the few analogs' discrete
/// levels. The bandwidth is Silverman's rule of thumb on the log life-to-date totals L_r =
/// ln Σ x_r(1…W) over the scale window W (`window` ages, so it does not depend on the horizon
/// asked): b = 1.06·s·n_eff^(−1/5), s² = Σ w_r (L_r − L̄)²/(1 − Σw²) and n_eff = 1/Σw² (Silverman
/// 1986, *Density Estimation*, §3.4.2). Analogs that all launched alike (s = 0), or a single one,
/// give b = 0: the forecast is then their curve, with no spread but theirs.
///
/// Per-period quantiles are the paths' empirical quantiles at that period, cumulative
/// (life-to-date) quantiles those of the paths' totals (``Forecast/cumulativeQuantile(_:steps:)``),
/// and a total life demand is the total over a horizon as long as the life: every quantile is
/// ≥ 0, rises with p and, cumulated, with the number of periods.
extension AnalogForecaster {
    /// Paths of the launch distribution (M).
    static let launchPaths = 200

    /// The launch forecast from `analogs` (non-empty), `horizon` periods.
    func launchForecast(_ analogs: [Analog], horizon: Int) -> Forecast {
        let pool = AnalogPool(analogs)
        let curves = analogs.map { analog in (0..<horizon).map { analog.shape.sales(age: $0 + 1) } }
        let means = Self.launchPoint(settings.launchPoint, curves: curves, weights: pool.weights,
                                     scales: analogs.map(\.shape.changeScale))
        let levels = analogs.map { log($0.shape.total(over: 1...settings.window)) }
        let bandwidth = Self.launchBandwidth(levels, weights: pool.weights)
        var paths: [[Double]] = []
        paths.reserveCapacity(Self.launchPaths)
        for (curve, count) in zip(curves, Self.launchSlots(pool.weights, total: Self.launchPaths)) {
            for j in 0..<count {
                let z = count > 1 ? StandardNormal.quantile((Double(j) + 0.5) / Double(count)) : 0
                let factor = bandwidth > 0 ? exp(bandwidth * z - bandwidth * bandwidth / 2) : 1
                paths.append(curve.map { $0 * factor })
            }
        }
        return Forecast(mean: means, spread: .samplePaths(paths))
    }

    /// Silverman's bandwidth 1.06·s·n_eff^(−1/5) for weighted log levels; 0 for one analog or
    /// levels that agree (or are not finite).
    static func launchBandwidth(_ levels: [Double], weights: [Double]) -> Double {
        var mean = 0.0, squares = 0.0, weightSquares = 0.0
        for (level, weight) in zip(levels, weights) {
            mean += weight * level
            weightSquares += weight * weight
        }
        guard weightSquares < 1 - 1e-12, mean.isFinite else { return 0 }
        for (level, weight) in zip(levels, weights) { squares += weight * (level - mean) * (level - mean) }
        let spread = (squares / (1 - weightSquares)).squareRoot()
        let bandwidth = 1.06 * spread * pow(weightSquares, 0.2)
        return bandwidth.isFinite ? bandwidth : 0
    }

    /// `total` slots shared in proportion to `weights` (summing to 1) by largest remainder,
    /// ties to the earlier weight.
    static func launchSlots(_ weights: [Double], total: Int) -> [Int] {
        let exact = weights.map { $0 * Double(total) }
        var slots = exact.map { Int($0.rounded(.down)) }
        let order = exact.indices.sorted { a, b in
            let (ra, rb) = (exact[a] - Double(slots[a]), exact[b] - Double(slots[b]))
            return ra != rb ? ra > rb : a < b
        }
        var left = total - slots.reduce(0, +)
        for index in order where left > 0 {
            slots[index] += 1
            left -= 1
        }
        return slots
    }
}
