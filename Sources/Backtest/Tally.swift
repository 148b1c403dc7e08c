import Accuracy

/// Additive totals of a stretch of the closed loop (a phase, a product's life, a catalogue):
/// everything the metrics are derived from. Tallies of different products or phases add up.
///
/// Unit counts saturate at `Int.max` rather than trap. Within the scenario limits they stay far
/// below it: 2⁶³ unit-periods of stock would take 10⁸ units on hand in each of 9·10¹⁰
/// product-periods, more than the largest catalogue on the longest calendar holds.
///
/// The money is a ``Ledger`` summed over the periods, read through the tally as through the
/// ledger (`tally.revenue`, `tally.profit`): profit has one formula, the ledger's.
@dynamicMemberLookup
public struct Tally: Hashable, Sendable, Codable {
    /// Live periods.
    public var periods = 0
    public var demand = 0
    public var expectedDemand = 0.0
    public var servedFromShelf = 0
    public var sold = 0
    public var backordered = 0
    public var lost = 0
    public var backordersCancelled = 0
    /// Periods with unmet demand.
    public var stockoutPeriods = 0
    /// Sum over periods of the end-of-period stock, in unit-periods.
    public var onHandUnitPeriods = 0
    /// Sum over periods of the end-of-period stock value at unit cost, in currency-periods.
    public var onHandValuePeriods = 0.0
    /// Units salvaged at end of life.
    public var leftover = 0
    /// Orders placed, and their units, the pre-launch buy (``PeriodRecord/preLaunchOrder``)
    /// included: counted in the first live period.
    public var orders = 0
    public var unitsOrdered = 0
    /// Lost units × (price − unit cost): margin that did not happen (already inside profit).
    public var lostMargin = 0.0
    /// The periods' money, summed item by item.
    public var money = Ledger()
    /// Forecast errors (forecast − actual) of the one-period-ahead mean against true demand,
    /// over the live periods with a forecast: all of them under a strategy with a forecaster,
    /// none without one (its accuracy figures are then absent, not 0).
    public var demandErrors = ErrorSums()
    /// The same against what the forecaster could observe (sales plus new backorders).
    public var salesErrors = ErrorSums()
    /// ``demandErrors`` divided by the product's scale (``ScoreCard`` fills it from the
    /// product's whole life; a tally summed from records alone has none): MASE and RMSSE.
    public var scaledDemandErrors = ScaledErrors()
    /// Σ over the same periods of the mean pinball loss of the forecast's quantiles
    /// (``PeriodRecord/forecastQuantiles``) against true demand, in units.
    public var pinballLossDemand = 0.0

    /// Live periods with a forecast.
    public var forecastPeriods: Int { demandErrors.count }

    public init() {}

    /// The summed ledger's figures: `tally.revenue` is `tally.money.revenue`, `tally.profit`
    /// its profit.
    public subscript(dynamicMember item: KeyPath<Ledger, Double>) -> Double {
        money[keyPath: item]
    }

    /// Adds one period, with the product's unit cost for stock values.
    public mutating func add(_ record: PeriodRecord, unitCost: Double) {
        periods += 1
        demand = demand.saturatingAdd(record.demand)
        expectedDemand += record.expectedDemand
        servedFromShelf = servedFromShelf.saturatingAdd(record.servedFromShelf)
        sold = sold.saturatingAdd(record.sold)
        backordered = backordered.saturatingAdd(record.backordered)
        lost = lost.saturatingAdd(record.lost)
        backordersCancelled = backordersCancelled.saturatingAdd(record.backordersCancelled)
        if record.short > 0 { stockoutPeriods += 1 }
        onHandUnitPeriods = onHandUnitPeriods.saturatingAdd(record.onHandEnd)
        onHandValuePeriods += Double(record.onHandEnd) * unitCost
        leftover = leftover.saturatingAdd(record.writtenOff)
        if record.ordered > 0 {
            orders += 1
            unitsOrdered = unitsOrdered.saturatingAdd(record.ordered)
        }
        if let order = record.preLaunchOrder {
            orders += 1
            unitsOrdered = unitsOrdered.saturatingAdd(order.quantity)
        }
        lostMargin += Double(record.lost) * max(0, record.price - unitCost)
        money.add(record.money)
        if let forecast = record.forecast { addForecast(forecast, of: record) }
    }

    /// Adds the errors of `forecast`, the one-period-ahead mean of `record`'s period. Kept out
    /// of line so that ``add(_:unitCost:)``, run every product-period, stays as small as it was
    /// before forecasts were scored by quantile: a policy without a forecaster (the closed-loop
    /// benchmark's (s, S)) pays nothing for them; one with a forecaster pays a call per period,
    /// next to a forecast.
    @inline(never)
    private mutating func addForecast(_ forecast: Double, of record: PeriodRecord) {
        let demand = Double(record.demand)
        demandErrors.add(forecast: forecast, actual: demand)
        salesErrors.add(forecast: forecast, actual: Double(record.observedDemand))
        pinballLossDemand += record.forecastQuantiles?.meanPinballLoss(actual: demand)
            ?? ScoredQuantiles(all: forecast).meanPinballLoss(actual: demand)
    }

    /// Fills ``scaledDemandErrors`` from ``demandErrors`` and the product's `scale`: the
    /// tally must hold one product's periods.
    public mutating func scaleDemandErrors(by scale: ErrorScale) {
        scaledDemandErrors = ScaledErrors()
        scaledDemandErrors.add(demandErrors, scale: scale)
    }

    /// Adds another tally (another product, phase or replication).
    public mutating func add(_ other: Tally) {
        periods = periods.saturatingAdd(other.periods)
        demand = demand.saturatingAdd(other.demand)
        expectedDemand += other.expectedDemand
        servedFromShelf = servedFromShelf.saturatingAdd(other.servedFromShelf)
        sold = sold.saturatingAdd(other.sold)
        backordered = backordered.saturatingAdd(other.backordered)
        lost = lost.saturatingAdd(other.lost)
        backordersCancelled = backordersCancelled.saturatingAdd(other.backordersCancelled)
        stockoutPeriods = stockoutPeriods.saturatingAdd(other.stockoutPeriods)
        onHandUnitPeriods = onHandUnitPeriods.saturatingAdd(other.onHandUnitPeriods)
        onHandValuePeriods += other.onHandValuePeriods
        leftover = leftover.saturatingAdd(other.leftover)
        orders = orders.saturatingAdd(other.orders)
        unitsOrdered = unitsOrdered.saturatingAdd(other.unitsOrdered)
        lostMargin += other.lostMargin
        money.add(other.money)
        demandErrors.add(other.demandErrors)
        salesErrors.add(other.salesErrors)
        scaledDemandErrors.add(other.scaledDemandErrors)
        pinballLossDemand += other.pinballLossDemand
    }
}
