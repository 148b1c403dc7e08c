import Forecasting

/// A sales history read from a long-format CSV file (see ``HistoryImport``): one series per
/// `unique_id`, every series on one calendar, without gaps (missing periods refused or filled
/// with zeros when read). Stockout flags come from the `stockout` column or, where it is empty
/// or absent, from `on_hand` being 0.
public struct SalesHistory: Sendable {
    /// The file it was read from.
    public var file: String
    /// The shared calendar: period 0 is the earliest date in the file.
    public var calendar: SeriesCalendar
    /// The series, sorted by `unique_id` (byte order, as pandas sorts), each with a context
    /// holding only the frequency's default season (see ``evaluationSeries(season:products:)``).
    public var series: [EvaluationSeries]
    /// Whether the file has a `price` column (WRMSSE then weights series by revenue).
    public var hasPrices: Bool
    /// The missing periods filled with y = 0 (``GapFilling/zero``); nil when none were.
    public var filled: FilledGaps?

    public init(file: String, calendar: SeriesCalendar, series: [EvaluationSeries], hasPrices: Bool, filled: FilledGaps? = nil) {
        self.file = file
        self.calendar = calendar
        self.series = series
        self.hasPrices = hasPrices
        self.filled = filled
    }

    /// Number of rows (series × periods).
    public var rowCount: Int { series.reduce(0) { $0 + $1.count } }

    /// The series with their forecasting contexts: the given `season`; a profile with the
    /// product's category and description words from `products` (when given) and its median
    /// price from the history; and one analog library holding every series of the file (those
    /// that sold on its first date, period 0, may have launched before it). The
    /// analog model reads a reference only up to its own last observed period, so the library
    /// may hold the whole history without look-ahead.
    public func evaluationSeries(season: Int, products: [String: ProductProfile]? = nil) -> [EvaluationSeries] {
        let profiles = series.map { series in
            var profile = products?[series.id] ?? ProductProfile(id: series.id)
            profile.id = series.id
            profile.price = profile.price ?? series.medianPrice
            return profile
        }
        let library = AnalogLibrary(references: series.indices.map { index in
            AnalogLibrary.Reference(profile: profiles[index], firstPeriod: series[index].firstPeriod,
                                    sales: series[index].sales)
        }, launchesUnseenAt: 0)
        return series.indices.map { index in
            var copy = series[index]
            copy.context = ForecastingContext(season: season, profile: profiles[index], analogs: library)
            return copy
        }
    }
}
