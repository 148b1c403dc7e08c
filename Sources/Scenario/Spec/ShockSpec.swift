import Calendar

/// An exogenous shock to demand or supply. YAML: `shock: {spike: {…}}`, `{level_shift: {…}}`,
/// `{competitor_entry: {…}}` or `{supply_disruption: {…}}`.
public enum ShockSpec: Sendable, Hashable, Codable {
    /// A temporary multiplier on demand (a viral moment, a news story).
    case spike(SpikeSpec)
    /// A permanent multiplier on demand from `start` on (a listing gained or lost).
    case levelShift(LevelShiftSpec)
    /// A competitor takes a share of the market, ramping in.
    case competitorEntry(CompetitorEntrySpec)
    /// Lead times stretch and orders are cut while it lasts.
    case supplyDisruption(SupplyDisruptionSpec)

    enum Tag: String, CaseIterable {
        case spike
        case levelShift = "level_shift"
        case competitorEntry = "competitor_entry"
        case supplyDisruption = "supply_disruption"
    }

    public var name: String? {
        switch self {
        case let .spike(spec): return spec.name
        case let .levelShift(spec): return spec.name
        case let .competitorEntry(spec): return spec.name
        case let .supplyDisruption(spec): return spec.name
        }
    }

    public var products: [String] {
        switch self {
        case let .spike(spec): return spec.products
        case let .levelShift(spec): return spec.products
        case let .competitorEntry(spec): return spec.products
        case let .supplyDisruption(spec): return spec.products
        }
    }

    public var start: CalendarDate {
        switch self {
        case let .spike(spec): return spec.window.start
        case let .levelShift(spec): return spec.start
        case let .competitorEntry(spec): return spec.start
        case let .supplyDisruption(spec): return spec.window.start
        }
    }

    public init(from decoder: any Decoder) throws {
        let tagged = try Tagged<Tag>(decoder, what: "shock",
                                     example: "{spike: {products: [a], start: 2026-10-15, days: 5, lift: 2.5}}")
        guard let payload = tagged.payload else { throw AlreadyReported() }
        let fields = try Fields(payload, ShockKeys.self)
        let products = try fields.list(.products, String.self, required: true)
        let name = try fields.optional(.name, String.self)
        func require<T: Decodable>(_ key: ShockKeys, _ type: T.Type) throws -> T {
            guard let value = try fields.required(key, type) else { throw AlreadyReported() }
            return value
        }
        func window() throws -> EventWindow {
            guard let window = try EventWindow.read(fields, start: .start, end: .end, days: .days, periods: .periods)
            else { throw AlreadyReported() }
            return window
        }
        func start() throws -> CalendarDate {
            guard let date = try fields.date(.start, required: true) else { throw AlreadyReported() }
            return date
        }
        // Each kind takes only its own keys; anything else is reported like any unknown key.
        let allowed: [ShockKeys]
        switch tagged.tag {
        case .spike: allowed = [.name, .products, .start, .end, .days, .periods, .lift]
        case .levelShift: allowed = [.name, .products, .start, .factor]
        case .competitorEntry: allowed = [.name, .products, .start, .marketShareLoss, .rampDays]
        case .supplyDisruption:
            allowed = [.name, .products, .start, .end, .days, .periods, .leadTimeFactor, .supplyFraction]
        }
        let allowedNames = allowed.map(\.stringValue)
        for key in ShockKeys.allCases where !allowed.contains(key) && fields.has(key) {
            try fields.report(.unknownKey(key.stringValue, at: fields.path.key(key), known: allowedNames))
        }
        // Read every field before giving up, so all problems in the shock are reported.
        switch tagged.tag {
        case .spike:
            let window = try fields.attempt(window), lift = try fields.attempt { try require(.lift, Double.self) }
            guard let products, let window, let lift else { throw AlreadyReported() }
            self = .spike(SpikeSpec(name: name, products: products, window: window, lift: lift))
        case .levelShift:
            let start = try fields.attempt(start), factor = try fields.attempt { try require(.factor, Double.self) }
            guard let products, let start, let factor else { throw AlreadyReported() }
            self = .levelShift(LevelShiftSpec(name: name, products: products, start: start, factor: factor))
        case .competitorEntry:
            let start = try fields.attempt(start)
            let loss = try fields.attempt { try require(.marketShareLoss, Double.self) }
            let ramp = try fields.optional(.rampDays, Int.self) ?? 0
            guard let products, let start, let loss else { throw AlreadyReported() }
            self = .competitorEntry(CompetitorEntrySpec(name: name, products: products, start: start,
                                                        marketShareLoss: loss, rampDays: ramp))
        case .supplyDisruption:
            let window = try fields.attempt(window)
            let factor = try fields.optional(.leadTimeFactor, Double.self) ?? 1
            let fraction = try fields.optional(.supplyFraction, Double.self) ?? 1
            guard let products, let window else { throw AlreadyReported() }
            self = .supplyDisruption(SupplyDisruptionSpec(name: name, products: products, window: window,
                                                          leadTimeFactor: factor, supplyFraction: fraction))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case let .spike(spec):
            try encoder.encodeTagged(Tag.spike.rawValue) { container in
                try Self.encodeCommon(spec.name, spec.products, into: &container)
                try container.encode(spec.window.start.description, forKey: "start")
                try spec.window.extent.encode(into: &container, end: "end", days: "days", periods: "periods")
                try container.encode(number: spec.lift, forKey: "lift")
            }
        case let .levelShift(spec):
            try encoder.encodeTagged(Tag.levelShift.rawValue) { container in
                try Self.encodeCommon(spec.name, spec.products, into: &container)
                try container.encode(spec.start.description, forKey: "start")
                try container.encode(number: spec.factor, forKey: "factor")
            }
        case let .competitorEntry(spec):
            try encoder.encodeTagged(Tag.competitorEntry.rawValue) { container in
                try Self.encodeCommon(spec.name, spec.products, into: &container)
                try container.encode(spec.start.description, forKey: "start")
                try container.encode(number: spec.marketShareLoss, forKey: "market_share_loss")
                try container.encode(spec.rampDays, forKey: "ramp_days")
            }
        case let .supplyDisruption(spec):
            try encoder.encodeTagged(Tag.supplyDisruption.rawValue) { container in
                try Self.encodeCommon(spec.name, spec.products, into: &container)
                try container.encode(spec.window.start.description, forKey: "start")
                try spec.window.extent.encode(into: &container, end: "end", days: "days", periods: "periods")
                try container.encode(number: spec.leadTimeFactor, forKey: "lead_time_factor")
                try container.encode(number: spec.supplyFraction, forKey: "supply_fraction")
            }
        }
    }

    private static func encodeCommon(_ name: String?, _ products: [String],
                                     into container: inout KeyedEncodingContainer<AnyKey>) throws {
        try container.encodeIfPresent(name, forKey: "name")
        try container.encode(products, forKey: "products")
    }
}

/// Every key any shock takes; each kind accepts its own subset.
enum ShockKeys: String, CodingKey, CaseIterable {
    case name, products, start, end, days, periods, lift, factor
    case marketShareLoss = "market_share_loss"
    case rampDays = "ramp_days"
    case leadTimeFactor = "lead_time_factor"
    case supplyFraction = "supply_fraction"
}

/// Demand × `lift` (> 0) while the window runs.
public struct SpikeSpec: Sendable, Hashable {
    public var name: String?
    public var products: [String]
    public var window: EventWindow
    public var lift: Double

    public init(name: String? = nil, products: [String], window: EventWindow, lift: Double) {
        self.name = name
        self.products = products
        self.window = window
        self.lift = lift
    }
}

/// Demand × `factor` (> 0) from `start` on, for good.
public struct LevelShiftSpec: Sendable, Hashable {
    public var name: String?
    public var products: [String]
    public var start: CalendarDate
    public var factor: Double

    public init(name: String? = nil, products: [String], start: CalendarDate, factor: Double) {
        self.name = name
        self.products = products
        self.start = start
        self.factor = factor
    }
}

/// A competitor enters on `start` and takes `marketShareLoss` (in (0, 1)) of the products'
/// market, ramping in linearly over `rampDays` days (≥ 0; 0 = at once). Under Bass diffusion
/// the remaining market potential shrinks; otherwise demand is scaled.
public struct CompetitorEntrySpec: Sendable, Hashable {
    public var name: String?
    public var products: [String]
    public var start: CalendarDate
    public var marketShareLoss: Double
    public var rampDays: Int

    public init(name: String? = nil, products: [String], start: CalendarDate, marketShareLoss: Double, rampDays: Int = 0) {
        self.name = name
        self.products = products
        self.start = start
        self.marketShareLoss = marketShareLoss
        self.rampDays = rampDays
    }
}

/// While the window runs, lead times of orders placed are multiplied by `leadTimeFactor`
/// (≥ 1, default 1) and only `supplyFraction` (in [0, 1], default 1) of each order is delivered.
public struct SupplyDisruptionSpec: Sendable, Hashable {
    public var name: String?
    public var products: [String]
    public var window: EventWindow
    public var leadTimeFactor: Double
    public var supplyFraction: Double

    public init(name: String? = nil, products: [String], window: EventWindow,
                leadTimeFactor: Double = 1, supplyFraction: Double = 1) {
        self.name = name
        self.products = products
        self.window = window
        self.leadTimeFactor = leadTimeFactor
        self.supplyFraction = supplyFraction
    }
}
