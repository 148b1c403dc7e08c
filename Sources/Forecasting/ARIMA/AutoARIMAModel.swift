/// Automatic ARIMA: the Hyndman–Khandakar algorithm (Hyndman & Khandakar 2008, J. Stat. Softw.
/// 27(3); FPP3 §9.7) as R's `forecast::auto.arima` and statsforecast's `AutoARIMA` run it by
/// default.
///
/// 1. **Seasonal difference D** (0 or 1, only for m ≥ 2 and more than 2m values): by the
///    strength of the season (``SeasonalStrength``, F_S > 0.64 on an STL decomposition, as R's).
/// 2. **Differences d** (0 … ``maxD``): repeated KPSS tests at α = 0.05 on the seasonally
///    differenced series (``KPSSTest``).
/// 3. **Orders**: the stepwise search (or, with `stepwise` off, the exhaustive one) of
///    ``AutoARIMASearch`` over p ≤ 5, q ≤ 5, P ≤ 2, Q ≤ 2 by AICc, each limit also capped at a
///    third of the series (P and Q at a third of its seasons), p and q at m − 1 for seasonal
///    data (statsforecast's caps). Seasonal AR and MA terms are only considered for
///    2 ≤ m ≤ ``longestSeason`` (as ``AutoETSModel``; a seasonal difference is allowed for any
///    m). A constant — the mean when d + D = 0, a drift when d + D = 1 — is a candidate only
///    when d + D ≤ 1.
/// 4. **Fitting** (``ARIMAEstimator``): every candidate by CSS-ML — conditional sum of squares,
///    then the exact likelihood by a Kalman filter (O(r) per period, ``ARMAKalmanFilter``), both
///    minimised by GSL's Nelder–Mead, the polynomials kept stationary and invertible by
///    construction and refused within 1.01 of the unit circle — and ranked by its exact AICc, as
///    R and statsforecast do up to 150 values and m ≤ 12. With `approximation` on, candidates
///    are ranked by the AICc of their CSS fit and only the first in that order that the exact
///    likelihood can fit is kept (R's approximation for long series; here never the default,
///    since the exact fits cost little more).
///
/// **Hard series.** A constant series forecasts its value with zero spread; one shorter than
/// ETS(A,N,N) needs (``ETSShortSeries/minimumFitted``) gets ARIMA(0,1,1) with θ = −0.5, i.e.
/// SES with α = 0.5 — the ETS family's fallbacks. When the differenced series is constant (a
/// straight line), ARIMA(0,d,0)(0,D,0) with that constant as drift (d + D ≤ 1) continues it with
/// zero spread; when no candidate can be fitted at all, the short-series fallback is used.
public struct AutoARIMAModel: SeriesModel, Codable {
    /// Season length m (periods, ≥ 1; 1 means no season).
    public let period: Int
    /// Largest p and q (non-seasonal AR and MA orders).
    public var maxP = 5, maxQ = 5
    /// Largest P and Q (seasonal AR and MA orders).
    public var maxSeasonalP = 2, maxSeasonalQ = 2
    /// Largest d and D.
    public var maxD = 2, maxSeasonalD = 1
    /// Largest p + q + P + Q of the exhaustive search.
    public var maxOrder = 5
    /// Stepwise (true) or exhaustive search.
    public var stepwise = true
    /// Whether candidates are ranked by their conditional-sum-of-squares AICc and only the
    /// chosen one fitted by exact likelihood (true), or every candidate fitted by CSS-ML and
    /// ranked by its exact AICc (false, the default).
    public var approximation = false

    public init(period: Int) {
        precondition(period >= 1, "AutoARIMAModel: the season must be ≥ 1 period, got \(period)")
        self.period = period
    }

    public var name: String { "autoarima" }

    /// Seasons longer than this get no seasonal AR or MA terms.
    public static let longestSeason = ETSEstimator.longestEstimatedSeason

    public func fit(_ history: [Double]) -> FittedARIMA {
        if KPSSTest.isConstant(history) { return .constant(history) }
        guard history.count >= ETSShortSeries.minimumFitted else { return .shortSeries(history) }
        let differences = chooseDifferences(history)
        let delta = ARIMAPolynomial.differencing(d: differences.d, seasonalD: differences.seasonalD, period: period)
        let w = ARIMAPolynomial.difference(history, by: delta)
        guard !w.isEmpty else { return .shortSeries(history) }
        let allowsConstant = differences.d + differences.seasonalD <= 1
        if KPSSTest.isConstant(w) { return deterministic(history, differences, w[0], allowsConstant: allowsConstant) }
        var search = AutoARIMASearch(history, differences: differences, limits: limits(for: history.count),
                                     allowsConstant: allowsConstant, approximate: approximation)
        guard let best = stepwise ? search.stepwise() : search.exhaustive() else { return .shortSeries(history) }
        return FittedARIMA(best, history: history)
    }

    /// d and D (with m) by the seasonal-strength and KPSS tests.
    func chooseDifferences(_ y: [Double]) -> ARIMAOrder {
        let seasonalD = period >= 2 && maxSeasonalD > 0 && y.count > 2 * period
            ? min(SeasonalStrength.differences(y, period: period), maxSeasonalD) : 0
        let x = seasonalD > 0 ? ARIMAPolynomial.difference(y, by: ARIMAPolynomial.differencing(d: 0, seasonalD: 1, period: period)) : y
        let d = KPSSTest.differences(x, maximum: maxD)
        return ARIMAOrder(p: 0, d: d, q: 0, seasonalP: 0, seasonalD: seasonalD, seasonalQ: 0, period: period)
    }

    /// The order limits for a series of n values.
    func limits(for n: Int) -> ARIMASearchLimits {
        var p = min(maxP, n / 3)
        var q = min(maxQ, n / 3)
        let seasonal = period >= 2 && period <= Self.longestSeason
        if period >= 2 {
            p = min(p, period - 1)
            q = min(q, period - 1)
        }
        return ARIMASearchLimits(p: p, q: q, seasonalP: seasonal ? min(maxSeasonalP, n / 3 / period) : 0,
                                 seasonalQ: seasonal ? min(maxSeasonalQ, n / 3 / period) : 0, order: maxOrder)
    }

    /// ARIMA(0,d,0)(0,D,0) continuing a series whose differences are all `value`, with that
    /// value as its constant when one is allowed.
    private func deterministic(_ history: [Double], _ differences: ARIMAOrder, _ value: Double,
                               allowsConstant: Bool) -> FittedARIMA {
        var order = differences
        order.constant = allowsConstant
        let coefficients = ARIMACoefficients(order: order, phi: [], seasonalPhi: [], theta: [], seasonalTheta: [],
                                             mean: allowsConstant ? value : 0)
        return FittedARIMA.fixed(order, coefficients, history: history, method: order.description) ?? .shortSeries(history)
    }
}
