import Market

/// Seasonal multipliers on expected demand. All parts are optional and multiply together.
///
/// Multipliers are applied as given, so a profile averaging 1 keeps the lifecycle level as the
/// average level.
public struct SeasonalitySpec: Sendable, Hashable, Codable {
    /// Seven day-of-week multipliers, Monday first (each ≥ 0, not all 0). Daily calendars only.
    public var weekly: [Double]?
    /// Twelve month multipliers, January first (each ≥ 0, not all 0).
    public var yearly: [Double]?
    /// Named windows that recur every year (holidays, back to school).
    public var peaks: [PeakSpec]

    public init(weekly: [Double]? = nil, yearly: [Double]? = nil, peaks: [PeakSpec] = []) {
        self.weekly = weekly
        self.yearly = yearly
        self.peaks = peaks
    }

    /// True when nothing is seasonal.
    public var isNone: Bool {
        weekly == nil && yearly == nil && peaks.isEmpty
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case weekly, yearly, peaks
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        weekly = try fields.list(.weekly, Double.self)
        yearly = try fields.list(.yearly, Double.self)
        peaks = try fields.list(.peaks, PeakSpec.self) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(numbers: weekly, forKey: .weekly)
        try container.encodeIfPresent(numbers: yearly, forKey: .yearly)
        try container.encode(peaks, forKey: .peaks)
    }
}

/// A window of the year with extra demand, e.g. `{name: christmas, start: 12-01, end: 12-24,
/// lift: 1.8}`. Both ends are inclusive; the window may wrap the year end (`12-20` → `01-05`).
public struct PeakSpec: Sendable, Hashable, Codable {
    public var name: String
    public var start: MonthDay
    /// Last day, inclusive.
    public var end: MonthDay
    /// Demand multiplier inside the window (> 0).
    public var lift: Double

    public init(name: String, start: MonthDay, end: MonthDay, lift: Double) {
        self.name = name
        self.start = start
        self.end = end
        self.lift = lift
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(number: lift, forKey: .lift)
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, start, end, lift
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        let name = try fields.required(.name, String.self)
        let start = try fields.required(.start, MonthDay.self)
        let end = try fields.required(.end, MonthDay.self)
        let lift = try fields.required(.lift, Double.self)
        guard let name, let start, let end, let lift else { throw AlreadyReported() }
        self.name = name
        self.start = start
        self.end = end
        self.lift = lift
    }
}
