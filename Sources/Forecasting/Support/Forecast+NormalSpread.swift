extension Forecast {
    /// A forecast with a flat or given mean path and normal spread σ·stepFactor(h) per period
    /// and σ·cumulativeFactor(k) for the total of the first k periods (h, k 1-based).
    ///
    /// Every value is made finite and non-negative here, so no forecaster can hand a policy a
    /// NaN or a negative mean: a non-finite σ (only reachable with values near 1e154, whose
    /// squares overflow) becomes 0 rather than an infinite or NaN quantile.
    static func normal(
        horizon: Int,
        sigma: Double,
        mean: (Int) -> Double,
        stepFactor: (Int) -> Double,
        cumulativeFactor: (Int) -> Double
    ) -> Forecast {
        precondition(horizon >= 0, "forecast horizon must be ≥ 0, got \(horizon)")
        let sigma = usableSigma(sigma)
        var means = [Double]()
        var stepSD = [Double]()
        var cumulativeSD = [Double]()
        means.reserveCapacity(horizon)
        stepSD.reserveCapacity(horizon)
        cumulativeSD.reserveCapacity(horizon)
        for h in stride(from: 1, through: horizon, by: 1) {
            means.append(nonNegativeFinite(mean(h)))
            stepSD.append(spread(sigma, stepFactor(h)))
            cumulativeSD.append(spread(sigma, cumulativeFactor(h)))
        }
        return Forecast(mean: means, spread: .normal(stepSD: stepSD, cumulativeSD: cumulativeSD))
    }

    /// Zero demand with zero spread: the forecast of a forecaster that has observed nothing.
    static func nothingObserved(horizon: Int) -> Forecast {
        normal(horizon: horizon, sigma: 0, mean: { _ in 0 }, stepFactor: { _ in 0 }, cumulativeFactor: { _ in 0 })
    }

    /// The first period of ``normal(horizon:sigma:mean:stepFactor:cumulativeFactor:)`` with
    /// `mean(1)` = `mean` and `stepFactor(1)` = `stepFactor`, by the same rules, without arrays.
    static func normalFirstPeriod(sigma: Double, mean: Double, stepFactor: Double) -> NextPeriodForecast {
        .normal(mean: nonNegativeFinite(mean), standardDeviation: spread(usableSigma(sigma), stepFactor))
    }

    /// σ if finite and positive, else 0.
    private static func usableSigma(_ sigma: Double) -> Double {
        sigma.isFinite && sigma > 0 ? sigma : 0
    }

    /// σ·factor made finite and non-negative (0 when σ is).
    private static func spread(_ sigma: Double, _ factor: Double) -> Double {
        sigma == 0 ? 0 : nonNegativeFinite(sigma * factor)
    }

    /// `value` if finite and positive, else 0 (NaN and −∞ to 0, +∞ to the largest double).
    private static func nonNegativeFinite(_ value: Double) -> Double {
        if value == .infinity { return .greatestFiniteMagnitude }
        return value > 0 ? value : 0
    }
}
