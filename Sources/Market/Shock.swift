import Calendar

/// An event outside the seller's control that changes demand or supply.
public struct Shock: Hashable, Sendable {
    public var name: String
    /// Indices into ``MarketModel/products``.
    public var products: [Int]
    public var kind: Kind

    public init(name: String, products: [Int], kind: Kind) {
        self.name = name
        self.products = products
        self.kind = kind
    }

    public enum Kind: Hashable, Sendable {
        /// Demand multiplied by `lift` (> 0) during `window`: a viral moment, a news story.
        case spike(window: DayRange, lift: Double)
        /// Demand multiplied by `factor` (> 0) from `start` on, for good.
        case levelShift(start: CalendarDate, factor: Double)
        /// A competitor takes `shareLoss` (0…1) of the market, phased in linearly over
        /// `rampDays` days from `start`. For Bass products the market size shrinks; for phase
        /// lifecycles demand is multiplied by (1 − lost share).
        case competitorEntry(start: CalendarDate, shareLoss: Double, rampDays: Int)
        /// Suppliers struggle during `window`: lead times are multiplied by `leadTimeFactor`
        /// (≥ 1) and only `supplyFraction` (0…1) of each order is delivered. No effect on demand.
        case supplyDisruption(window: DayRange, leadTimeFactor: Double, supplyFraction: Double)
    }

    /// The days on which the shock is in force (open-ended for permanent shocks).
    public var activeDays: DayRange {
        switch kind {
        case let .spike(window, _), let .supplyDisruption(window, _, _):
            return window
        case let .levelShift(start, _), let .competitorEntry(start, _, _):
            return DayRange(first: start, end: nil)
        }
    }

    /// A short label for the ground truth: "spike", "level-shift", "competitor-entry", "supply-disruption".
    public var kindLabel: String {
        switch kind {
        case .spike: return "spike"
        case .levelShift: return "level-shift"
        case .competitorEntry: return "competitor-entry"
        case .supplyDisruption: return "supply-disruption"
        }
    }
}
