/// The ordering rule of an inventory policy, with its parameters.
///
/// Quantities (`level`, `s`, `S`, `Q`, `min`, `max`) are in units of stock and compare with
/// the inventory position (on hand + on order − backordered); `review` is the number of
/// periods between reviews (1 = every period); day counts are calendar days.
///
/// YAML: a single-key map naming the rule, e.g. `{s_S: {s: 20, S: 40}}`. In a policy entry
/// the rule key sits next to `name` and `products` (see ``PolicySpec``).
public indirect enum PolicyRule: Sendable, Hashable, Codable {
    /// Order up to `level` (≥ 0) at every review, every period.
    case baseStock(level: Int)
    /// Every `review` periods (≥ 1), when the position is at or below `s`, order up to `S`
    /// (S > s ≥ 0).
    case sS(s: Int, S: Int, review: Int)
    /// Every period, when the position is at or below `s` (≥ 0), order `q` units (> 0), or as
    /// many batches of `q` as it takes to lift the position above `s`.
    case sQ(s: Int, q: Int)
    /// Periodic review (R, S): every `review` periods (≥ 1) order up to `level` (≥ 0).
    case orderUpTo(review: Int, level: Int)
    /// Every `review` periods (≥ 1), when the position is below `min`, order up to `max`
    /// (max > min ≥ 0).
    case minMax(min: Int, max: Int, review: Int)
    /// A single buy at the end of the launch period, sized as the critical-ratio quantile of
    /// forecast demand over the rest of the life, which must end before the horizon's last
    /// period (validation refuses it otherwise, and warns that the buy rests on one period of
    /// sales). `criticalRatio` in (0, 1); nil derives it from the product's economics
    /// (underage / (underage + overage) cost).
    case newsvendor(criticalRatio: Double?)
    /// Every `review` periods (≥ 1), order up to the forecast of demand over the lead time plus
    /// the review period, plus safety stock sized from the forecast's error for `target`.
    case forecastOrderUpTo(review: Int, target: ServiceTargetSpec)
    /// Every `review` periods (≥ 1), order up to the `quantile` (in (0, 1)) of the forecast's
    /// predictive distribution of demand over the lead time plus the review period.
    case quantile(review: Int, quantile: Double)
    /// Runs `policy` until an order, arriving after the lead time, would have `stopDays` (≥ 0)
    /// days or fewer left to sell before the product's end of life; then ordering stops (0 stops
    /// only orders that would arrive too late to sell at all). Optionally marks the price down
    /// for a clearance at the very end. `policy` may not itself be an end-of-life rule. For a
    /// product without an end of life it is `policy` (validation warns).
    case endOfLife(policy: PolicyRule, stopDays: Int, clearance: ClearanceSpec?)

    /// The YAML key of each rule.
    enum Tag: String, CaseIterable {
        case baseStock = "base_stock"
        case sS = "s_S"
        case sQ = "s_Q"
        case orderUpTo = "order_up_to"
        case minMax = "min_max"
        case newsvendor
        case forecastOrderUpTo = "forecast_order_up_to"
        case quantile
        case endOfLife = "end_of_life"
    }

    /// The default number of periods between reviews, for every rule that has one.
    public static let defaultReview = 1

    var tag: Tag {
        switch self {
        case .baseStock: return .baseStock
        case .sS: return .sS
        case .sQ: return .sQ
        case .orderUpTo: return .orderUpTo
        case .minMax: return .minMax
        case .newsvendor: return .newsvendor
        case .forecastOrderUpTo: return .forecastOrderUpTo
        case .quantile: return .quantile
        case .endOfLife: return .endOfLife
        }
    }

    /// The rule's key in scenario files (`s_S`, `forecast_order_up_to`…).
    public var key: String { tag.rawValue }
}

/// The service a forecast-driven policy sizes its safety stock for. YAML: exactly one of
/// `service_level: 0.95` or `fill_rate: 0.98`, next to the rule's other parameters.
public enum ServiceTargetSpec: Sendable, Hashable {
    /// Cycle service level, in (0, 1): the probability of no stockout in a replenishment cycle.
    case serviceLevel(Double)
    /// Fill rate, in (0, 1): the share of demand served from stock.
    case fillRate(Double)

    /// The target, whichever kind it is.
    public var value: Double {
        switch self {
        case let .serviceLevel(value), let .fillRate(value): return value
        }
    }

    /// The YAML key it is written under.
    var key: String {
        switch self {
        case .serviceLevel: return "service_level"
        case .fillRate: return "fill_rate"
        }
    }
}

/// An end-of-life clearance: for the last `days` days (> 0) before the end of life the price is
/// marked down by `discount` (in [0, 1); 0.3 means 30 % off the list price).
public struct ClearanceSpec: Sendable, Hashable, Codable {
    public var days: Int
    public var discount: Double

    public init(days: Int, discount: Double) {
        self.days = days
        self.discount = discount
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case days, discount
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        let days = try fields.required(.days, Int.self)
        let discount = try fields.required(.discount, Double.self)
        guard let days, let discount else { throw AlreadyReported() }
        self.days = days
        self.discount = discount
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(days, forKey: .days)
        try container.encode(number: discount, forKey: .discount)
    }
}
