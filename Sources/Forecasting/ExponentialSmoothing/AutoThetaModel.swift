/// Automatic Theta: the four models of Fiorucci et al. (2016) (``ThetaVariant``: standard,
/// optimised, dynamic standard, dynamic optimised), each fitted by least squares
/// (``ThetaEstimator``, GSL Nelder–Mead; an optimised variant also searches from the fit of the
/// standard one it nests), and the one with the smallest in-sample one-step mean
/// squared error forecasts — as statsforecast's `AutoTheta` chooses (ties go to the earlier
/// variant in that order).
///
/// **Seasonality.** As ``ThetaModel`` (`thetaf`'s 90% test of the lag-m autocorrelation, then
/// classical multiplicative indices): the variants are fitted to the adjusted series and their
/// forecasts multiplied back.
///
/// **Spread.** See ``FittedAutoTheta`` (SES's propagation of the in-sample residual variance).
///
/// **Hard series.** A constant series (all-zero included) forecasts its value with zero spread;
/// one too short for a fit (fewer than ``ETSShortSeries/minimumFitted`` values) or whose fits all
/// fail gets SES (θ = 1) with α = 0.5 from its first value. Either way ``FittedAutoTheta/variant``
/// is nil.
public struct AutoThetaModel: SeriesModel {
    /// Season length m (periods, ≥ 1; 1 means no seasonal adjustment).
    public let period: Int
    /// The variants tried, in order.
    public let variants: [ThetaVariant]

    public init(period: Int, variants: [ThetaVariant] = ThetaVariant.allCases) {
        precondition(period >= 1, "AutoThetaModel: the season must be ≥ 1 period, got \(period)")
        precondition(!variants.isEmpty, "AutoThetaModel: at least one variant is needed")
        self.period = period
        self.variants = variants
    }

    public var name: String { "autotheta" }

    public func fit(_ history: [Double]) -> FittedAutoTheta {
        guard let first = history.first else { return Self.fallback([0], alpha: ETSShortSeries.constantAlpha) }
        if history.allSatisfy({ $0 == first }) { return Self.fallback(history, alpha: ETSShortSeries.constantAlpha) }
        guard history.count >= ETSShortSeries.minimumFitted else {
            return Self.fallback(history, alpha: ETSShortSeries.defaultAlpha)
        }
        let indices = ThetaModel(period: period).seasonalIndices(history)
        let adjusted = indices.map { s in history.enumerated().map { $0.element / s[$0.offset % period] } } ?? history
        guard let best = bestFit(adjusted) else { return Self.fallback(history, alpha: ETSShortSeries.defaultAlpha) }
        let parameterCount = best.variant.estimatesTheta ? 3 : 2
        return FittedAutoTheta(
            variant: best.variant, alpha: best.alpha, theta: best.theta, state: best.state,
            errorScale: .pooled(sumOfSquares: best.sumOfSquares, count: best.errorCount, parameterCount: parameterCount),
            seasons: indices ?? [], phase: indices == nil ? 0 : history.count % period)
    }

    /// The variant fit with the smallest finite in-sample MSE, if any.
    func bestFit(_ y: [Double]) -> ThetaEstimator.Fit? {
        var best: ThetaEstimator.Fit?
        var fits: [ThetaVariant: ThetaEstimator.Fit] = [:]
        for variant in variants {
            let nested = variant.nestedStandard.flatMap { fits[$0] }
            guard let fit = ThetaEstimator(variant: variant).fit(y, nested: nested), fit.meanSquaredError.isFinite else { continue }
            fits[variant] = fit
            if best.map({ fit.meanSquaredError < $0.meanSquaredError }) ?? true { best = fit }
        }
        return best
    }

    /// SES (θ = 1, the trend term gone) with `alpha` from ℓ₀ = y₁, its one-step errors pooled.
    static func fallback(_ y: [Double], alpha: Double) -> FittedAutoTheta {
        var fitted = FittedAutoTheta(
            variant: nil, alpha: alpha, theta: 1,
            state: ThetaState(first: y, initialLevel: y[0], alpha: alpha, dynamic: false),
            errorScale: ETSShortSeries.pooledErrors, seasons: [], phase: 0)
        for value in y.dropFirst() { fitted.update(with: value) }
        return fitted
    }
}
