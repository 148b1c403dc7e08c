/// The newsvendor single buy for a short season: one order, placed once, sized to the critical
/// fractile of the season's demand; no replenishment afterwards.
///
/// Definition (Zipkin, "Foundations of Inventory Management", §4.3; Axsäter, "Inventory Control",
/// 2nd ed., §5.15; Silver, Pyke & Peterson, 3rd ed., ch. 10): with underage cost cu per unit
/// short and overage cost co per unit left over, the expected-cost-minimising stock is
///
///     Q* = F⁻¹(cu / (cu + co)),
///
/// F being the distribution of the season's total demand. Here cu and co come from
/// ``Economics`` (``Economics/criticalRatio``) unless a critical ratio is given outright, F⁻¹ is
/// the outlook's ``DemandOutlook/demandQuantile(_:over:)``, and the order is Q* (rounded up to a
/// whole unit) minus the inventory position, so stock already held or on order counts.
///
/// The season: demand from the period after the buy to the end of the product's life, i.e.
/// `periodsUntilEndOfLife` periods. That window already contains the L periods of the lead time
/// (position counts backorders, so their demand is owed from this buy too). When the life is
/// open-ended (`periodsUntilEndOfLife` is nil) the window is L + `seasonPeriods`: the lead time
/// and then a season of `seasonPeriods` periods of selling after the stock arrives.
///
/// Timing: the buy is placed at the end of the product's `buyPeriod`-th period on sale (0 = its
/// launch period, ``PolicyContext/launchPeriod``), after that period's sales, and arrives L + 1
/// periods later. Policies are pure, so "buys once" is a matter of the calendar: the policy is
/// consulted every period and buys only in that one.
///
/// Before the launch: with `buyPeriod` 0, a product that launches after the calendar's start
/// gets its single buy before it (``decideBeforeLaunch(_:)``), L + 1 periods ahead, from the
/// launch forecast — the same critical-ratio quantile, over the same window from the buy (to
/// the end of life, or L + `seasonPeriods`), whose periods before the launch carry no demand —
/// and none after (``PolicyContext/preLaunchReview``). Without that review (the forecaster
/// cannot forecast before a sale) it buys after the launch period as above. A `buyPeriod` > 0
/// asks to see sales first, so it never buys before the launch.
public struct NewsvendorPolicy: InventoryPolicy, Hashable, Codable {
    /// The critical ratio cu/(cu + co) to use instead of the economics', in (0, 1); nil = use
    /// ``Economics/criticalRatio``.
    public let criticalRatio: Double?
    /// The selling season after the buy arrives, in periods (≥ 1), used only when the product's
    /// end of life is not known; nil = no buy in that case.
    public let seasonPeriods: Int?
    /// The period at whose end the single buy is placed, counted from the launch (≥ 0).
    public let buyPeriod: Int

    /// - Throws: ``PolicyParameterError`` unless the ratio (when given) is in (0, 1),
    ///   `seasonPeriods` (when given) ≥ 1 and `buyPeriod` ≥ 0.
    public init(criticalRatio: Double? = nil, seasonPeriods: Int? = nil, buyPeriod: Int = 0) throws(PolicyParameterError) {
        if let criticalRatio {
            try PolicyParameterError.requireOpenProbability(criticalRatio, Self.name, "criticalRatio")
        }
        if let seasonPeriods {
            try PolicyParameterError.require(seasonPeriods >= 1, Self.name, "seasonPeriods", seasonPeriods,
                                             "at least 1 period")
        }
        try PolicyParameterError.require(buyPeriod >= 0, Self.name, "buyPeriod", buyPeriod, "at least 0")
        self.criticalRatio = criticalRatio
        self.seasonPeriods = seasonPeriods
        self.buyPeriod = buyPeriod
    }

    static let name = "newsvendor policy"

    /// The buy is a quantile of the forecast's season demand.
    public var readsForecast: Bool { true }

    /// Economics' ratio is kept inside [1e-4, 1 − 1e-4]: a ratio of exactly 1 (overstock costs
    /// nothing) would ask for the infinite quantile.
    static let ratioBounds = 1e-4...(1 - 1e-4)

    public func decide(_ context: PolicyContext) -> OrderDecision {
        let state = context.state
        if buyPeriod == 0, let review = context.preLaunchReview {
            return context.noOrder(because: "single buy was decided before the launch, at period \(review): no order")
        }
        let buyAt = context.launchPeriod + buyPeriod
        guard state.period == buyAt else {
            return context.noOrder(because: "single buy is at period \(buyAt), not \(state.period): no order")
        }
        return singleBuy(context)
    }

    /// With `buyPeriod` 0, the single buy, from the launch forecast; nil otherwise.
    public func decideBeforeLaunch(_ context: PolicyContext) -> OrderDecision? {
        guard buyPeriod == 0 else { return nil }
        var decision = singleBuy(context)
        if context.explains { decision.reason = "before the launch at period \(context.launchPeriod): " + decision.reason }
        return decision
    }

    /// The critical-ratio quantile of the season's demand, less the position.
    private func singleBuy(_ context: PolicyContext) -> OrderDecision {
        let lead = context.leadTime.wholePeriods
        let horizon: Int
        let window: String
        if let life = context.periodsUntilEndOfLife {
            horizon = life
            window = "\(life) periods to end of life"
        } else if let seasonPeriods {
            horizon = lead + seasonPeriods
            window = "lead \(lead) + season \(seasonPeriods) periods"
        } else {
            return context.noOrder(because: "end of life unknown and no seasonPeriods given: no single buy")
        }
        guard horizon > 0 else { return context.noOrder(because: "no selling periods left: no single buy") }

        let (ratio, ratioText) = ratio(context.economics)
        guard ratio > 0 else { return context.noOrder(because: "\(ratioText): no unit is worth buying") }
        let fractile = context.outlook.demandQuantile(ratio, over: horizon)
        return OrderUpTo.decision(raw: fractile, "demand quantile", context) { level in
            "single buy: \(DecisionText.number(ratio, digits: 4))-quantile of demand over \(window) = "
                + "\(DecisionText.number(fractile)) → S \(level) (\(ratioText))"
        }
    }

    /// The ratio to use and how it came about, for the reason text.
    private func ratio(_ economics: Economics) -> (Double, String) {
        if let criticalRatio {
            return (criticalRatio, "critical ratio \(DecisionText.number(criticalRatio, digits: 4)) given")
        }
        let raw = economics.criticalRatio
        let text = "critical ratio cu \(DecisionText.number(economics.underageCost)) / (cu "
            + "\(DecisionText.number(economics.underageCost)) + co \(DecisionText.number(economics.overageCost))) = "
            + DecisionText.number(raw, digits: 4)
        guard raw > 0 else { return (0, text) }
        let bounded = min(max(raw, Self.ratioBounds.lowerBound), Self.ratioBounds.upperBound)
        return (bounded, bounded == raw ? text : text + ", kept at \(DecisionText.number(bounded, digits: 4))")
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let ratio = try container.decodeIfPresent(Double.self, forKey: .criticalRatio)
        let season = try container.decodeIfPresent(Int.self, forKey: .seasonPeriods)
        let buy = try container.decodeIfPresent(Int.self, forKey: .buyPeriod) ?? 0
        do { try self.init(criticalRatio: ratio, seasonPeriods: season, buyPeriod: buy) } catch {
            throw error.decodingError(decoder)
        }
    }
}
