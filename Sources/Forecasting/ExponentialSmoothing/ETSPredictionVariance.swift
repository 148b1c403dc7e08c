/// Forecast means and prediction variances of an ETS model from its last states.
///
/// **Linear forms** (additive error, no multiplicative season: the "class 1" models of Hyndman
/// et al. 2008, §6.1; FPP3 table 8.8) are exact: the error of period T + j is
/// u_j + Σ_{i<j} c_{j−i}·u_i with c_d = α + β(φ + … + φ^d) + γ·[d ≡ 0 mod m], so
/// Var(e_j) = σ²(1 + Σ_{d<j} c_d²), and the variance of the total over k periods follows from the
/// same weights (``LinearErrorPropagation``), covariances included.
///
/// **Other forms** get a first-order (delta-method) approximation, documented here because it is
/// a choice: the recursions are linearised around the mean path. A unit error in period T + i
/// moves the states by g_i = (α/r, β/r, γ/q) (r = s, q = ℓ + φb for a multiplicative season, else
/// 1), the states then travel along the error-free transition (ℓ ← ℓ + φb, b ← φb, seasons
/// rotate), and a state deviation δ moves the mean of period T + j by ∇μ_j·δ, with
/// ∇μ = (1, φ, 1) for an additive season or none and (s, φs, ℓ + φb) for a multiplicative one.
/// Multiplicative errors have variance σ²μ_i² instead of σ². This keeps the terms of order σ²
/// and drops those of order σ⁴: for ETS(M,N,N) it gives σ²μ²(1 + (h − 1)α²) where the exact
/// class 2 value is (1 + σ²)θ_h − μ² (FPP3 table 8.8, Hyndman et al. 2008, §6.4), the same to
/// first order and within a few per cent for σ ≤ 0.3.
struct ETSPredictionVariance {
    let form: ETSForm
    let parameters: ETSParameters
    let state: ETSState
    let sigma: Double

    /// ℓ_T + (φ + … + φ^h)·b_T, the base of period T + h (h ≥ 0; h = 0 gives ℓ_T).
    func base(ahead h: Int) -> Double {
        guard form.hasTrend, h > 0 else { return state.level }
        let phi = parameters.phi
        var sum = 0.0
        var power = 1.0
        for _ in 0..<h {
            power *= phi
            sum += power
        }
        return state.level + sum * state.slope
    }

    /// The unclamped mean of period T + h (h ≥ 1).
    func mean(ahead h: Int) -> Double {
        let base = base(ahead: h)
        switch form.season {
        case .none: return base
        case .additive: return base + state.season(ahead: h)
        case .multiplicative: return base * state.season(ahead: h)
        }
    }

    /// The forecast: means clamped at 0, normal spread from the weights above.
    func forecast(horizon: Int) -> Forecast {
        guard horizon > 0 else { return .nothingObserved(horizon: 0) }
        if isLocalLevel, sigma > 0 { return localLevelForecast(horizon: horizon) }
        let means = (1...horizon).map { mean(ahead: $0) }
        guard sigma > 0 else {
            return .normal(horizon: horizon, sigma: 0, mean: { means[$0 - 1] }, stepFactor: { _ in 0 }, cumulativeFactor: { _ in 0 })
        }
        let spread = standardDeviations(horizon: horizon, means: means)
        return .normal(horizon: horizon, sigma: 1, mean: { means[$0 - 1] },
                       stepFactor: { spread.step[$0 - 1] }, cumulativeFactor: { spread.cumulative[$0 - 1] })
    }

    /// `forecast(horizon: 1)`'s first period by the same arithmetic, without its arrays for a
    /// local level (SES), the model the closed loop runs most.
    func nextPeriodForecast() -> NextPeriodForecast {
        if isLocalLevel, sigma > 0 {
            return Forecast.normalFirstPeriod(sigma: 1, mean: state.level, stepFactor: localLevelFirstStepFactor())
        }
        let mean = mean(ahead: 1)
        guard sigma > 0 else { return Forecast.normalFirstPeriod(sigma: 0, mean: mean, stepFactor: 0) }
        return Forecast.normalFirstPeriod(sigma: 1, mean: mean, stepFactor: standardDeviations(horizon: 1, means: [mean]).step[0])
    }

    /// Standard deviations per step and of cumulative totals (units).
    func standardDeviations(horizon: Int, means: [Double]) -> (step: [Double], cumulative: [Double]) {
        if isLocalLevel { return localLevelDeviations(horizon: horizon) }
        let (alpha, beta, gamma, phi) = (parameters.alpha, parameters.beta, parameters.gamma, parameters.phi)
        let multiplicativeSeason = form.season == .multiplicative
        let m = form.period
        // phiPowers[d] = φ^d, phiSums[d] = φ + … + φ^d.
        var phiPowers = [Double](repeating: 1, count: horizon + 1)
        var phiSums = [Double](repeating: 0, count: horizon + 1)
        for d in stride(from: 1, through: horizon, by: 1) {
            phiPowers[d] = phiPowers[d - 1] * (form.hasTrend ? phi : 0)
            phiSums[d] = phiSums[d - 1] + phiPowers[d]
        }
        let bases = (0...horizon).map { base(ahead: $0) }
        let seasonOf = { (j: Int) -> Double in form.hasSeason ? state.season(ahead: j) : 0 }
        let innovation = { (i: Int) -> Double in
            form.error == .additive ? sigma * sigma : sigma * sigma * max(means[i - 1], 0) * max(means[i - 1], 0)
        }
        let weight = { (j: Int, i: Int) -> Double in
            guard j > i else { return 1 }
            // Impulse of a unit error in period i, then its effect on the mean of period j.
            let r = multiplicativeSeason ? seasonOf(i) : 1
            let q = multiplicativeSeason ? bases[i] : 1
            let (gLevel, gSlope, gSeason) = (alpha / r, beta / r, gamma / q)
            let lag = j - 1 - i
            let dLevel = gLevel + gSlope * phiSums[lag]
            let dSlope = gSlope * phiPowers[lag]
            let sameSeason = form.hasSeason && (j - i) % m == 0
            if multiplicativeSeason {
                let s = seasonOf(j)
                return s * dLevel + phi * s * dSlope + (sameSeason ? bases[j] * gSeason : 0)
            }
            return dLevel + (form.hasTrend ? phi * dSlope : 0) + (sameSeason ? gSeason : 0)
        }
        return LinearErrorPropagation.standardDeviations(horizon: horizon, variance: innovation, weight: weight)
    }
}
