/// Something that happened to a product's market at a known time: a promotion (of it, or of
/// another product with an effect on it), a price change or a shock. Periods are indices of
/// the calendar, clamped to the horizon.
public struct ReportEvent: Codable, Sendable, Equatable {
    /// "promotion", "price change" or "shock": events of one kind share a marker in charts.
    public var kind: String
    /// The scenario's name for it.
    public var name: String
    /// What it does, in words with numbers ("20% off, display ×1.3", "demand ×2.5").
    public var detail: String
    /// The period it starts in.
    public var first: Int
    /// The last period it touches; nil when it lasts to the end of the horizon.
    public var last: Int?

    public init(kind: String, name: String, detail: String, first: Int, last: Int?) {
        self.kind = kind
        self.name = name
        self.detail = detail
        self.first = first
        self.last = last
    }

    public static let promotion = "promotion"
    public static let priceChange = "price change"
    public static let shock = "shock"
}
