/// The Bass diffusion model (Bass 1969) fitted to a product's own sales by non-linear least
/// squares (GSL's trust-region solver, through ``NonlinearLeastSquares``), as a ``SeriesModel``.
///
/// **Model.** Sales in the period of age t since launch are s(t) = m·[F(t) − F(t − 1)] with
/// F(t) = (1 − e^{−(p+q)t})/(1 + (q/p)e^{−(p+q)t}) (see ``BassCurve``). The launch is the first
/// period with non-zero sales in the fit window; earlier zeros are ignored. m is in units, p and q
/// per period. Repeat purchase is not modelled: a steady seller is expressed as a slow diffusion
/// (small p and q, m well above the sales so far), whose sales stay nearly flat.
///
/// **Fit** (see `BassModel+Fitting.swift`). The sales are divided by their mean so residuals are
/// O(1) whatever the volume, and the parameters are reparametrised so the solver needs no bounds:
/// m = C + e^u with C the cumulative sales since launch (the market is never smaller than what it
/// has already bought), p = logistic(v), q = logistic(w) (both in (0, 1)). Two weak priors enter
/// as extra residuals, so that the fit works from a few points, where only m·p and the growth
/// rate are identified:
///
///     λ·(v − logit p₀)/τ  and  λ·(w − logit q₀)/τ,
///
/// with p₀ = 0.03 and q₀ = 0.38 (the mean coefficients of the meta-analysis of Sultan, Farley &
/// Lehmann 1990, *Journal of Marketing Research* 27(1), 213 Bass-model studies), τ = 1.5 logit
/// units (p₀ ± 2τ spans p ≈ 0.0015…0.4), and λ = `priorWeight`·max(1/√ȳ, 0.1) the noise one
/// period's sales is assumed to carry, relative to their mean ȳ (Poisson noise, but at least 10%
/// because retail sales are over-dispersed). The meta-analysis coefficients are annual figures
/// for consumer durables; here they are read per period, which suits short lifecycles (peak after
/// about 6 periods); with many observations the data outweigh them. The solver starts twice —
/// from the prior (p₀, q₀) and from a slow diffusion (p = 0.1/T, q = 1/T, peak beyond the data) —
/// each with m matching the cumulative sales, and keeps the converged fit with the lower cost.
///
/// **Fallback.** Fewer than ``minimumNonZeroPeriods`` non-zero periods since launch, or no fit
/// that converged with finite parameters: the forecast is the mean of the last (up to) 8 periods
/// since launch (``RecentMean``), flat, with its own spread; an all-zero history forecasts 0.
///
/// **Spread** (see ``FittedBass``): normal, per period σ̂² + gₕᵀΣgₕ and for the total of k
/// periods kσ̂² + GₖᵀΣGₖ, where σ̂ is the residual standard deviation of the recent fit residuals
/// (shrunk toward the Poisson guess when there are few degrees of freedom), Σ the parameters'
/// covariance σ̂²(JᵀJ)⁻¹ from the solver, and gₕ, Gₖ the gradients of s(T + h) and of
/// Σ_{h≤k} s(T + h) with respect to (u, v, w) (the delta method).
public struct BassModel: SeriesModel, Codable {
    /// The name in scenario files and on the command line.
    public static let scenarioName = "bass"
    /// The catalogue name.
    public var name: String { Self.scenarioName }

    /// Mean innovation coefficient of Sultan, Farley & Lehmann (1990).
    public static let literatureInnovation = 0.03
    /// Mean imitation coefficient of Sultan, Farley & Lehmann (1990).
    public static let literatureImitation = 0.38
    /// Fewest non-zero periods since launch a curve is fitted to.
    public static let minimumNonZeroPeriods = 3
    /// Recent periods whose fit residuals give σ̂.
    public static let residualWindow = ForecasterDefaults.residualWindow
    /// Recent periods a ``ModelForecaster`` of Bass remembers: ten years of weekly data, so the
    /// launch usually stays in the window (the model's time origin).
    public static let defaultFitWindow = 520

    /// The prior centre of p, per period, in (0, 1).
    public let innovationPrior: Double
    /// The prior centre of q, per period, in (0, 1).
    public let imitationPrior: Double
    /// Multiplies the priors' weight λ (≥ 0; 0 switches them off, 1 is the documented default).
    public let priorWeight: Double

    /// A Bass model with priors centred at `innovationPrior` and `imitationPrior` (per period).
    public init(innovationPrior: Double = literatureInnovation,
                imitationPrior: Double = literatureImitation,
                priorWeight: Double = 1) {
        precondition(innovationPrior > 0 && innovationPrior < 1,
                     "BassModel: the innovation prior must lie in (0, 1), got \(innovationPrior)")
        precondition(imitationPrior > 0 && imitationPrior < 1,
                     "BassModel: the imitation prior must lie in (0, 1), got \(imitationPrior)")
        precondition(priorWeight >= 0 && priorWeight.isFinite, "BassModel: the prior weight must be ≥ 0, got \(priorWeight)")
        self.innovationPrior = innovationPrior
        self.imitationPrior = imitationPrior
        self.priorWeight = priorWeight
    }

    public func fit(_ history: [Double]) -> FittedBass {
        guard let launch = history.firstIndex(where: { $0 > 0 }) else {
            return FittedBass(fallback: RecentMean(history))
        }
        let sales = Array(history[launch...])
        let nonZero = sales.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        guard nonZero >= Self.minimumNonZeroPeriods, let fit = fitCurve(sales) else {
            return FittedBass(fallback: RecentMean(sales))
        }
        return FittedBass(fit: fit, age: sales.count)
    }
}
