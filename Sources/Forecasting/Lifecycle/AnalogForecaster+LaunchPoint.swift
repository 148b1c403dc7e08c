/// Which single curve a launch forecast gives as its point (``Forecast/mean``), for the loss it
/// will be judged by. The distribution (the paths, so every quantile) is the same either way.
///
/// **The scaled loss.** RMSSE divides each product's errors by that product's own scale s, the
/// root mean squared one-step change of its sales. Before a product's first sale its scale is
/// unknown, and it is not independent of its sales: a large launch has large changes. Take the
/// look-alikes as the launch's possible outcomes: with probability w_r (the analog weights,
/// Σw_r = 1) the product sells x_r(h) at ages h = 1…H and has scale s_r. The point f that
/// minimises the expected scaled squared error
///
///     E[Σ_h (f_h − Y_h)²/S²] = Σ_r w_r Σ_h (f_h − x_r(h))²/s_r²
///
/// is found age by age (the sum is a convex quadratic in each f_h); setting its derivative
/// 2 Σ_r (w_r/s_r²)(f_h − x_r(h)) to zero gives
///
///     f_h = Σ_r (w_r/s_r²) x_r(h) / Σ_r (w_r/s_r²),
///
/// the look-alikes' mean re-weighted by 1/s_r²: with equal scales it is the mean, otherwise it
/// leans toward the look-alikes that launched small or steady, because an over-forecast of a
/// small product costs far more once divided by its small scale than the same under-forecast of
/// a large one. (RMSSE proper takes the root per product before averaging; the root is
/// monotone, and the mean squared scaled error is the loss whose minimiser has a closed form —
/// the same surrogate M5-style stackers are trained on.)
///
/// **Scales without look-ahead.** s_r is measured on analog r's own sales at its known ages
/// (calendar periods up to the forecast's last observed period P): the root mean squared
/// change between successive known ages, the statistic the metric uses for the scored product,
/// taken on what was known at the cutoff. An analog with fewer than two known ages, or whose
/// sales never changed (s_r = 0: the metric is undefined for such a product), has no scaled
/// loss and drops out of the point; if none is left the point is the mean.
///
/// **What it means for users.** ``scaled`` is the point a forecast scored by RMSSE at launch
/// should give; ``mean`` is the expected demand, what a stocking decision that sums expected
/// demand needs (and what a total over many products adds up to). The default is ``mean``:
/// ``Forecast/mean`` promises expected demand, and expected-demand policies read it.
extension AnalogForecaster {
    public enum LaunchPoint: String, Hashable, Sendable, Codable, CaseIterable {
        /// Σ w_r x_r(h): the expected launch curve, the distribution's mean.
        case mean
        /// Σ (w_r/s_r²) x_r(h) / Σ (w_r/s_r²): the minimiser of the expected RMSSE-scaled
        /// squared error.
        case scaled
    }

    /// The launch point for `curves` (per analog, per step), `weights` (summing to 1) and the
    /// analogs' own scales (nil when undefined, see above); the weighted mean for ``mean``, or
    /// when no analog has a positive scale.
    static func launchPoint(_ point: LaunchPoint, curves: [[Double]], weights: [Double], scales: [Double?]) -> [Double] {
        var lossWeights = weights
        if point == .scaled {
            let scaled = zip(weights, scales).map { weight, scale -> Double in
                guard let scale, scale > 0, scale.isFinite else { return 0 }
                return weight / (scale * scale)
            }
            let total = scaled.reduce(0, +)
            if total > 0, total.isFinite { lossWeights = scaled.map { $0 / total } }
        }
        let horizon = curves.first?.count ?? 0
        var values = [Double](repeating: 0, count: horizon)
        for (curve, weight) in zip(curves, lossWeights) where weight > 0 {
            for h in 0..<horizon { values[h] += weight * curve[h] }
        }
        return values
    }
}

extension AnalogShape {
    /// The reference's own RMSSE scale as known now: the root mean squared change between
    /// successive known ages (1…`availableAges`), units; nil with fewer than two known ages.
    var changeScale: Double? {
        guard availableAges >= 2 else { return nil }
        var squares = 0.0
        var previous = sales(age: 1)
        for age in 2...availableAges {
            let value = sales(age: age)
            squares += (value - previous) * (value - previous)
            previous = value
        }
        return (squares / Double(availableAges - 1)).squareRoot()
    }
}
