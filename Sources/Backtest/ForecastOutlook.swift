import Accuracy
import Forecasting
import Inventory

/// The demand outlook a policy sees: the strategy's forecaster, asked on demand.
///
/// A class so that handing it to a policy as `any DemandOutlook` costs no allocation per
/// review; the loop owns one per product and feeds its forecaster every period. Forecasts are
/// only computed when a policy asks. Policies that read no forecast, like (s,S), run without a
/// forecaster and never get one of these (``ClosedLoop/Outlook/none``).
final class ForecastOutlook: DemandOutlook, @unchecked Sendable {
    // Mutated only by the loop that owns it, between decisions; never shared across threads,
    // and never accessed re-entrantly, so the per-access exclusivity check (a measurable cost
    // on the per-period path) is switched off for this property alone.
    @exclusivity(unchecked) var forecaster: any Forecaster
    /// The longest horizon a policy is given a forecast for, in periods (≥ 1): the loop's
    /// horizon. A policy asking for more (a lead time longer than the horizon) gets the demand
    /// of this many periods, since no order serves demand beyond it; the cap keeps each
    /// forecast's cost and memory proportional to the horizon, not to the lead time.
    var longestHorizon = Int.max

    init(forecaster: any Forecaster) {
        self.forecaster = forecaster
    }

    func expectedDemand(over periods: Int) -> Double {
        let periods = min(periods, longestHorizon)
        guard periods > 0 else { return 0 }
        return forecaster.forecast(horizon: periods).cumulativeMean(steps: periods)
    }

    func demandQuantile(_ probability: Double, over periods: Int) -> Double {
        let periods = min(periods, longestHorizon)
        guard periods > 0 else { return 0 }
        return forecaster.forecast(horizon: periods).cumulativeQuantile(probability, steps: periods)
    }

    func demandStandardDeviation(over periods: Int) -> Double {
        let periods = min(periods, longestHorizon)
        guard periods > 0 else { return 0 }
        return forecaster.forecast(horizon: periods).cumulativeStandardDeviation(steps: periods)
    }

    /// Expected demand of the next period: what accuracy is scored on.
    func nextPeriodMean() -> Double {
        forecaster.nextPeriodMean
    }

    /// Next period's demand quantiles at the scored levels (``ScoredQuantiles/levels``), units,
    /// each ≥ 0: what `pinball_demand` scores, and the ends of the traced prediction interval.
    /// Asked every period the loop has a forecaster (``Forecaster/nextPeriodForecast()``).
    func nextPeriodQuantiles() -> ScoredQuantiles {
        let next = forecaster.nextPeriodForecast()
        return ScoredQuantiles { next.quantile($0) }
    }
}

/// The future as it will be: the oracle's outlook, read off the demand the market will draw.
struct PerfectOutlook: DemandOutlook {
    /// Demand of every period of the horizon, as drawn when all of it is served.
    let demand: [Int]
    /// The period after the decision.
    let next: Int

    func expectedDemand(over periods: Int) -> Double {
        let end = min(demand.count, next + max(0, periods))
        guard next < end else { return 0 }
        return Double(demand[next..<end].reduce(0, +))
    }

    func demandQuantile(_ probability: Double, over periods: Int) -> Double {
        expectedDemand(over: periods)
    }

    func demandStandardDeviation(over periods: Int) -> Double { 0 }
}
