import Forecasting
import GSL
import Inventory
import Market

/// One product under one strategy over the whole horizon: the closed loop of stock, sales,
/// forecasts and orders.
///
/// Timing within a period t (the README's "Timing" section says the same):
/// 1. orders due at t arrive (the launch stock arrives in the first live period); arrivals fill
///    waiting customers first, the rest goes on the shelf;
/// 2. the market draws demand; the shelf serves what it can; of the rest, `backorderShare` waits
///    and the remainder is lost — lost would-be first buyers may leave the market (`churn`);
/// 3. the forecaster observes sales plus new backorders, with the stockout flag, price and promotion;
/// 4. at a review the policy decides; the order, after supply constraints and any supply cut,
///    gets a lead time of L periods and arrives at the start of period t + L + 1 (so L = 0 means
///    "in time for the next period");
/// 5. costs accrue on the end-of-period position; in the last live period leftovers are
///    salvaged, open orders cancelled and waiting customers told no.
struct ClosedLoop {
    let market: ProductMarket
    let terms: ProductTerms
    let policy: any InventoryPolicy
    let outlook: Outlook
    /// One uniform per period, whether an order is placed or not, so every strategy draws the
    /// same lead time when it orders in the same period. nil when lead times are constant.
    let leadTimeStream: RandomStream?
    /// Whether each record carries the forecaster's one-step prediction interval
    /// (``PeriodRecord/forecastLow``…``PeriodRecord/forecastHigh``): one one-period forecast
    /// and two quantiles more per period, so only traced loops ask for it.
    var recordsForecastInterval = false

    /// Where the policy's outlook comes from.
    enum Outlook {
        case forecast(ForecastOutlook)
        /// A policy that reads no forecast: no forecaster runs, and periods carry no forecast.
        case none
        /// The oracle: the demand each period will have when every unit is served.
        case perfect(demand: [Int])
    }

    /// Runs every period and hands each live one to `recorder`.
    func run<Recorder: LoopRecorder>(_ recorder: inout Recorder) {
        let calendar = market.calendar
        let live = market.liveRange
        var state = InventoryState()
        state.pipeline.reserveCapacity(16)
        let periodDays = Double(calendar.length.days)
        let meanLeadTime = terms.leadTimeDays.distribution.mean / periodDays
        let highLeadTime = terms.leadTimeDays.quantile(0.95) / periodDays
        let economics = terms.economics
        // The forecast made for the first live period, before any sale was seen, is 0: what a
        // forecaster that has observed nothing expects. Nil throughout without a forecaster.
        var forecastForNext: Double? = nil
        var intervalForNext: ClosedRange<Double>?
        // Bound once, outside the per-period loop.
        let policy = self.policy
        let forecastOutlook: ForecastOutlook?
        if case let .forecast(outlook) = outlook {
            forecastOutlook = outlook
            forecastForNext = 0
        } else {
            forecastOutlook = nil
        }
        // No order can serve demand beyond the horizon (later arrivals are cancelled), so no
        // decision needs a forecast longer than the horizon itself, however long the lead time.
        forecastOutlook?.longestHorizon = calendar.periods

        while market.period < calendar.periods {
            let t = market.period
            let u = leadTimeStream?.uniformPositive()
            guard let observation = market.beginPeriod() else {
                market.endPeriod(sold: 0)
                continue
            }
            var record = PeriodRecord(
                product: market.index, period: t, phase: observation.phase, expectedDemand: observation.expected,
                demand: observation.demand, onHandStart: state.onHand, arrivals: 0, servedFromShelf: 0,
                backordersFilled: 0, backordered: 0, lost: 0, backlog: 0, onHandEnd: 0, writtenOff: 0,
                backordersCancelled: 0, onOrder: 0, ordered: 0, leadTime: nil, price: observation.price,
                forecast: forecastForNext, promotion: observation.promotion != nil, money: Ledger())
            record.forecastLow = intervalForNext?.lowerBound
            record.forecastHigh = intervalForNext?.upperBound

            // 1. Arrivals, waiting customers first.
            if t == live.lowerBound { record.arrivals += terms.initialStock }
            while let first = state.pipeline.first, first.due <= t {
                record.arrivals += first.quantity
                state.pipeline.removeFirst()
            }
            record.backordersFilled = min(state.backorders, record.arrivals)
            state.backorders -= record.backordersFilled
            state.onHand += record.arrivals - record.backordersFilled

            // 2. Demand and sales.
            record.servedFromShelf = min(observation.demand, state.onHand)
            state.onHand -= record.servedFromShelf
            let short = observation.demand - record.servedFromShelf
            record.backordered = Int(Double(short) * terms.backorderShare)
            record.lost = short - record.backordered
            state.backorders += record.backordered
            market.endPeriod(sold: record.servedFromShelf + record.backordered,
                             departed: Double(record.lost) * terms.churn * observation.newAdopterShare)

            // 3. The forecaster sees what was sold or promised, never lost demand.
            if let forecast = forecastOutlook {
                forecast.forecaster.observe(SalesObservation(
                    period: t, sales: Double(record.observedDemand), stockout: record.lost > 0,
                    price: observation.price, promotion: record.promotion))
            }

            // 4. Review and order, while there is a next live period to order for.
            let isLastLivePeriod = t == live.upperBound - 1 || t == calendar.periods - 1
            state.period = t
            if !isLastLivePeriod && policy.reviews(in: t) {
                let leadTime = u.map { terms.leadTimeDays.quantile($0) * observation.supply.leadTimeFactor / periodDays }
                    ?? terms.leadTimeDays.distribution.mean * observation.supply.leadTimeFactor / periodDays
                let planningLeadTime: LeadTimeOutlook
                let policyOutlook: any DemandOutlook
                switch outlook {
                case let .forecast(forecast):
                    planningLeadTime = LeadTimeOutlook(mean: meanLeadTime, high: highLeadTime)
                    policyOutlook = forecast
                case let .perfect(demand):
                    planningLeadTime = LeadTimeOutlook(mean: leadTime, high: leadTime)
                    policyOutlook = PerfectOutlook(demand: demand, next: t + 1)
                case .none:
                    planningLeadTime = LeadTimeOutlook(mean: meanLeadTime, high: highLeadTime)
                    policyOutlook = NoForecast()
                }
                var periodEconomics = economics
                periodEconomics.price = observation.price
                let decision = policy.decide(PolicyContext(
                    state: state, outlook: policyOutlook, leadTime: planningLeadTime,
                    periodsUntilEndOfLife: live.upperBound < calendar.periods ? live.upperBound - (t + 1) : nil,
                    economics: periodEconomics, launchPeriod: live.lowerBound, explains: false))
                let accepted = terms.constraints.apply(to: decision.quantity)
                let placed = observation.supply.supplyFraction >= 1 ? accepted
                    : Saturating.wholeUnits(Double(accepted) * observation.supply.supplyFraction, atMost: accepted)
                if placed > 0 {
                    // A lead time past the horizon's end means the order never arrives.
                    let periods = Saturating.wholePeriods(leadTime, atMost: calendar.periods)
                    state.pipeline.insertKeepingDueOrder(PipelineOrder(placed: t, due: t + periods + 1, quantity: placed))
                    record.ordered = placed
                    record.leadTime = periods
                    record.money.ordering = terms.orderCost
                }
                if let factor = decision.priceFactor { market.markdown = factor }
            }

            // 5. End of life: salvage what is left, cancel what is on its way, release the waiting.
            if isLastLivePeriod {
                record.writtenOff = state.onHand
                record.backordersCancelled = state.backorders
                state.onHand = 0
                state.backorders = 0
                state.pipeline.removeAll(keepingCapacity: true)
            }
            record.backlog = state.backorders
            record.onHandEnd = state.onHand
            record.onOrder = state.onOrder
            record.money.revenue = observation.price * Double(record.sold)
            record.money.costOfGoods = economics.unitCost * Double(record.sold)
            record.money.holding = economics.holdingCost * Double(state.onHand)
            record.money.shortagePenalty = economics.shortagePenalty * Double(record.lost + record.backlog)
            record.money.salvage = economics.salvageValue * Double(record.writtenOff)
            record.money.writeOff = economics.unitCost * Double(record.writtenOff)
            assert(record.onHandStart + record.arrivals - record.sold - record.writtenOff == record.onHandEnd,
                   "stock is not conserved for product \(market.index) in period \(t)")

            if let forecast = forecastOutlook {
                forecastForNext = forecast.nextPeriodForecast()
                if recordsForecastInterval { intervalForNext = forecast.nextPeriodInterval() }
            }
            recorder.record(record)
        }
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
