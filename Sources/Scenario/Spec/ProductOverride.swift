/// The economics of a history-driven product as a scenario gives them: every field optional,
/// so an entry sets only what it names (`history.defaults` for every product, `products:`
/// entries for one each). A field it leaves out comes from the product file, then from
/// `history.defaults`, then from the built-in default (see ``HistoryCatalogue``).
///
/// YAML: the keys of a product entry that concern money and supply — `price`, `unit_cost`,
/// `salvage_value`, `holding_cost` or `holding_rate`, `shortage_penalty`, `elasticity`,
/// `supply` (replaced as a whole), `unmet_demand`, `initial_stock`, `name`, `category`,
/// `attributes` — plus `unit_cost_share` (unit cost as a share of the price) and
/// `salvage_share` (salvage value as a share of the unit cost). `lifecycle`, when written, must
/// be `history`: the demand is the record's.
public struct ProductOverride: Sendable, Hashable, Codable {
    public var id: String?
    public var name: String?
    public var category: String?
    public var attributes: [String]?
    public var price: Double?
    public var unitCost: Double?
    public var unitCostShare: Double?
    public var salvageValue: Double?
    public var salvageShare: Double?
    public var holdingCost: Double?
    public var holdingRate: Double?
    public var shortagePenalty: Double?
    public var elasticity: Double?
    public var supply: SupplySpec?
    public var unmetDemand: UnmetDemandSpec?
    public var initialStock: Int?

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, category, attributes, price
        case unitCost = "unit_cost"
        case unitCostShare = "unit_cost_share"
        case salvageValue = "salvage_value"
        case salvageShare = "salvage_share"
        case holdingCost = "holding_cost"
        case holdingRate = "holding_rate"
        case shortagePenalty = "shortage_penalty"
        case elasticity, supply
        case unmetDemand = "unmet_demand"
        case initialStock = "initial_stock"
        case lifecycle
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        id = try fields.optional(.id, String.self)
        name = try fields.optional(.name, String.self)
        category = try fields.optional(.category, String.self)
        attributes = try fields.optional(.attributes, [String].self)
        price = try fields.optional(.price, Double.self)
        unitCost = try fields.optional(.unitCost, Double.self)
        unitCostShare = try fields.optional(.unitCostShare, Double.self)
        salvageValue = try fields.optional(.salvageValue, Double.self)
        salvageShare = try fields.optional(.salvageShare, Double.self)
        holdingCost = try fields.optional(.holdingCost, Double.self)
        holdingRate = try fields.optional(.holdingRate, Double.self)
        shortagePenalty = try fields.optional(.shortagePenalty, Double.self)
        elasticity = try fields.optional(.elasticity, Double.self)
        supply = try fields.optional(.supply, SupplySpec.self)
        unmetDemand = try fields.optional(.unmetDemand, UnmetDemandSpec.self)
        initialStock = try fields.optional(.initialStock, Int.self)
        for (first, second, hint) in Self.exclusive where fields.has(first) && fields.has(second) {
            try fields.report(FieldProblem(fields.path.key(second), .invalidValue,
                                           "give either \(first.stringValue) or \(second.stringValue), not both", hint: hint))
        }
        if let lifecycle = try fields.optional(.lifecycle, String.self), lifecycle != LifecycleSpec.historyName {
            try fields.report(FieldProblem(fields.path.key(CodingKeys.lifecycle), .invalidValue,
                                           "a product of a history-driven market takes its demand from the history",
                                           hint: "leave lifecycle out, or write lifecycle: history"))
        }
    }

    /// Pairs of keys that say the same thing two ways.
    private static let exclusive: [(CodingKeys, CodingKeys, String)] = [
        (.unitCost, .unitCostShare, "unit_cost is currency per unit, unit_cost_share a share of the price"),
        (.salvageValue, .salvageShare, "salvage_value is currency per unit, salvage_share a share of the unit cost"),
        (.holdingCost, .holdingRate, "holding_cost is per unit per period, holding_rate a yearly share of unit_cost"),
    ]

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(category, forKey: .category)
        try container.encodeIfPresent(attributes, forKey: .attributes)
        try container.encodeIfPresent(number: price, forKey: .price)
        try container.encodeIfPresent(number: unitCost, forKey: .unitCost)
        try container.encodeIfPresent(number: unitCostShare, forKey: .unitCostShare)
        try container.encodeIfPresent(number: salvageValue, forKey: .salvageValue)
        try container.encodeIfPresent(number: salvageShare, forKey: .salvageShare)
        try container.encodeIfPresent(number: holdingCost, forKey: .holdingCost)
        try container.encodeIfPresent(number: holdingRate, forKey: .holdingRate)
        try container.encodeIfPresent(number: shortagePenalty, forKey: .shortagePenalty)
        try container.encodeIfPresent(number: elasticity, forKey: .elasticity)
        try container.encodeIfPresent(supply, forKey: .supply)
        try container.encodeIfPresent(unmetDemand, forKey: .unmetDemand)
        try container.encodeIfPresent(initialStock, forKey: .initialStock)
    }
}
