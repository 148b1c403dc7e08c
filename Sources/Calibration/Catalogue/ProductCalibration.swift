/// What calibration fitted for one product: every part of its market the scenario states,
/// in the history calendar's periods, with how each part was obtained.
///
/// Invariants: every number is finite; levels, sizes and multipliers are ≥ 0; rates are per
/// period of the history's calendar (Bass p and q per week on a weekly history).
public struct ProductCalibration: Sendable {
    public var id: String
    /// The group it was pooled with (its `--group` value, or the catalogue).
    public var group: String
    /// The first period with demand (0 for a product already on sale when the history begins).
    public var launchPeriod: Int
    /// The first period no longer on sale; nil when it sells to the end of the history.
    public var endOfLifePeriod: Int?
    public var lifecycle: CalibratedLifecycle
    /// The Bass curve fitted to its launch, whichever lifecycle was chosen; nil for a product
    /// on sale before the history began or too short to fit. Planned launches borrow it.
    public var launchCurve: BassCurveParameters?
    /// Twelve month multipliers (January first, mean 1), nil for none.
    public var yearly: [Double]?
    /// Seven weekday multipliers (Monday first, mean 1) on daily histories, nil for none.
    public var weekly: [Double]?
    public var noise: CalibratedNoise
    /// Demand × (price / list price)^elasticity; 0 when prices did not vary enough.
    public var elasticity: Double
    /// The list price the elasticity is relative to (currency per unit), nil without prices.
    public var listPrice: Double?
    /// Demand multiplier in promoted periods beyond the price effect; nil without promotions.
    public var promotionLift: Double?
    /// Parameters nobody knows exactly: their lognormal spread from the fit's standard errors.
    public var uncertainty: [CalibratedUncertainty]
    /// The candidates compared and the criterion that chose (e.g. "Bass AICc 412.3; phases AICc 420.9").
    public var criterion: String
    /// Fallbacks and warnings, in words (e.g. "too few sales to fit: the group's curve scaled to its volume").
    public var notes: [String]
    /// Facts of the fit worth saying that replaced nothing (e.g. "on sale before the history began").
    public var remarks: [String]

    public init(id: String, group: String, launchPeriod: Int, endOfLifePeriod: Int?, lifecycle: CalibratedLifecycle,
                launchCurve: BassCurveParameters? = nil, yearly: [Double]? = nil, weekly: [Double]? = nil, noise: CalibratedNoise = .poisson, elasticity: Double = 0,
                listPrice: Double? = nil, promotionLift: Double? = nil, uncertainty: [CalibratedUncertainty] = [],
                criterion: String = "", notes: [String] = [], remarks: [String] = []) {
        self.id = id
        self.group = group
        self.launchPeriod = launchPeriod
        self.endOfLifePeriod = endOfLifePeriod
        self.lifecycle = lifecycle
        self.launchCurve = launchCurve
        self.yearly = yearly
        self.weekly = weekly
        self.noise = noise
        self.elasticity = elasticity
        self.listPrice = listPrice
        self.promotionLift = promotionLift
        self.uncertainty = uncertainty
        self.criterion = criterion
        self.notes = notes
        self.remarks = remarks
    }
}

/// A fitted lifecycle, meaning exactly what the simulator means by it.
public enum CalibratedLifecycle: Sendable, Equatable {
    /// Whether it is a Bass diffusion (not phases).
    public var isBass: Bool {
        if case .bass = self { return true }
        return false
    }

    /// Bass diffusion from the launch: market size m (units), innovation p and imitation q per period.
    case bass(marketSize: Double, innovation: Double, imitation: Double)
    /// Phases from the launch, each a linear ramp of expected units per period.
    case phases([CalibratedPhase])
}

/// Bass diffusion parameters: market size m (units), innovation p and imitation q per period.
public struct BassCurveParameters: Sendable, Equatable {
    public var marketSize: Double
    public var innovation: Double
    public var imitation: Double

    public init(marketSize: Double, innovation: Double, imitation: Double) {
        self.marketSize = marketSize
        self.innovation = innovation
        self.imitation = imitation
    }
}

/// One phase of a fitted lifecycle.
public struct CalibratedPhase: Sendable, Equatable {
    /// "introduction", "growth", "maturity" or "decline".
    public var name: String
    /// Length in periods (≥ 1) as fitted; nil for a last phase that runs on to the end of life.
    public var periods: Int?
    /// Expected units per period at its start and end (≥ 0).
    public var from: Double
    public var to: Double

    public init(name: String, periods: Int?, from: Double, to: Double) {
        self.name = name
        self.periods = periods
        self.from = from
        self.to = to
    }
}

/// A fitted noise family.
public enum CalibratedNoise: Sendable, Equatable {
    case poisson
    /// Variance μ + μ²/k.
    case negativeBinomial(dispersion: Double)
    /// A structural zero with probability π, otherwise a draw from the base (Poisson when
    /// `dispersion` is nil, else negative binomial).
    case zeroInflated(zeroProbability: Double, dispersion: Double?)
}

/// A parameter drawn afresh in each what-if replication, from the spread its fit left.
public struct CalibratedUncertainty: Sendable, Equatable {
    /// The field under the product's entry, e.g. `lifecycle.bass.market_size` or
    /// `lifecycle.phases[0].from`.
    public var field: String
    public var spread: Spread

    /// How the value is drawn.
    public enum Spread: Sendable, Equatable {
        /// Lognormal with this median and σ of the logarithm (> 0): positive parameters.
        case lognormal(median: Double, sigma: Double)
        /// Normal with this mean and standard deviation (> 0), e.g. an elasticity.
        case normal(mean: Double, sd: Double)
    }

    public init(field: String, spread: Spread) {
        self.field = field
        self.spread = spread
    }
}
