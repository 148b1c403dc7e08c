/// A pooled, loss-aware stacker: one linear combination of simple flat forecasts (means,
/// medians and minima of recent windows, exponential smoothers, TSB; see ``StackFeatures``),
/// learnt across the whole catalogue for each activity segment, times a last-year seasonal
/// ratio (``SeasonalRatio``).
///
/// **Lifecycle.** The segments are lifecycle states read from the sales: a product that has
/// (nearly) stopped selling, one that sells now and then, one that sells every period, by the
/// share of its last 13 periods with a sale. For each state the catalogue's own products show which
/// combination forecast best: for dying products the weight goes to minima and medians, which
/// fall to zero as soon as sales stop, while means still remember better days; for steady
/// sellers to means and smoothers. A product ramping up before its season is seen by its
/// rising minima and short means. Nothing about the product is needed beyond its sales.
///
/// **Training.** The weights are fitted by ``LossAwareRegression`` on every product of the
/// library (``ForecastingContext/analogs``: in an evaluation, every series of the history file;
/// in a scenario, the previous season) at the origins of the last ``PooledStackSettings/lookback``
/// periods before the product's last observed period whose next `horizon` periods are known
/// there (``PooledStackFit``). So an evaluation window trains on data before its cutoff only.
/// Without a library, or when too few rows can be fitted, it forecasts the mean of the last 8
/// periods.
///
/// **What the forecast is.** The training loss is M5's RMSSE over `horizon` periods, which
/// rewards forecasting intermittent products low; the forecast is the loss-optimal point, below
/// the mean (on Online Retail II, −20 to −35% bias). Its sample paths add the segment's training
/// errors, in units of the product's own error scale, to the forecast: the quantiles are the
/// thing to feed a stocking decision, not the point.
public struct PooledStackForecaster: Forecaster {
    public static let scenarioName = "pooled"
    public var name: String { Self.scenarioName }

    /// How the stacker is trained and applied.
    public let settings: PooledStackSettings
    /// How stockout periods are learnt from.
    public let censoring: CensoringTreatment
    /// The products it learns from; nil for none.
    private let library: AnalogLibrary?
    /// Effective sales since the first sale, units per period.
    private(set) var sales: [Double] = []
    /// The calendar period of `sales[0]`; nil before the first sale.
    private(set) var firstPeriod: Int?
    /// The calendar period of the last observation; nil before any.
    public private(set) var lastPeriod: Int?

    public init(library: AnalogLibrary?, settings: PooledStackSettings, censoring: CensoringTreatment = .lowerBound) {
        self.library = library
        self.settings = settings
        self.censoring = censoring
    }

    public mutating func observe(_ observation: SalesObservation) {
        let sold = observation.usableSales
        let forecast: Double? = observation.stockout && !sales.isEmpty ? nextPeriodMean : nil
        let (value, _) = censoring.effectiveValue(sales: sold, stockout: observation.stockout, forecast: forecast)
        lastPeriod = observation.period
        if firstPeriod == nil {
            guard value > 0 else { return }
            firstPeriod = observation.period
        }
        sales.append(value)
    }

    public func forecast(horizon: Int) -> Forecast {
        precondition(horizon >= 0, "forecast horizon must be ≥ 0, got \(horizon)")
        guard let firstPeriod, let lastPeriod, !sales.isEmpty else { return .nothingObserved(horizon: horizon) }
        var walk = StackFeatureWalk(sales: sales)
        walk.advance(to: sales.count - 1)
        guard let features = walk.features() else { return .nothingObserved(horizon: horizon) }
        guard let library, let libraryEnd = library.lastPeriod,
              let segment = library.derived.pooledFits
                  .fit(references: library.references, period: min(lastPeriod, libraryEnd), settings: settings)
                  .segment(activity: features.activity, settings: settings)
        else {
            return RecentMean(sales).forecast(horizon: horizon)
        }
        let combined = zip(features.values, segment.weights).reduce(0) { $0 + $1.0 * $1.1 }
        let level = max(0, combined) * seasonalRatio(library: library, lastPeriod: lastPeriod, firstPeriod: firstPeriod)
        let point = level.isFinite ? level : 0
        return Forecast(mean: Array(repeating: point, count: horizon),
                        spread: .samplePaths(paths(around: point, scale: walk.errorScale, errors: segment.scaledErrors,
                                                   horizon: horizon)))
    }

    /// The seasonal ratio at `lastPeriod` (1 when switched off or without a last year to read).
    private func seasonalRatio(library: AnalogLibrary, lastPeriod: Int, firstPeriod: Int) -> Double {
        guard settings.seasonal,
              let pooled = library.derived.pooledFits.pooledRatio(references: library.references, period: lastPeriod,
                                                                  settings: settings)
        else { return 1 }
        return SeasonalRatio.product(sales: sales, firstPeriod: firstPeriod, pooled: pooled, settings: settings)
    }

    /// point + q·e per step for every training error path e (steps beyond the training horizon
    /// reuse its steps cyclically), clamped at 0; one path at the point without a scale.
    private func paths(around point: Double, scale: Double?, errors: [[Double]], horizon: Int) -> [[Double]] {
        guard let scale, scale > 0, scale.isFinite, !errors.isEmpty, horizon > 0 else {
            return [Array(repeating: point, count: horizon)]
        }
        return errors.map { path in
            (0..<horizon).map { step in
                let value = point + scale * path[step % path.count]
                return value > 0 ? min(value, .greatestFiniteMagnitude) : 0
            }
        }
    }
}
