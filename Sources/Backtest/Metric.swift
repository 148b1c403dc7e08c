import Accuracy

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
    case maseDemand = "mase_demand"
    case rmsseDemand = "rmsse_demand"
    case pinballDemand = "pinball_demand"
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
        case .maseDemand:
            return "absolute error against true demand divided by the product's naive scale (mean |one-period change| of its "
                + "true demand over its life), averaged over the same periods; < 1 = better than last period's true demand"
        case .rmsseDemand:
            return "root mean squared error against true demand, each product's divided by its scale √(mean squared "
                + "one-period change of its true demand)"
        case .pinballDemand:
            return "pinball loss of the forecast's 2.5, 10, 50, 90 and 97.5% quantiles against true demand, mean over the "
                + "five levels and the same periods, in units"
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
        case .maeDemand, .rmseDemand, .biasDemand, .maseDemand, .rmsseDemand, .pinballDemand, .maeSales, .biasSales:
            return true
        default: return false
        }
    }

    /// Whether the figure exists for `tally`: ``regret`` only against the oracle's profit,
    /// forecast accuracy only over periods with a forecast (a strategy without a forecaster has
    /// none: its accuracy is absent, never 0), and MASE and RMSSE only over products with a
    /// usable scale (absent when every product's true demand was flat or lived one period).
    public func applies(to tally: Tally, oracleProfit: Double?) -> Bool {
        switch self {
        case .regret: return oracleProfit != nil
        case .maseDemand, .rmsseDemand: return tally.scaledDemandErrors.periods > 0
        default: return !isForecastAccuracy || tally.forecastPeriods > 0
        }
    }

    /// The figure for `tally`; `oracleProfit` is needed for ``regret`` only (0 without it).
    /// Forecast accuracy is a mean over the periods with a forecast (0 when there were none:
    /// see ``applies(to:oracleProfit:)``), read off the shared accumulators of module Accuracy.
    public func value(_ tally: Tally, oracleProfit: Double? = nil) -> Double {
        if isForecastAccuracy { return applies(to: tally, oracleProfit: nil) ? accuracy(tally) : 0 }
        let periods = Double(max(tally.periods, 1))
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
        default: return accuracy(tally)
        }
    }

    /// A forecast-accuracy figure of a tally with forecast periods (NaN for other metrics).
    private func accuracy(_ tally: Tally) -> Double {
        switch self {
        case .maeDemand: return tally.demandErrors.mae
        case .rmseDemand: return tally.demandErrors.rmse
        case .biasDemand: return tally.demandErrors.meanError
        case .maseDemand: return tally.scaledDemandErrors.pooledMASE
        case .rmsseDemand: return tally.scaledDemandErrors.pooledRMSSE
        case .pinballDemand: return ErrorSums.ratio(tally.pinballLossDemand, Double(tally.forecastPeriods))
        case .maeSales: return tally.salesErrors.mae
        case .biasSales: return tally.salesErrors.meanError
        default: return .nan
        }
    }
}
