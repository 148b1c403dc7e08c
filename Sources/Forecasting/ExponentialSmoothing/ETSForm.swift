/// The form of an exponential smoothing state space model, ETS(error, trend, season) in the
/// taxonomy of Hyndman, Koehler, Ord & Snyder (*Forecasting with Exponential Smoothing: The State
/// Space Approach*, 2008, §2.2) and Hyndman & Athanasopoulos (FPP3 §8.4, table 8.6).
///
/// Multiplicative trends are left out, as R's `ets` and statsforecast's `AutoETS` leave them out
/// by default: they forecast poorly and explode on long horizons.
public struct ETSForm: Hashable, Codable, Sendable, CustomStringConvertible {
    /// How the one-step error enters: added to the forecast (A) or proportional to it (M).
    public enum ErrorType: String, Hashable, Codable, Sendable, CaseIterable {
        case additive = "A"
        case multiplicative = "M"
    }

    /// The trend component: none (N), additive (A) or additive damped by φ < 1 (Ad).
    public enum TrendType: String, Hashable, Codable, Sendable, CaseIterable {
        case none = "N"
        case additive = "A"
        case damped = "Ad"
    }

    /// The seasonal component: none (N), additive (A) or multiplicative (M).
    public enum SeasonType: String, Hashable, Codable, Sendable, CaseIterable {
        case none = "N"
        case additive = "A"
        case multiplicative = "M"
    }

    public var error: ErrorType
    public var trend: TrendType
    public var season: SeasonType
    /// Periods in one seasonal cycle, ≥ 2 for a seasonal form; 1 for a form without season.
    public var period: Int

    /// A form; `period` is ignored (set to 1) when `season` is `.none`.
    public init(error: ErrorType, trend: TrendType, season: SeasonType = .none, period: Int = 1) {
        precondition(season == .none || period >= 2, "ETSForm: a seasonal form needs a period ≥ 2, got \(period)")
        self.error = error
        self.trend = trend
        self.season = season
        self.period = season == .none ? 1 : period
    }

    /// "ETS(A,Ad,N)".
    public var description: String { "ETS(\(error.rawValue),\(trend.rawValue),\(season.rawValue))" }

    /// Whether the form has a slope state.
    public var hasTrend: Bool { trend != .none }
    /// Whether the form has seasonal states.
    public var hasSeason: Bool { season != .none }
    /// Whether the slope is damped (φ estimated or given, < 1).
    public var isDamped: Bool { trend == .damped }

    /// Smoothing parameters the form has: α, plus β with a trend, γ with a season, φ if damped.
    public var smoothingParameterCount: Int {
        1 + (hasTrend ? 1 : 0) + (hasSeason ? 1 : 0) + (isDamped ? 1 : 0)
    }

    /// Initial states estimated with the parameters: ℓ₀, b₀ with a trend, and m − 1 seasonal
    /// states (the m-th follows from the normalisation Σs = 0, or Σs = m when multiplicative).
    public var initialStateCount: Int {
        1 + (hasTrend ? 1 : 0) + (hasSeason ? period - 1 : 0)
    }

    /// Whether the form is one of the linear "class 1" models of Hyndman et al. (2008, §6.1),
    /// whose prediction variances are exact; the others get a first-order approximation (see
    /// ``ETSPredictionVariance``).
    public var isLinear: Bool { error == .additive && season != .multiplicative }
}
