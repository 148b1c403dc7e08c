import Calendar

/// A complete market scenario as written in a scenario file, with every default filled in.
///
/// Produced by ``ScenarioSpec/load(contentsOf:)`` or ``ScenarioSpec/decode(yaml:file:)``,
/// which also validate it; encoding it gives the resolved scenario file (defaults written out),
/// which decodes back to an equal value.
public struct ScenarioSpec: Sendable, Hashable, Codable {
    /// Short identifier; names the results directory, so letters, digits, `-`, `_` and `.` only.
    public var name: String
    /// Free text for people.
    public var description: String?
    /// Scenario seed from which every random stream is derived (default 1).
    public var seed: UInt64
    /// Independent replications of the market (≥ 1, default 1).
    public var replications: Int
    /// GSL random number generator name (default `mt19937`).
    public var generator: String
    public var calendar: CalendarSpec
    /// The products as written; ids are unique. An entry with `copies` > 1 stands for several
    /// products: ``catalogue`` lists them one by one.
    public var products: [ProductSpec]
    /// Promotions, price changes and shocks, in file order (default none).
    public var events: [EventSpec]
    /// Forecasters and policies to compare in a backtest (default: `naive`, no policies).
    public var strategies: StrategiesSpec
    /// Launch parameters drawn per replication by `sellthrough whatif` (default none; paths
    /// unique). Other commands use the values written in the fields themselves.
    public var uncertainty: [UncertainParameter]
    /// Where demand comes from when it is a sales history rather than a simulation (default
    /// none). The calendar and products are then read from the history (see
    /// ``HistoryCatalogue``), and `products:` only overrides economics.
    public var history: HistorySpec?
    /// The history as read: each product's record and what the file said, filled by the
    /// loader. Not part of the file format, nor of equality.
    public var recorded = RecordedHistory()
    /// The file the scenario was read from, set by the loader; problems found later name it.
    /// Not part of the file format, nor of equality.
    public var origin = ScenarioOrigin()

    public static let defaultSeed: UInt64 = 1
    public static let defaultGenerator = "mt19937"

    public init(name: String, description: String? = nil, seed: UInt64 = ScenarioSpec.defaultSeed,
                replications: Int = 1, generator: String = ScenarioSpec.defaultGenerator,
                calendar: CalendarSpec, products: [ProductSpec], events: [EventSpec] = [],
                strategies: StrategiesSpec = StrategiesSpec(), uncertainty: [UncertainParameter] = []) {
        self.name = name
        self.description = description
        self.seed = seed
        self.replications = replications
        self.generator = generator
        self.calendar = calendar
        self.products = products.map { $0.resolvingHoldingCost(calendar: calendar) }
        self.events = events
        self.strategies = strategies
        self.uncertainty = uncertainty
    }

    /// The product with this id.
    public func product(_ id: String) -> ProductSpec? {
        products.first { $0.id == id }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, description, seed, replications, generator, history, calendar, products, events, strategies, uncertainty
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        let name = try fields.required(.name, String.self)
        description = try fields.optional(.description, String.self)
        seed = try fields.optional(.seed, UInt64.self) ?? Self.defaultSeed
        replications = try fields.optional(.replications, Int.self) ?? 1
        generator = try fields.optional(.generator, String.self) ?? Self.defaultGenerator
        history = try fields.optional(.history, HistorySpec.self)
        if fields.has(.history) {
            // The calendar and the products are the history's; `products:` only overrides.
            for key in [CodingKeys.calendar, .events, .uncertainty] where fields.has(key) {
                try fields.report(FieldProblem(fields.path.key(key), .invalidValue,
                                               "a history-driven scenario takes its \(key.stringValue) from the history",
                                               hint: "remove \(key.stringValue), or the history section"))
            }
            recorded.overrides = try fields.list(.products, ProductOverride.self) ?? []
            events = []
            uncertainty = []
            strategies = try fields.optional(.strategies, StrategiesSpec.self) ?? StrategiesSpec()
            guard let name else { throw AlreadyReported() }
            self.name = name
            // Filled from the history by the loader (``resolveHistory(scenarioFile:)``).
            calendar = CalendarSpec(start: CalendarDate(dayNumber: 0), periods: 1, period: .week)
            products = []
            return
        }
        let calendar = try fields.required(.calendar, CalendarSpec.self)
        let products = try fields.list(.products, ProductSpec.self, required: true)
        events = try fields.list(.events, EventSpec.self) ?? []
        strategies = try fields.optional(.strategies, StrategiesSpec.self) ?? StrategiesSpec()
        uncertainty = try fields.list(.uncertainty, UncertainParameter.self) ?? []
        guard let name, let calendar, let products else { throw AlreadyReported() }
        self.name = name
        self.calendar = calendar
        // A launch date defaults to the first day of the horizon; writing it in makes the
        // resolved scenario say exactly what was simulated.
        self.products = products.map { product in
            var product = product
            if product.launch == nil { product.launch = calendar.start }
            return product.resolvingHoldingCost(calendar: calendar)
        }
    }

    /// Written in declaration order; `description` and an empty `uncertainty` are left out, so
    /// scenarios without uncertainty resolve exactly as before it existed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encode(seed, forKey: .seed)
        try container.encode(replications, forKey: .replications)
        try container.encode(generator, forKey: .generator)
        if let history {
            // The calendar is the history's; each product is written as the overrides that
            // give it exactly its resolved economics.
            try container.encode(history, forKey: .history)
            try container.encode(products.map(\.historyOverride), forKey: .products)
            try container.encode(strategies, forKey: .strategies)
            return
        }
        try container.encode(calendar, forKey: .calendar)
        try container.encode(products, forKey: .products)
        try container.encode(events, forKey: .events)
        try container.encode(strategies, forKey: .strategies)
        if !uncertainty.isEmpty { try container.encode(uncertainty, forKey: .uncertainty) }
    }
}

extension ProductSpec {
    /// With ``holdingCost`` set to the per-period cost its ``holdingRate`` implies, so that code
    /// reading the field gets the value that is charged.
    func resolvingHoldingCost(calendar: CalendarSpec) -> ProductSpec {
        var product = self
        product.holdingCost = holdingCostPerPeriod(calendar: calendar)
        return product
    }
}
