
/// One product's fitted lifecycle and noise, in the simulator's own terms (see
/// ``LifecycleFitter`` for how each part is found).
///
/// Invariants: every number is finite; `baseline` has one value per period of the history,
/// ≥ 0, and 0 before `launchPeriod` and from `endOfLifePeriod` on; Bass parameters satisfy
/// m > 0 and 0 < p, q < 1; phases are in lifecycle order, each ≥ 1 period with levels ≥ 0.
public struct LifecycleFit: Sendable, Hashable {
    /// The first period of the product's life (0-based, in the history's calendar): the first
    /// period with a sale; 0 when the product sold in the first period (on sale before the
    /// history began) or never sold.
    public var launchPeriod: Int
    /// The first period after the product's life, or nil when it outlives the history.
    public var endOfLifePeriod: Int?
    /// The lifecycle chosen.
    public var model: LifecycleModel
    /// Expected units per period before the multipliers, one per period of the history.
    /// For Bass, the simulator's conditional mean (p + q·A/m)(m − A) with A the units actually
    /// sold before the period.
    public var baseline: [Double]
    /// Every lifecycle tried, with its figures (the chosen one is `candidates[chosen]`); empty
    /// for a fallback.
    public var candidates: [LifecycleCandidate]
    /// The index of the chosen candidate in `candidates`; nil for a fallback.
    public var chosen: Int?
    /// The noise around baseline × multiplier.
    public var noise: NoiseFit
    /// The noise families tried, with their figures (empty for a fallback).
    public var noiseCandidates: [NoiseCandidate]
    /// Lognormal sigmas of the positive parameters, for a scenario's `uncertainty:` section;
    /// empty when the fit gives no covariance (a note then says so).
    public var uncertainty: [ParameterUncertainty]
    /// What was done beyond the plain fit: censored periods, fallbacks, GSL statuses.
    public var notes: [CalibrationNote]
}

/// The lifecycle of a fitted product, meaning what the simulator means by it.
public enum LifecycleModel: Sendable, Hashable {
    /// Bass diffusion: new adopters per period (p + q·A/m)·(m − A), A the units sold so far;
    /// m in units, p and q per period of the history's calendar; no repeat purchase.
    case bass(marketSize: Double, innovation: Double, imitation: Double)
    /// Explicit phases from the launch, laid end to end.
    case phases([FittedPhase])
}

/// One phase of a fitted phase lifecycle: expected units per period ramp linearly from `from`
/// to `to` over `periods` periods (the level of the j-th period, 0-based, is
/// from + (to − from)·(j + ½)/periods, the simulator's ramp at mid-period).
///
/// Invariants: `periods` ≥ 1; `from`, `to` finite and ≥ 0.
public struct FittedPhase: Sendable, Hashable {
    /// The stage of a product's life, named as the market's `LifecyclePhase` and the scenario
    /// format name it (the raw values are the same), in lifecycle order. Calibration does not
    /// import the market, so the writer of a scenario maps it by raw value.
    public enum Stage: String, CaseIterable, Sendable, Hashable, Comparable {
        case introduction, growth, maturity, decline

        public static func < (lhs: Stage, rhs: Stage) -> Bool {
            (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
        }
    }

    public var phase: Stage
    /// Length in periods of the history's calendar.
    public var periods: Int
    /// Expected units per period at the start of the ramp.
    public var from: Double
    /// Expected units per period at the end of the ramp.
    public var to: Double

    public init(phase: Stage, periods: Int, from: Double, to: Double) {
        self.phase = phase
        self.periods = periods
        self.from = from
        self.to = to
    }

    /// Expected units in the j-th period of the phase (0 ≤ j < periods).
    public func level(at j: Int) -> Double {
        from + (to - from) * (Double(j) + 0.5) / Double(periods)
    }
}

/// A parameter's value by name.
public struct NamedValue: Sendable, Hashable {
    public var name: String
    public var value: Double

    public init(_ name: String, _ value: Double) {
        self.name = name
        self.value = value
    }
}

/// One lifecycle tried for a product, scored on the count likelihood of the chosen noise family
/// over the live periods.
public struct LifecycleCandidate: Sendable, Hashable {
    /// "bass", or "phases-S" for S segments.
    public var name: String
    /// The fitted parameters (market_size, innovation, imitation; or each phase's periods, from, to).
    public var parameters: [NamedValue]
    /// Free parameters counted by the AICc: the lifecycle's (Bass 3; S phases 2S levels and
    /// S − 1 breakpoints) plus the noise family's (0 or 1).
    public var parameterCount: Int
    /// Σ (sales − baseline × multiplier)² over the live periods, units².
    public var sumOfSquares: Double
    /// The count log-likelihood at the fit (censored periods contribute P(D ≥ sales)).
    public var logLikelihood: Double
    /// AICc = 2k − 2ℓ + 2k(k + 1)/(n − k − 1); nil when n ≤ k + 1 (too few live periods to
    /// score this candidate).
    public var aicc: Double?
}

/// One noise family tried on the chosen baseline.
public struct NoiseCandidate: Sendable, Hashable {
    public var noise: NoiseFit
    public var logLikelihood: Double
    /// AIC = 2k − 2ℓ, k the family's parameters (0 Poisson, 1 otherwise).
    public var aic: Double
}

/// The uncertainty of one positive parameter for a scenario's `uncertainty:` section: the value
/// is lognormal with median `value` and log-scale standard deviation `logSigma`.
///
/// Invariants: `value` > 0, `standardError` ≥ 0, 0 < `logSigma` ≤ ``LifecycleFitter/sigmaCap``.
public struct ParameterUncertainty: Sendable, Hashable {
    /// "market_size", "innovation", "imitation" (Bass) or "level_scale" (a factor on every
    /// phase level, value 1).
    public var name: String
    public var value: Double
    /// The standard error in the parameter's units, from GSL's covariance at the optimum.
    public var standardError: Double
    /// The standard deviation of log(value), capped.
    public var logSigma: Double
    /// Whether `logSigma` was cut to the cap.
    public var capped: Bool
}
