/// A scored figure of the closed loop, derived from a ``Tally``. Names are the column and row
/// labels of every output file.
public enum Metric: String, CaseIterable, Sendable, Codable {
    // Service.
    case fillRate = "fill_rate"
    case cycleServiceLevel = "cycle_service_level"
    case lostUnits = "lost_units"
    case backorderedUnits = "backordered_units"
    case stockoutPeriods = "stockout_periods"
    // Stock.
    case averageOnHand = "average_on_hand"
    case averageStockValue = "average_stock_value"
    case leftoverUnits = "leftover_units"
    // Money.
    case revenue
    case costOfGoods = "cost_of_goods"
    case holdingCost = "holding_cost"
    case orderingCost = "ordering_cost"
    case shortagePenalty = "shortage_penalty"
    case salvage
    case writeOff = "write_off"
    case profit
    case lostMargin = "lost_margin"
    case regret
    // Volume.
    case demand
    case unitsSold = "units_sold"
    case orders
    // Forecast accuracy of the one-period-ahead mean.
    case maeDemand = "mae_demand"
    case rmseDemand = "rmse_demand"
    case biasDemand = "bias_demand"
    case maeSales = "mae_sales"
    case biasSales = "bias_sales"

    /// What the figure means, with its unit.
    public var meaning: String {
        switch self {
        case .fillRate: return "share of demand served from the shelf at once (0–1; 1 when there was no demand)"
        case .cycleServiceLevel: return "share of live periods without unmet demand (0–1)"
        case .lostUnits: return "units of demand lost, in units"
        case .backorderedUnits: return "units of demand that had to wait, in units"
        case .stockoutPeriods: return "periods with unmet demand"
        case .averageOnHand: return "mean end-of-period stock, in units"
        case .averageStockValue: return "mean end-of-period stock at unit cost, in currency"
        case .leftoverUnits: return "units salvaged at end of life or horizon"
        case .revenue: return "price × units handed over, in currency"
        case .costOfGoods: return "unit cost × units handed over, in currency"
        case .holdingCost: return "holding cost on end-of-period stock, in currency"
        case .orderingCost: return "fixed ordering costs, in currency"
        case .shortagePenalty: return "goodwill and backorder penalties, in currency"
        case .salvage: return "what leftovers fetched, in currency"
        case .writeOff: return "book value of leftovers taken off the shelf, in currency"
        case .profit: return "revenue + salvage − cost of goods − write-off − holding − ordering − penalties, in currency"
        case .lostMargin: return "margin on lost units (already missing from profit; not subtracted again), in currency"
        case .regret: return "the oracle's profit minus this strategy's, in currency (≥ 0 where serving all demand pays; see the README)"
        case .demand: return "units of demand (ground truth)"
        case .unitsSold: return "units handed to customers"
        case .orders: return "orders placed"
        case .maeDemand: return "mean absolute error of the one-period-ahead forecast against true demand, in units"
        case .rmseDemand: return "root mean squared error of the same, in units"
        case .biasDemand: return "mean error (forecast − true demand), in units; negative = under-forecast"
        case .maeSales: return "mean absolute error against what the forecaster saw (sales + backorders), in units"
        case .biasSales: return "mean error against what the forecaster saw, in units; with stockouts it hides the under-forecast"
        }
    }

    /// Whether more is better (for rankings and comparisons).
    public var higherIsBetter: Bool {
        switch self {
        case .fillRate, .cycleServiceLevel, .revenue, .salvage, .profit, .unitsSold: return true
        default: return false
        }
    }

    /// Whether the figure measures the forecast (and so exists only where one was made).
    public var isForecastAccuracy: Bool {
        switch self {
        case .maeDemand, .rmseDemand, .biasDemand, .maeSales, .biasSales: return true
        default: return false
        }
    }

    /// Whether the figure exists for `tally`: ``regret`` only against the oracle's profit, and
    /// forecast accuracy only over periods with a forecast (a strategy without a forecaster has
    /// none: its accuracy is absent, never 0).
    public func applies(to tally: Tally, oracleProfit: Double?) -> Bool {
        if self == .regret { return oracleProfit != nil }
        return !isForecastAccuracy || tally.forecastPeriods > 0
    }

    /// The figure for `tally`; `oracleProfit` is needed for ``regret`` only (0 without it).
    /// Forecast accuracy is a mean over the periods with a forecast (0 when there were none:
    /// see ``applies(to:oracleProfit:)``).
    public func value(_ tally: Tally, oracleProfit: Double? = nil) -> Double {
        let periods = Double(max(tally.periods, 1))
        let forecastPeriods = Double(max(tally.forecastPeriods, 1))
        switch self {
        case .fillRate: return tally.demand > 0 ? Double(tally.servedFromShelf) / Double(tally.demand) : 1
        case .cycleServiceLevel: return tally.periods > 0 ? 1 - Double(tally.stockoutPeriods) / Double(tally.periods) : 1
        case .lostUnits: return Double(tally.lost)
        case .backorderedUnits: return Double(tally.backordered)
        case .stockoutPeriods: return Double(tally.stockoutPeriods)
        case .averageOnHand: return Double(tally.onHandUnitPeriods) / periods
        case .averageStockValue: return tally.onHandValuePeriods / periods
        case .leftoverUnits: return Double(tally.leftover)
        case .revenue: return tally.revenue
        case .costOfGoods: return tally.costOfGoods
        case .holdingCost: return tally.holding
        case .orderingCost: return tally.ordering
        case .shortagePenalty: return tally.shortagePenalty
        case .salvage: return tally.salvage
        case .writeOff: return tally.writeOff
        case .profit: return tally.profit
        case .lostMargin: return tally.lostMargin
        case .regret: return oracleProfit.map { $0 - tally.profit } ?? 0
        case .demand: return Double(tally.demand)
        case .unitsSold: return Double(tally.sold)
        case .orders: return Double(tally.orders)
        case .maeDemand: return tally.absoluteErrorDemand / forecastPeriods
        case .rmseDemand: return (tally.squaredErrorDemand / forecastPeriods).squareRoot()
        case .biasDemand: return tally.errorDemand / forecastPeriods
        case .maeSales: return tally.absoluteErrorSales / forecastPeriods
        case .biasSales: return tally.errorSales / forecastPeriods
        }
    }
}
