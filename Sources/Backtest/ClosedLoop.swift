import Accuracy
import Forecasting
import GSL
import Inventory
import Market

/// One product under one strategy over the whole horizon: the closed loop of stock, sales,
/// forecasts and orders.
///
/// Each live period runs five stages in turn over the loop's ``State``, each writing its own
/// part of the period's ``PeriodRecord`` (the README's "Timing" section says the same):
/// 1. ``receive(_:_:)``: orders due at t arrive (the launch stock arrives in the first live
///    period); arrivals fill waiting customers first, the rest goes on the shelf;
/// 2. ``sell(_:_:)``: the shelf serves what it can of the demand the market drew; of the rest,
///    `backorderShare` waits and the remainder is lost — lost would-be first buyers may leave
///    the market (`churn`);
/// 3. ``observe(_:)``: the forecaster observes sales plus new backorders, with the stockout
///    flag, price and promotion;
/// 4. ``review(_:_:supply:leadTimeUniform:)``: at a review the policy decides; the order, after
///    supply constraints and any supply cut, gets a lead time of L periods and arrives at the
///    start of period t + L + 1 (so L = 0 means "in time for the next period");
/// 5. ``close(_:_:)``: costs accrue on the end-of-period position; in the last live period
///    leftovers are salvaged, open orders cancelled and waiting customers told no.
///
/// The stages never touch the market: ``run(_:)`` alone opens each period, tells the market
/// what was sold and applies a markdown, so each stage can be run on its own.
///
/// A product that launches after the calendar's start gets one review before it, at the end of
/// ``preLaunchPeriod`` (``reviewBeforeLaunch(_:period:supply:leadTimeUniform:)``), so that a
/// first buy can arrive for the launch; the first live period's record carries that buy.
struct ClosedLoop {
    let market: ProductMarket
    let terms: ProductTerms
    let policy: any InventoryPolicy
    let outlook: Outlook
    /// One uniform per period, whether an order is placed or not, so every strategy draws the
    /// same lead time when it orders in the same period. nil when lead times are constant.
    let leadTimeStream: RandomStream?
    /// The strategy's forecaster, when the outlook is one (bound once, off the per-period path).
    let forecaster: ForecastOutlook?
    /// The periods in which the product is on sale and counts, within the horizon: the
    /// market's ``ProductMarket/scoredRange``. Live periods before it are warm-up.
    let live: Range<Int>
    /// Periods in the horizon.
    let periods: Int
    /// Mean days per period (``PeriodLength/meanDays``: 1, 7, 30.4375 or 91.3125), which turns
    /// a lead time in days into periods: a lead time belongs to no one period, so months and
    /// quarters convert it with their mean length.
    let periodDays: Double
    /// The mean lead time, in days.
    let meanLeadTimeDays: Double
    /// What policies that plan with a forecast assume of the lead time, in periods: its mean
    /// and its 95th percentile.
    let planningLeadTime: LeadTimeOutlook
    /// The period at whose end the policy may buy before the launch: launch − (L + 1), L the
    /// planning lead time in whole periods, at least 0; nil for a product on sale from period 0,
    /// one whose first live periods are warm-up (replayed, already on sale) or one never live.
    let preLaunchPeriod: Int?

    /// Where the policy's outlook comes from.
    enum Outlook {
        case forecast(ForecastOutlook)
        /// A policy that reads no forecast: no forecaster runs, and periods carry no forecast.
        case none
        /// The oracle: the demand each period will have when every unit is served.
        case perfect(demand: [Int])
    }

    /// What the loop carries from one period to the next.
    struct State {
        var inventory = InventoryState()
        /// The forecaster's expectation for the coming period, made at the end of the last one;
        /// nil throughout without a forecaster.
        var forecast: Double?
        /// Its quantiles at the scored levels; nil before the first forecast (the initial 0 has
        /// no spread) and throughout without a forecaster.
        var forecastQuantiles: ScoredQuantiles?
        /// The period of the pre-launch review when the policy was consulted there (told to every
        /// later decision, ``PolicyContext/preLaunchReview``); nil when it was not.
        var preLaunchReview: Int?
        /// The buy placed at that review, for the first live period's record; nil for none.
        var preLaunchOrder: PipelineOrder?
    }

    init(market: ProductMarket, terms: ProductTerms, policy: any InventoryPolicy, outlook: Outlook,
         leadTimeStream: RandomStream?) {
        self.market = market
        self.terms = terms
        self.policy = policy
        self.outlook = outlook
        self.leadTimeStream = leadTimeStream
        if case let .forecast(forecaster) = outlook { self.forecaster = forecaster } else { forecaster = nil }
        live = market.scoredRange
        periods = market.calendar.periods
        periodDays = market.calendar.length.meanDays
        meanLeadTimeDays = terms.leadTimeDays.distribution.mean
        planningLeadTime = LeadTimeOutlook(mean: meanLeadTimeDays / periodDays,
                                           high: terms.leadTimeDays.quantile(0.95) / periodDays)
        preLaunchPeriod = Self.preLaunchPeriod(live: live, onSale: market.liveRange, leadTime: planningLeadTime.wholePeriods)
    }

    /// launch − (`leadTime` + 1), at least 0, when the product's scored periods `live` start
    /// with its sales (`onSale`) after period 0; nil otherwise (see ``preLaunchPeriod``).
    static func preLaunchPeriod(live: Range<Int>, onSale: Range<Int>, leadTime: Int) -> Int? {
        guard !live.isEmpty, live.lowerBound > 0, onSale.lowerBound == live.lowerBound else { return nil }
        return max(0, live.lowerBound - leadTime - 1)
    }

    /// The state before the first period: nothing on hand or on order and, with a forecaster,
    /// a forecast of 0 for the first live period — what a forecaster that has observed nothing
    /// expects.
    var initialState: State {
        var state = State()
        state.inventory.pipeline.reserveCapacity(16)
        if forecaster != nil { state.forecast = 0 }
        return state
    }

    /// Runs every period and hands each live one to `recorder`.
    func run<Recorder: LoopRecorder>(_ recorder: inout Recorder) {
        var state = initialState
        // No order can serve demand beyond the horizon (later arrivals are cancelled), so no
        // decision needs a forecast longer than the horizon itself, however long the lead time.
        forecaster?.longestHorizon = periods

        while market.period < periods {
            let u = leadTimeStream?.uniformPositive()
            let t = market.period
            guard let observation = market.beginPeriod() else {
                if t == preLaunchPeriod {
                    reviewBeforeLaunch(&state, period: t, supply: market.conditions.supply, leadTimeUniform: u)
                }
                market.endPeriod(sold: 0)
                continue
            }
            if observation.period < live.lowerBound {
                warmUp(observation, &state)
                continue
            }
            var record = PeriodRecord(observation, onHandStart: state.inventory.onHand, forecast: state.forecast,
                                      forecastQuantiles: state.forecastQuantiles)
            receive(&state, &record)
            sell(&state, &record)
            market.endPeriod(sold: record.observedDemand,
                             departed: Double(record.lost) * terms.churn * observation.newAdopterShare)
            observe(record)
            if let factor = review(&state, &record, supply: observation.supply, leadTimeUniform: u) {
                market.markdown = factor
            }
            close(&state, &record)
            lookAhead(&state)
            recorder.record(record)
        }
    }

    /// A warm-up period: the forecaster learns the recorded sales, as they were sold (with the
    /// stockout flag), and forecasts the next period; no stock moves and nothing is scored.
    func warmUp(_ observation: DemandObservation, _ state: inout State) {
        let recorded = market.warmUpSales(observation)
        market.endPeriod(sold: recorded.sales)
        forecaster?.forecaster.observe(SalesObservation(
            period: observation.period, sales: Double(recorded.sales), stockout: recorded.stockout,
            price: observation.price, promotion: observation.promotion != nil))
        lookAhead(&state)
    }

    /// Whether period `t` is the product's last live one: the end of its life or of the horizon.
    @inline(__always)
    func isLastLivePeriod(_ t: Int) -> Bool {
        t == live.upperBound - 1 || t == periods - 1
    }

    /// The forecast for the next period and its quantiles, made once this one is closed.
    @inline(__always)
    func lookAhead(_ state: inout State) {
        guard let forecaster else { return }
        state.forecast = forecaster.nextPeriodMean()
        state.forecastQuantiles = forecaster.nextPeriodQuantiles()
    }
}

extension Array where Element == PipelineOrder {
    /// Inserts `order` after every order due no later than it, so arrivals stay in due order and
    /// orders due together arrive in the order they were placed.
    mutating func insertKeepingDueOrder(_ order: PipelineOrder) {
        var index = endIndex
        while index > startIndex, self[index - 1].due > order.due { index -= 1 }
        insert(order, at: index)
    }
}
