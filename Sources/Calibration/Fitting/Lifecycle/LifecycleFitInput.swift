import Censoring

/// One product's history as the lifecycle fit reads it, on the periods 0..<n of the history's
/// calendar.
///
/// Invariants (``LifecycleFitter/fit(_:)`` checks them and names the first field that breaks
/// one): `censored` and `multiplier` have one entry per period of `sales`; every sale is finite
/// and ≥ 0 (units; whole numbers for count data, fractions are rounded for the likelihood);
/// every multiplier is finite and ≥ 0.
public struct LifecycleFitInput: Sendable, Hashable {
    /// Units sold per period, ≥ 0. A product that did not exist yet has zeros.
    public var sales: [Double]
    /// True where the shelf ran empty: demand was at least the sales (stockout flags).
    public var censored: [Bool]
    /// The known multiplicative effects of each period (seasonality × price × promotion),
    /// finite and ≥ 0, 1 = none. The lifecycle fitted is the baseline they multiply:
    /// expected units in period t = baseline(t) × multiplier(t).
    public var multiplier: [Double]
    /// The product's group (category) pooled, for shrinkage and for the fallback; nil = none.
    public var prior: LifecyclePrior?

    /// A history; `censored` defaults to no stockouts and `multiplier` to all 1.
    public init(sales: [Double], censored: [Bool]? = nil, multiplier: [Double]? = nil, prior: LifecyclePrior? = nil) {
        self.sales = sales
        self.censored = censored ?? Array(repeating: false, count: sales.count)
        self.multiplier = multiplier ?? Array(repeating: 1, count: sales.count)
        self.prior = prior
    }

    /// Checks the invariants above.
    /// - Throws: ``LifecycleFitError/invalidInput(field:index:problem:)`` naming the field and period.
    func validate() throws(LifecycleFitError) {
        guard censored.count == sales.count else {
            throw .invalidInput(field: "censored", index: nil,
                                problem: "has \(censored.count) flags for \(sales.count) periods of sales; give one per period")
        }
        guard multiplier.count == sales.count else {
            throw .invalidInput(field: "multiplier", index: nil,
                                problem: "has \(multiplier.count) values for \(sales.count) periods of sales; give one per period")
        }
        if let bad = sales.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw .invalidInput(field: "sales", index: bad, problem: "is \(sales[bad]); sales must be finite and ≥ 0")
        }
        if let bad = multiplier.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw .invalidInput(field: "multiplier", index: bad, problem: "is \(multiplier[bad]); a multiplier must be finite and ≥ 0")
        }
        try prior?.validate()
    }
}

/// A group's pooled lifecycle and noise: the centre the product's Bass coefficients are shrunk
/// toward, how far they may stray, and the curve and noise used when the product's own series is
/// too short to fit.
///
/// Invariants: 0 < innovation, imitation < 1 (per period of the history's calendar);
/// `logitSpread` > 0 and finite.
public struct LifecyclePrior: Sendable, Hashable {
    /// The group's innovation coefficient p, per period, in (0, 1).
    public var innovation: Double
    /// The group's imitation coefficient q, per period, in (0, 1).
    public var imitation: Double
    /// The spread of logit p and logit q across the group (standard deviation, logit units,
    /// > 0): the prior's width. The lead's pooling estimates it; 1.5 is the weak default used
    /// without a group.
    public var logitSpread: Double
    /// The group's noise, used when the product's own noise fit fails or its series is too
    /// short; nil = Poisson.
    public var noise: NoiseFit?

    public init(innovation: Double, imitation: Double, logitSpread: Double, noise: NoiseFit? = nil) {
        self.innovation = innovation
        self.imitation = imitation
        self.logitSpread = logitSpread
        self.noise = noise
    }

    func validate() throws(LifecycleFitError) {
        for (field, value) in [("prior.innovation", innovation), ("prior.imitation", imitation)] where !(value > 0 && value < 1) {
            throw .invalidInput(field: field, index: nil, problem: "is \(value); it must lie in (0, 1) per period")
        }
        guard logitSpread > 0, logitSpread.isFinite else {
            throw .invalidInput(field: "prior.logitSpread", index: nil, problem: "is \(logitSpread); it must be a finite number > 0")
        }
        if let noise, !noise.isValid {
            throw .invalidInput(field: "prior.noise", index: nil, problem: "is \(noise); a dispersion must be > 0 and a zero probability in [0, 1)")
        }
    }
}
