import Foundation

/// The fits of histories that cannot be fitted: no sale at all, or too few periods.
extension LifecycleFitter {
    /// A product that never sold: launch 0, one maturity phase at level 0 over the whole
    /// history, the prior's noise (or Poisson).
    static func noSales(_ input: LifecycleFitInput) -> LifecycleFit {
        let n = input.sales.count
        return LifecycleFit(
            launchPeriod: 0, endOfLifePeriod: nil, model: .phases([FittedPhase(phase: .maturity, periods: n, from: 0, to: 0)]),
            baseline: Array(repeating: 0, count: n), candidates: [], chosen: nil, noise: input.prior?.noise ?? .poisson,
            noiseCandidates: [], uncertainty: [], notes: [.noSales])
    }

    /// Rule 3's fallback, with the prior's noise (or Poisson) and no uncertainty:
    /// - with a group prior and a launch inside the history, the group's Bass curve (its p and q)
    ///   scaled to the product's volume: m solves Σ mult_t·(p + q·A_t/m)(m − A_t) = Σ demand, a
    ///   quadratic in m, p·M·m² + (Σ mult·(q − p)·A − D)·m − q·Σ mult·A² = 0 (M = Σ mult), whose
    ///   one positive root is taken, and never below the units sold;
    /// - otherwise one maturity phase at the level that matches the volume, D/M (D/n where every
    ///   multiplier is 0).
    static func fallback(_ series: LiveSeries, span: LifeSpan, input: LifecycleFitInput, notes: [CalibrationNote]) -> LifecycleFit {
        let total = series.totalDemand
        let weight = series.multiplier.reduce(0, +)
        let model: LifecycleModel
        let baseline: [Double]
        let said: String
        if let prior = input.prior, !span.soldBeforeHistory, weight > 0 {
            let m = scaledMarket(series, prior: prior, weight: weight)
            let (p, q) = (prior.innovation, prior.imitation)
            model = .bass(marketSize: m, innovation: p, imitation: q)
            baseline = series.adopters.map { a in max(0, (p + q * a / m) * (m - a)) }
            said = "the group's Bass curve (p \(p), q \(q)) scaled to the product's volume (m \(m))"
        } else {
            let level = weight > 0 ? total / weight : total / Double(max(1, series.count))
            model = .phases([FittedPhase(phase: .maturity, periods: series.count, from: level, to: level)])
            baseline = Array(repeating: level, count: series.count)
            said = "one maturity phase at the product's mean level \(level)"
                + (input.prior == nil ? " (no group prior)" : " (the group's Bass curve needs the launch, which precedes the history)")
        }
        let note = CalibrationNote.tooShort(livePeriods: series.count, nonZeroPeriods: series.nonZeroCount, fallback: said)
        return LifecycleFit(
            launchPeriod: span.launch, endOfLifePeriod: span.endOfLife, model: model,
            baseline: placed(baseline, live: span.live, periods: span.periods), candidates: [], chosen: nil,
            noise: input.prior?.noise ?? .poisson, noiseCandidates: [], uncertainty: [],
            notes: notes + [note, .noCovariance(model: "fallback")])
    }

    /// The m at which the prior's curve expects the product's demand (see ``fallback(_:span:input:notes:)``).
    static func scaledMarket(_ series: LiveSeries, prior: LifecyclePrior, weight: Double) -> Double {
        let (p, q) = (prior.innovation, prior.imitation)
        var linear = -series.totalDemand, constant = 0.0
        for (a, k) in zip(series.adopters, series.multiplier) {
            linear += k * (q - p) * a
            constant -= k * q * a * a
        }
        let quadratic = p * weight
        let root = (-linear + (linear * linear - 4 * quadratic * constant).squareRoot()) / (2 * quadratic)
        return max(root.isFinite ? root : 0, series.totalSold, Double.leastNormalMagnitude)
    }
}
