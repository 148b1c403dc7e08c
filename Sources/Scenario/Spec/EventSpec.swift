import Calendar

/// Something that happens to named products on given dates. YAML: a list item that is a
/// single-key map, `- promotion: {…}`, `- price_change: {…}` or `- shock: {spike: {…}}`.
public enum EventSpec: Sendable, Hashable, Codable {
    case promotion(PromotionSpec)
    case priceChange(PriceChangeSpec)
    case shock(ShockSpec)

    enum Tag: String, CaseIterable {
        case promotion
        case priceChange = "price_change"
        case shock
    }

    /// The ids of the products the event applies to.
    public var products: [String] {
        switch self {
        case let .promotion(spec): return spec.products
        case let .priceChange(spec): return spec.products
        case let .shock(spec): return spec.products
        }
    }

    /// The first day of the event.
    public var start: CalendarDate {
        switch self {
        case let .promotion(spec): return spec.window.start
        case let .priceChange(spec): return spec.date
        case let .shock(spec): return spec.start
        }
    }

    public init(from decoder: any Decoder) throws {
        let tagged = try Tagged<Tag>(decoder, what: "event",
                                     example: "{promotion: {products: [a], start: 2026-11-27, days: 4, discount: 0.3}}")
        guard let payload = tagged.payload else { throw AlreadyReported() }
        switch tagged.tag {
        case .promotion: self = .promotion(try PromotionSpec(from: payload))
        case .priceChange: self = .priceChange(try PriceChangeSpec(from: payload))
        case .shock: self = .shock(try ShockSpec(from: payload))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case let .promotion(spec): try encoder.encodeTagged(Tag.promotion.rawValue, spec)
        case let .priceChange(spec): try encoder.encodeTagged(Tag.priceChange.rawValue, spec)
        case let .shock(spec): try encoder.encodeTagged(Tag.shock.rawValue, spec)
        }
    }
}

/// When an event runs: from `start` for an ``Extent``. YAML: `start:` plus one of `end:`
/// (inclusive), `days:` or `periods:`. It must start inside the horizon and may run past it.
public struct EventWindow: Sendable, Hashable {
    public var start: CalendarDate
    public var extent: Extent

    public init(start: CalendarDate, extent: Extent) {
        self.start = start
        self.extent = extent
    }

    /// The first day after the window.
    public func end(period: PeriodLength) -> CalendarDate {
        extent.end(from: start, period: period)
    }

    /// Whether `date` falls in the window.
    public func contains(_ date: CalendarDate, period: PeriodLength) -> Bool {
        date >= start && date < end(period: period)
    }

    static func read<Key>(_ fields: Fields<Key>, start: Key, end: Key, days: Key, periods: Key) throws -> EventWindow? {
        let date = try fields.date(start, required: true)
        let extent = try fields.attempt { () throws -> Extent in
            guard let extent = try Extent.read(fields, end: end, days: days, periods: periods) else {
                throw fields.failure(FieldProblem(fields.path, .missingField,
                                                  "say how long it lasts with 'end', 'days' or 'periods'"))
            }
            return extent
        } ?? nil
        guard let date, let extent else { return nil }
        return EventWindow(start: date, extent: extent)
    }

    func encode<Key>(into container: inout KeyedEncodingContainer<Key>, start: Key, end: Key, days: Key, periods: Key) throws {
        try container.encode(date: self.start, forKey: start)
        try extent.encode(into: &container, end: end, days: days, periods: periods)
    }
}

/// A permanent change of shelf price from `date` on. The list price stays the reference for
/// elasticity, so a markdown to 60 % of list lifts demand by `0.6 ^ elasticity`.
public struct PriceChangeSpec: Sendable, Hashable, Codable {
    public var name: String?
    public var products: [String]
    public var date: CalendarDate
    /// New shelf price per unit (> 0).
    public var price: Double

    public init(name: String? = nil, products: [String], date: CalendarDate, price: Double) {
        self.name = name
        self.products = products
        self.date = date
        self.price = price
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, products, date, price
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        name = try fields.optional(.name, String.self)
        let products = try fields.list(.products, String.self, required: true)
        let date = try fields.date(.date, required: true)
        let price = try fields.required(.price, Double.self)
        guard let products, let date, let price else { throw AlreadyReported() }
        self.products = products
        self.date = date
        self.price = price
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encode(products, forKey: .products)
        try container.encode(date: date, forKey: .date)
        try container.encode(number: price, forKey: .price)
    }
}
