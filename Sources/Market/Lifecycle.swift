import Calendar

/// How a product's underlying demand rises and falls over its life, before seasonality, price,
/// promotions, shocks and noise.
public enum Lifecycle: Hashable, Sendable {
    /// Bass diffusion: adopters join from innovation and from imitation of those who already
    /// bought. See ``BassDiffusion``.
    case bass(BassDiffusion)
    /// Explicit phases with linear ramps between levels, in date order, covering the product's
    /// life without gaps. See ``LifecycleSegment``.
    case phases([LifecycleSegment])
    /// Demand as recorded in a sales history (estimated where censored), one entry per live
    /// period from the product's launch. Season, price effects, events and noise do not apply:
    /// the record already holds them.
    case recorded(RecordedDemand)
}

/// Discrete-time Bass diffusion (Bass 1969) in which the adopter count grows with what customers
/// actually bought.
///
/// With N the adopters so far and m the market size, the expected number of new adopters in a
/// period is `(p + q·N/m)·(m − N)`, and adopters come back for `repeatRate` repeat purchases
/// per period each. N grows by the share of each period's *sales* that were first purchases, so
/// a stockout (fewer sales) slows word of mouth for the rest of the product's life.
public struct BassDiffusion: Hashable, Sendable {
    /// m: people who will eventually adopt, in units (one unit per adopter). > 0.
    public var marketSize: Double
    /// p: coefficient of innovation, per period. In (0, 1).
    public var innovation: Double
    /// q: coefficient of imitation, per period. In [0, 1).
    public var imitation: Double
    /// Expected repeat purchases per adopter per period (0 for durables). ≥ 0.
    public var repeatRate: Double

    public init(marketSize: Double, innovation: Double, imitation: Double, repeatRate: Double = 0) {
        self.marketSize = marketSize
        self.innovation = innovation
        self.imitation = imitation
        self.repeatRate = repeatRate
    }

    /// Expected first purchases in a period that starts with `adopters` adopters, in a market
    /// of `marketSize` (which a competitor entering may have shrunk).
    @inlinable
    public func newAdopters(adopters: Double, marketSize: Double) -> Double {
        guard adopters < marketSize else { return 0 }
        return (innovation + imitation * adopters / marketSize) * (marketSize - adopters)
    }

    /// Share of the market adopted when the continuous-time adoption rate peaks:
    /// F(t*) = (1 − p/q)/2, at t* = ln(q/p)/(p+q); 0 when q ≤ p (the rate only falls).
    public var peakAdoptedShare: Double {
        imitation > innovation ? (1 - innovation / imitation) / 2 : 0
    }

    /// Expected first purchases per period at the peak of the continuous-time curve, as a share
    /// of the market: (p + q)² / (4q) (p when q ≤ p: the rate is highest at launch).
    public var peakAdoptionRate: Double {
        imitation > innovation ? (innovation + imitation) * (innovation + imitation) / (4 * imitation) : innovation
    }

    /// The phase of a product whose adopted share of the market is `share` (0…1).
    ///
    /// Rogers' categories on the adoption curve: introduction while fewer than 2.5% have adopted
    /// (innovators), growth until the adoption rate peaks (``peakAdoptedShare``), maturity until
    /// 84% have adopted (through the late majority), decline after — unless repeat purchases
    /// alone keep demand at half the peak adoption rate or more (a staple that everyone buys
    /// again), which stays mature. The share only grows, so phases come in order.
    public func phase(adoptedShare share: Double) -> LifecyclePhase {
        let peak = peakAdoptedShare
        if share < min(0.025, peak) { return .introduction }
        if share < peak { return .growth }
        if share < max(0.84, peak) { return .maturity }
        return repeatRate * share >= peakAdoptionRate / 2 ? .maturity : .decline
    }
}

/// One explicit lifecycle phase: demand ramps linearly from `fromLevel` to `toLevel` over the
/// days `[start, end)`.
public struct LifecycleSegment: Hashable, Sendable {
    public var phase: LifecyclePhase
    /// First day of the phase.
    public var start: CalendarDate
    /// First day after the phase (exclusive); later than `start`.
    public var end: CalendarDate
    /// Expected units per period at the start of the ramp. ≥ 0.
    public var fromLevel: Double
    /// Expected units per period at the end of the ramp. ≥ 0.
    public var toLevel: Double

    public init(phase: LifecyclePhase, start: CalendarDate, end: CalendarDate, fromLevel: Double, toLevel: Double) {
        self.phase = phase
        self.start = start
        self.end = end
        self.fromLevel = fromLevel
        self.toLevel = toLevel
    }

    /// Expected units per period on `day` (inside the segment): the ramp taken at the middle of the day,
    /// so the mean over the whole phase is exactly (from + to)/2.
    @inlinable
    public func level(on day: CalendarDate) -> Double {
        let length = Double(start.days(to: end))
        let position = (Double(start.days(to: day)) + 0.5) / length
        return fromLevel + (toLevel - fromLevel) * position
    }
}
