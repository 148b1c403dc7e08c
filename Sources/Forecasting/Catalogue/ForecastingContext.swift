/// What a forecaster may know beyond the sales it observes: the calendar's season, and for the
/// analog model the product's profile and the lifecycles of comparable products.
public struct ForecastingContext: Sendable {
    /// Periods in one seasonal cycle of the calendar (7 for daily data with a weekly pattern,
    /// 52 for weekly data with a yearly one), ≥ 1; the default of every `season` parameter.
    public var season: Int
    /// What the product is (category, attributes, price), for finding comparable products.
    public var profile: ProductProfile?
    /// Sales histories of other products, for models that borrow a lifecycle shape.
    public var analogs: AnalogLibrary?

    public init(season: Int, profile: ProductProfile? = nil, analogs: AnalogLibrary? = nil) {
        precondition(season >= 1, "ForecastingContext: season must be ≥ 1 period, got \(season)")
        self.season = season
        self.profile = profile
        self.analogs = analogs
    }
}
