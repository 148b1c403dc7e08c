/// Simple exponential smoothing (FPP3 §8.1) as the ETS(A,N,N) model of the ETS framework: the
/// level ℓ_t = ℓ_{t−1} + α(y_t − ℓ_{t−1}), every future period forecast at ℓ_T, the spread of
/// ETS(A,N,N) (``ETSPredictionVariance``: σ̂_h = σ̂·√(1 + (h − 1)α²) per period, and the
/// variance of the total over k periods σ̂²·Σ_{m<k} (1 + αm)²), fitted by ``ETSEstimator`` and run
/// as every ETS-family forecaster is, by ``ModelForecaster`` (its refit schedule, its censoring).
///
/// What is particular to SES, each measured on the Online Retail II weekly data (1,957 series,
/// h = 8, the last 2 windows; MASE):
/// - **ℓ₀ = y₁** (``ETSEstimator/InitialStates/firstValue``), as Brown and statsforecast's
///   `SimpleExponentialSmoothingOptimized` start it, so that α alone is estimated, by least
///   squares with ``SmoothingWeightSearch`` (an even grid, then GSL's Brent minimiser — the
///   search of every single smoothing weight). Estimating ℓ₀ with α, as `autoets` and `theta` do, fits
///   better in sample and forecasts worse: 0.828 with ℓ₀ least squares (concentrated out) and
///   the floor below, against 0.824 from y₁; without the floor 0.890 (ℓ₀ least squares) or 0.878
///   (ℓ₀ by Nelder–Mead, as `autoets` fits it) against 0.843 (statsforecast: SESOpt 0.841,
///   AutoETS "ANN" 0.879).
/// - **α in [0.01, 0.99]**, and **[0.1, 0.99] on intermittent demand**: when the window's mean
///   interval between non-zero values exceeds 1.32 periods (the cut-off of Syntetos, Boylan &
///   Croston 2005), α is kept at or above 0.1, the lower end of the range recommended for
///   intermittent demand (Croston 1972; Syntetos & Boylan 2005). On a series that is mostly zeros
///   least squares often settles on a tiny α that freezes the level at the long-run mean, so the
///   forecast cannot follow a product that is fading out or taking off.
/// - **σ̂ from the last 56 one-step errors** of the fit (``ForecasterDefaults/residualWindow``,
///   their root mean square, as the baseline forecasters estimate it), not from all of them on
///   n − 3 degrees of freedom: launch ramps and lifecycle changes make old errors a poor guide
///   to the spread ahead. Between refits each new one-step error joins them (``ETSErrorScale``),
///   so σ̂ is refreshed every period, as the other ETS models' pooled σ̂ is. With all of them the accuracy gate's pinball loss at 0.9 rose 318% on
///   electronics-launch, 36% on fashion-jacket and 6.5% on the Online Retail excerpt.
/// - **A fit window of 112 periods** (``ForecasterDefaults/sesFitWindow``) rather than the 156 of
///   the trend and season models, which need cycles to estimate: a local level forgets faster.
///   On the bundled grocery and fashion scenarios (daily, 3 windows of 8) 156 raised MASE from
///   0.982 to 0.989 and from 0.424 to 0.430.
///
/// A fixed α (the scenario's `alpha`) is used as given. Constant and very short series get
/// ``ETSShortSeries``'s fallback (SES with α = 0.5, or the fixed α, below six observations).
extension ExponentialSmoothingModel {
    /// The bounds of a fitted α.
    static let simpleAlphaBounds: ClosedRange<Double> = 0.01...0.99
    /// The bounds of a fitted α on intermittent demand.
    static let intermittentAlphaBounds: ClosedRange<Double> = 0.1...0.99
    /// σ̂'s rule: the root mean square of the last 56 one-step errors.
    static let simpleErrors = ETSErrorScale.recent(window: ForecasterDefaults.residualWindow)

    /// The estimator of SES for `history`: ETS(A,N,N) from the first value, α within the bounds
    /// above.
    static func simpleEstimator(_ history: [Double], fixed: ETSFixedParameters) -> ETSEstimator {
        ETSEstimator(form: ETSForm(error: .additive, trend: .none), fixed: fixed, initialStates: .firstValue,
                     alphaBounds: isIntermittent(history) ? intermittentAlphaBounds : simpleAlphaBounds,
                     residualWindow: ForecasterDefaults.residualWindow)
    }

    /// Whether `history` is intermittent: its length over its count of non-zero values exceeds
    /// ``DemandPattern/intervalThreshold`` (false without any non-zero value).
    static func isIntermittent(_ history: [Double]) -> Bool {
        var nonZero = 0
        for value in history where value > 0 { nonZero += 1 }
        return nonZero > 0 && Double(history.count) / Double(nonZero) > DemandPattern.intervalThreshold
    }
}

extension ModelForecaster where Model == ExponentialSmoothingModel {
    /// The `ses` forecaster: SES as above, refitted on ``ModelForecaster``'s schedule.
    /// - Parameters:
    ///   - alpha: a fixed α in (0, 1], or nil (the default) to fit it.
    ///   - fitWindow: how many recent periods each fit sees (≥ 1; default 112).
    ///   - censoring: how stockout periods are learnt from (default `.lowerBound`).
    public static func ses(alpha: Double? = nil, fitWindow: Int = ForecasterDefaults.sesFitWindow,
                           censoring: CensoringTreatment = .lowerBound) -> Self {
        ModelForecaster(ExponentialSmoothingModel(.simple, fixed: ETSFixedParameters(alpha: alpha)),
                        fitWindow: fitWindow, censoring: censoring)
    }
}
