/// The standard Theta method (Assimakopoulos & Nikolopoulos 2000), in the form Hyndman & Billah
/// (2003) showed it to be — simple exponential smoothing with drift — and as R's
/// `forecast::thetaf` computes it:
///
///     ŷ_{T+h} = ℓ_T + (b/2)·[(h − 1) + (1 − (1 − α)^T)/α]
///
/// where ℓ_T and α come from SES (ETS(A,N,N) fitted by least squares, ``ETSEstimator``) and b is
/// the slope of the least-squares line through the series: the θ = 0 line's trend, halved by
/// averaging it with the θ = 2 line's SES forecast.
///
/// **Seasonality.** When m ≥ 2, the series holds at least two full seasons and its lag-m
/// autocorrelation is significant (|r_m| > 1.645·√((1 + 2Σ_{k<m} r_k²)/T), the 90% test of
/// `thetaf`), the series is divided by classical multiplicative seasonal indices
/// (``ClassicalDecomposition``) before fitting, and forecasts are multiplied back. Intermittent
/// series whose indices cannot be computed (zero moving averages) are left unadjusted.
///
/// **Spread.** That of SES (ETS(A,N,N), as `thetaf` reports), σ̂ from the SES fit on the adjusted
/// series, each step scaled by its seasonal index: e_j = s_j·(u_j + α·Σ_{i<j} u_i).
///
/// **Hard series.** Constant and very short series get ``ETSShortSeries``'s fallback (no drift).
public struct ThetaModel: SeriesModel {
    /// Season length m (periods, ≥ 1; 1 means no seasonal adjustment).
    public let period: Int

    public init(period: Int) {
        precondition(period >= 1, "ThetaModel: the season must be ≥ 1 period, got \(period)")
        self.period = period
    }

    public var name: String { "theta" }

    /// The one-sided normal quantile of `thetaf`'s seasonality test (90%).
    static let seasonalityThreshold = 1.645

    public func fit(_ history: [Double]) -> FittedTheta {
        if let fallback = ETSShortSeries.fallback(history, alpha: nil) {
            return FittedTheta(ses: fallback, drift: 0, count: history.count, seasons: [], phase: 0)
        }
        let indices = seasonalIndices(history)
        let adjusted = indices.map { s in history.enumerated().map { $0.element / s[$0.offset % period] } } ?? history
        let ses = ETSEstimator(form: ETSForm(error: .additive, trend: .none)).fit(adjusted).map(FittedETS.init)
            ?? ETSShortSeries.smoothed(adjusted, alpha: ETSShortSeries.defaultAlpha)
        let slope = ETSInitialState.leastSquaresLine(adjusted).slope
        return FittedTheta(ses: ses, drift: slope.isFinite ? slope : 0, count: history.count,
                           seasons: indices ?? [], phase: history.count % period)
    }

    /// Multiplicative seasonal indices when the series is seasonal by `thetaf`'s test, else nil.
    func seasonalIndices(_ y: [Double]) -> [Double]? {
        guard period >= 2, y.count >= 2 * period else { return nil }
        let r = Self.autocorrelations(y, maxLag: period)
        guard r.count == period else { return nil }
        let sumOfSquares = r.dropLast().reduce(0) { $0 + $1 * $1 }
        let threshold = Self.seasonalityThreshold * ((1 + 2 * sumOfSquares) / Double(y.count)).squareRoot()
        guard abs(r[period - 1]) > threshold else { return nil }
        return ClassicalDecomposition.seasonalIndices(y, period: period, multiplicative: true)
    }

    /// Sample autocorrelations r_1 … r_maxLag (Box–Jenkins estimator, divisor T); empty for a
    /// series without variance.
    static func autocorrelations(_ y: [Double], maxLag: Int) -> [Double] {
        let n = y.count
        let mean = y.reduce(0, +) / Double(n)
        var variance = 0.0
        for value in y { variance += (value - mean) * (value - mean) }
        guard variance > 0, maxLag < n else { return [] }
        return (1...maxLag).map { lag in
            var total = 0.0
            for t in lag..<n { total += (y[t] - mean) * (y[t - lag] - mean) }
            return total / variance
        }
    }
}
