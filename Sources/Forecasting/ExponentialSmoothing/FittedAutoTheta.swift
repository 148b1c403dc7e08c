/// A fitted ``AutoThetaModel``: one Theta variant's parameters and states on the (seasonally
/// adjusted) series, its σ̂, and the seasonal indices, moved on period by period with α, θ and
/// the indices held fixed.
///
/// **Spread.** The in-sample residual variance propagated as SES's (not statsforecast's
/// simulated paths): σ̂ pools the one-step errors of the adjusted series from the fourth on
/// (√(Σu²/(n − k)), k the estimated parameters, ``ETSErrorScale``), and the error of step j is
/// e_j = s_j·(u_j + α·Σ_{i<j} u_i), s_j the seasonal index — the spread ``FittedTheta`` uses.
public struct FittedAutoTheta: FittedSeriesModel, Codable {
    /// The chosen variant; nil for the fallback of constant and very short series (SES: θ = 1).
    public var variant: ThetaVariant?
    /// α, in [0.1, 0.99] when fitted.
    public var alpha: Double
    /// θ ≥ 1 (2 for the standard variants).
    public var theta: Double
    /// The states after the last period seen, on the adjusted series.
    public var state: ThetaState
    /// σ̂ of the adjusted one-step errors, kept up to date between refits.
    public var errorScale: ETSErrorScale
    /// Multiplicative seasonal indices by season position; empty without adjustment.
    public var seasons: [Double]
    /// The season position of the next period, 0 ..< seasons.count (0 without seasons).
    public var phase: Int

    public init(variant: ThetaVariant?, alpha: Double, theta: Double, state: ThetaState,
                errorScale: ETSErrorScale, seasons: [Double], phase: Int) {
        self.variant = variant
        self.alpha = alpha
        self.theta = theta
        self.state = state
        self.errorScale = errorScale
        self.seasons = seasons
        self.phase = phase
    }

    var isDynamic: Bool { variant?.isDynamic ?? false }

    /// The seasonal index of the period `ahead` periods from now (1 = the next); 1 without.
    func seasonalIndex(ahead: Int) -> Double {
        seasons.isEmpty ? 1 : seasons[(phase + ahead - 1) % seasons.count]
    }

    /// The unclamped means of the next `horizon` periods, in units.
    func means(horizon: Int) -> [Double] {
        state.means(horizon: horizon, alpha: alpha, theta: theta, dynamic: isDynamic)
            .enumerated().map { $0.element * seasonalIndex(ahead: $0.offset + 1) }
    }

    public var nextPeriodMean: Double {
        let mean = state.oneStepMean(alpha: alpha, theta: theta) * seasonalIndex(ahead: 1)
        return mean.isFinite && mean > 0 ? mean : 0
    }

    public mutating func update(with value: Double) {
        update(with: value, errorObserved: true)
    }

    /// Absorbs the seasonally adjusted value; σ̂ learns its error when `errorObserved`.
    public mutating func update(with value: Double, errorObserved: Bool) {
        let adjusted = value / seasonalIndex(ahead: 1)
        if errorObserved { errorScale.record(adjusted - state.oneStepMean(alpha: alpha, theta: theta)) }
        state.absorb(adjusted, alpha: alpha, dynamic: isDynamic)
        if !seasons.isEmpty { phase = (phase + 1) % seasons.count }
    }

    public func forecast(horizon: Int) -> Forecast {
        guard horizon > 0 else { return .nothingObserved(horizon: 0) }
        return .thetaSpread(means: means(horizon: horizon), sigma: errorScale.sigma, alpha: alpha,
                            seasonalIndex: { seasonalIndex(ahead: $0) })
    }
}
