
/// A temporary promotion: a discount and/or display lift while it runs, an optional dip
/// afterwards, and optional effects on other products.
///
/// Demand of a promoted product is multiplied by `((1 − discount) ^ elasticity) × lift`.
public struct PromotionSpec: Sendable, Hashable, Codable {
    public var name: String?
    public var products: [String]
    public var window: EventWindow
    /// Share off the shelf price while the promotion runs, in [0, 1) (default 0).
    public var discount: Double
    /// Display/feature multiplier on top of the price effect (> 0, default 1).
    public var lift: Double
    /// Pull-forward dip after the promotion; nil for none.
    public var dip: DipSpec?
    /// Cannibalisation (< 1) or halo (> 1) on other products while the promotion runs.
    public var effects: [PromotionEffect]

    public init(name: String? = nil, products: [String], window: EventWindow, discount: Double = 0,
                lift: Double = 1, dip: DipSpec? = nil, effects: [PromotionEffect] = []) {
        self.name = name
        self.products = products
        self.window = window
        self.discount = discount
        self.lift = lift
        self.dip = dip
        self.effects = effects
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, products, start, end, days, periods, discount, lift, dip, effects
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        name = try fields.optional(.name, String.self)
        let products = try fields.list(.products, String.self, required: true)
        let window = try EventWindow.read(fields, start: .start, end: .end, days: .days, periods: .periods)
        discount = try fields.optional(.discount, Double.self) ?? 0
        lift = try fields.optional(.lift, Double.self) ?? 1
        dip = try fields.optional(.dip, DipSpec.self)
        effects = try fields.list(.effects, PromotionEffect.self) ?? []
        guard let products, let window else { throw AlreadyReported() }
        self.products = products
        self.window = window
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encode(products, forKey: .products)
        try window.encode(into: &container, start: .start, end: .end, days: .days, periods: .periods)
        try container.encode(number: discount, forKey: .discount)
        try container.encode(number: lift, forKey: .lift)
        try container.encodeIfPresent(dip, forKey: .dip)
        try container.encode(effects, forKey: .effects)
    }
}

/// The post-promotion dip: customers who stocked up buy less for a while.
/// YAML: `{share: 0.4, days: 14}`, `{share: 0.4, periods: 2}` or `{share: 0.4, end: 2026-12-31}`.
public struct DipSpec: Sendable, Hashable, Codable {
    /// Share of the promotion's extra units taken back, in [0, 1].
    public var share: Double
    /// How long the dip lasts from the day after the promotion; the units are taken back
    /// evenly over it. `.through` names the dip's last day.
    public var length: Extent

    public init(share: Double, length: Extent) {
        self.share = share
        self.length = length
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case share, end, days, periods
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        let share = try fields.required(.share, Double.self)
        let length = try fields.attempt { () throws -> Extent in
            guard let length = try Extent.read(fields, end: .end, days: .days, periods: .periods) else {
                throw fields.failure(FieldProblem(fields.path, .missingField,
                                                  "say how long the dip lasts with 'days', 'periods' or 'end'"))
            }
            return length
        } ?? nil
        guard let share, let length else { throw AlreadyReported() }
        self.share = share
        self.length = length
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number: share, forKey: .share)
        try length.encode(into: &container, end: .end, days: .days, periods: .periods)
    }
}

/// The effect of a promotion on another product while it runs. YAML: `{product: id, multiplier: 0.8}`.
public struct PromotionEffect: Sendable, Hashable, Codable {
    public var product: String
    /// Demand multiplier (> 0): below 1 cannibalisation, above 1 halo.
    public var multiplier: Double

    public init(product: String, multiplier: Double) {
        self.product = product
        self.multiplier = multiplier
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case product, multiplier
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        let product = try fields.required(.product, String.self)
        let multiplier = try fields.required(.multiplier, Double.self)
        guard let product, let multiplier else { throw AlreadyReported() }
        self.product = product
        self.multiplier = multiplier
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(product, forKey: .product)
        try container.encode(number: multiplier, forKey: .multiplier)
    }
}
