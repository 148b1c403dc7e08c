import Calendar
import Market

/// One product and its market: economics, lifecycle, seasonality, noise and supply.
///
/// Money is in the scenario's currency per unit; rates are per period of the calendar.
/// Expected demand in a period is `lifecycle × season × price effect × promotion effect × shock
/// effect`, then ``noise`` turns it into a count.
public struct ProductSpec: Sendable, Hashable, Codable {
    /// Unique, non-empty, without spaces, commas, quotes or slashes (it becomes `unique_id` in
    /// CSV output and may name files).
    public var id: String
    /// Display name.
    public var name: String?
    /// Free grouping label (used for reporting and look-alike forecasting).
    public var category: String?
    /// Descriptive attributes ("waterproof", "premium"), for look-alike forecasting: products
    /// sharing more attributes count as more comparable. Default none.
    public var attributes: [String]
    /// List price per unit (> 0); the reference for the price effect.
    public var price: Double
    /// Cost of goods per unit (≥ 0, default 0).
    public var unitCost: Double
    /// Value recovered per unit left over at end of life (≥ 0, default 0).
    public var salvageValue: Double
    /// Cost of keeping one unit in stock for one period (≥ 0, default 0). When ``holdingRate``
    /// is given this is derived from it: decoding a ``ScenarioSpec`` (or building one with its
    /// initialiser) fills it in; ``holdingCostPerPeriod(calendar:)`` is always right.
    public var holdingCost: Double
    /// Holding cost as a yearly share of ``unitCost`` (≥ 0; 0.25 means a quarter of the cost a
    /// year), the way finance usually states it; nil when ``holdingCost`` is given directly.
    /// The file may give one of `holding_cost` and `holding_rate`, not both.
    public var holdingRate: Double?
    /// Penalty per unit of unmet demand on top of the lost margin, in currency (≥ 0, default 0):
    /// the goodwill lost with each unit of lost sales, or, for backordered demand, the cost of
    /// each unit waiting for one period.
    public var shortagePenalty: Double
    /// Price elasticity: demand is multiplied by `(shelf price / list price) ^ elasticity`.
    /// Usually negative (−1.5 means a 10 % discount lifts demand by about 17 %). Default 0.
    public var elasticity: Double
    /// First day of sales. Nil only before the spec is resolved: decoding a ``ScenarioSpec``
    /// fills in the calendar start.
    public var launch: CalendarDate?
    /// First day on which the product is no longer sold; nil means it outlives the horizon.
    public var endOfLife: CalendarDate?
    public var lifecycle: LifecycleSpec
    /// Default: no seasonality.
    public var seasonality: SeasonalitySpec
    /// Default: Poisson.
    public var noise: DemandNoise
    /// Default: immediate, unconstrained supply (see ``SupplySpec``).
    public var supply: SupplySpec
    /// What happens to demand that meets an empty shelf. Default: lost, nobody leaves.
    public var unmetDemand: UnmetDemandSpec
    /// Units on hand at the start of the horizon (≥ 0, default 0).
    public var initialStock: Int
    /// How many identical products this entry stands for (≥ 1, default 1), for benchmark
    /// catalogues. With n > 1 the catalogue holds `<id>-1` … `<id>-n` instead of `id`, each with
    /// its own random streams (see ``ScenarioSpec/catalogue``).
    public var copies: Int

    public init(id: String, name: String? = nil, category: String? = nil, price: Double,
                unitCost: Double = 0, salvageValue: Double = 0, holdingCost: Double = 0,
                holdingRate: Double? = nil, shortagePenalty: Double = 0, elasticity: Double = 0, launch: CalendarDate? = nil, endOfLife: CalendarDate? = nil,
                lifecycle: LifecycleSpec, seasonality: SeasonalitySpec = SeasonalitySpec(),
                noise: DemandNoise = .poisson, supply: SupplySpec = SupplySpec(),
                unmetDemand: UnmetDemandSpec = UnmetDemandSpec(), initialStock: Int = 0, copies: Int = 1) {
        self.id = id
        self.name = name
        self.category = category
        self.attributes = []
        self.price = price
        self.unitCost = unitCost
        self.salvageValue = salvageValue
        self.holdingCost = holdingCost
        self.holdingRate = holdingRate
        self.shortagePenalty = shortagePenalty
        self.elasticity = elasticity
        self.launch = launch
        self.endOfLife = endOfLife
        self.lifecycle = lifecycle
        self.seasonality = seasonality
        self.noise = noise
        self.supply = supply
        self.unmetDemand = unmetDemand
        self.initialStock = initialStock
        self.copies = copies
    }

    /// Holding cost per unit per period, in currency, ``holdingCost`` unless a yearly
    /// ``holdingRate`` is given: then ``holdingRate`` × ``unitCost`` × 1/365 per day, 7/365 per
    /// week, 1/12 per month and 1/4 per quarter. Every month (quarter) is charged the same
    /// twelfth (quarter) of the year, whatever its own days, so a year of periods costs the
    /// yearly rate and the cost per period stays one figure, as ``holdingCost`` is.
    public func holdingCostPerPeriod(calendar: CalendarSpec) -> Double {
        guard let holdingRate else { return holdingCost }
        guard let days = calendar.period.fixedDays else { return holdingRate * unitCost / Double(calendar.period.perYear) }
        return holdingRate * unitCost * Double(days) / 365
    }

    /// The launch date, with the calendar start as default.
    public func launchDate(in calendar: CalendarSpec) -> CalendarDate {
        launch ?? calendar.start
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, copies, name, category, attributes, price
        case unitCost = "unit_cost"
        case salvageValue = "salvage_value"
        case holdingCost = "holding_cost"
        case holdingRate = "holding_rate"
        case shortagePenalty = "shortage_penalty"
        case elasticity, launch
        case endOfLife = "end_of_life"
        case lifecycle, seasonality, noise, supply
        case unmetDemand = "unmet_demand"
        case initialStock = "initial_stock"
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        let id = try fields.required(.id, String.self)
        name = try fields.optional(.name, String.self)
        category = try fields.optional(.category, String.self)
        attributes = try fields.optional(.attributes, [String].self) ?? []
        let price = try fields.required(.price, Double.self)
        unitCost = try fields.optional(.unitCost, Double.self) ?? 0
        salvageValue = try fields.optional(.salvageValue, Double.self) ?? 0
        holdingCost = try fields.optional(.holdingCost, Double.self) ?? 0
        holdingRate = try fields.optional(.holdingRate, Double.self)
        if fields.has(.holdingCost), fields.has(.holdingRate) {
            try fields.report(FieldProblem(fields.path.key(CodingKeys.holdingRate), .invalidValue,
                                           "give either holding_cost or holding_rate, not both",
                                           hint: "holding_cost is per unit per period, holding_rate a yearly share of unit_cost"))
        }
        shortagePenalty = try fields.optional(.shortagePenalty, Double.self) ?? 0
        elasticity = try fields.optional(.elasticity, Double.self) ?? 0
        launch = try fields.date(.launch)
        endOfLife = try fields.date(.endOfLife)
        let lifecycle = try fields.required(.lifecycle, LifecycleSpec.self)
        seasonality = try fields.optional(.seasonality, SeasonalitySpec.self) ?? SeasonalitySpec()
        noise = try fields.optional(.noise, NoiseCoding.self)?.noise ?? .poisson
        supply = try fields.optional(.supply, SupplySpec.self) ?? SupplySpec()
        unmetDemand = try fields.optional(.unmetDemand, UnmetDemandSpec.self) ?? UnmetDemandSpec()
        initialStock = try fields.optional(.initialStock, Int.self) ?? 0
        copies = try fields.optional(.copies, Int.self) ?? 1
        guard let id, let price, let lifecycle else { throw AlreadyReported() }
        self.id = id
        self.price = price
        self.lifecycle = lifecycle
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(copies, forKey: .copies)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(category, forKey: .category)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
        try container.encode(number: price, forKey: .price)
        try container.encode(number: unitCost, forKey: .unitCost)
        try container.encode(number: salvageValue, forKey: .salvageValue)
        // A rate is written as given; the per-period cost is derived from it again on reading.
        if let holdingRate {
            try container.encode(number: holdingRate, forKey: .holdingRate)
        } else {
            try container.encode(number: holdingCost, forKey: .holdingCost)
        }
        try container.encode(number: shortagePenalty, forKey: .shortagePenalty)
        try container.encode(number: elasticity, forKey: .elasticity)
        try container.encodeIfPresent(date: launch, forKey: .launch)
        try container.encodeIfPresent(date: endOfLife, forKey: .endOfLife)
        try container.encode(lifecycle, forKey: .lifecycle)
        try container.encode(seasonality, forKey: .seasonality)
        try container.encode(NoiseCoding(noise), forKey: .noise)
        try container.encode(supply, forKey: .supply)
        try container.encode(unmetDemand, forKey: .unmetDemand)
        try container.encode(initialStock, forKey: .initialStock)
    }
}

/// What happens to demand that finds the shelf empty.
public struct UnmetDemandSpec: Sendable, Hashable, Codable {
    /// Share of unmet demand that waits and is served from the next deliveries, in [0, 1];
    /// the rest is lost. Default 0 (all lost).
    public var backorderShare: Double
    /// Share of the customers lost in a stockout who leave the market for good, in [0, 1].
    /// Under Bass diffusion they never adopt, so a stockout shrinks the market. Default 0.
    public var churn: Double

    public init(backorderShare: Double = 0, churn: Double = 0) {
        self.backorderShare = backorderShare
        self.churn = churn
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case backorderShare = "backorder_share"
        case churn
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        backorderShare = try fields.optional(.backorderShare, Double.self) ?? 0
        churn = try fields.optional(.churn, Double.self) ?? 0
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number: backorderShare, forKey: .backorderShare)
        try container.encode(number: churn, forKey: .churn)
    }
}
