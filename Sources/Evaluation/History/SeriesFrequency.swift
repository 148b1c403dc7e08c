/// How far apart successive periods of a sales history are.
public enum SeriesFrequency: String, Sendable, Hashable, Codable, CaseIterable {
    case daily
    case weekly

    /// Days in one period: 1 or 7.
    public var days: Int { self == .daily ? 1 : 7 }

    /// The usual seasonal cycle at this frequency, in periods: the week (7) for daily data,
    /// the year (52) for weekly data.
    public var defaultSeason: Int { self == .daily ? 7 : 52 }
}
