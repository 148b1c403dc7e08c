import Forecasting
import Inventory
import Market

/// The review before a launch: a product that launches after the calendar's start is reviewed
/// once before it, at the end of ``ClosedLoop/preLaunchPeriod`` (launch − (L + 1), L the
/// planning lead time in whole periods; period 0 when the launch comes sooner), so that a first
/// buy sized on the launch forecast arrives for the launch rather than one lead time after it.
///
/// - The policy says whether it takes such a buy (``InventoryPolicy/decideBeforeLaunch(_:)``):
///   the newsvendor's single buy and the first order of the policies whose level comes from the
///   forecast do; fixed levels ((s, S), base stock, min-max…) do not.
/// - Its outlook is the forecaster's forecast before any sale (``PreLaunchOutlook``), asked of a
///   copy of the forecaster told that nothing sold up to the review — the loop's own forecaster
///   sees nothing before the launch, as before. A forecaster with nothing to say before a sale
///   (naive, SES… forecast 0) gets no review at all: its policy is not consulted and starts at
///   the launch as a period-0 product does (``preLaunchDecision(_:leadTime:explains:)`` says so).
/// - The order is placed like any other — supply constraints, the period's supply condition,
///   a lead time drawn from the period's uniform — and booked in the first live period's
///   record (``PeriodRecord/preLaunchOrder``): its ordering cost, and the holding of units that
///   arrived before the launch and waited for it. The scenario's `initial_stock` is still the
///   launch build, arriving at the launch; the policy counts it as on order, so the buy is what
///   the launch needs beyond it (for the newsvendor: the quantile less the launch build).
extension ClosedLoop {
    /// What the review before the launch came to.
    struct PreLaunchReview {
        /// The decision, with its reason when asked for one.
        var decision: OrderDecision
        /// Whether the policy was consulted (false: its forecaster cannot forecast before a sale).
        var consulted: Bool
    }

    /// The review at the end of period `t` (before the launch): consults the policy and places
    /// its buy, if any.
    func reviewBeforeLaunch(_ state: inout State, period t: Int, supply: SupplyCondition, leadTimeUniform u: Double?) {
        state.inventory.period = t
        let leadTime = u.map { terms.leadTimeDays.quantile($0) * supply.leadTimeFactor / periodDays }
            ?? meanLeadTimeDays * supply.leadTimeFactor / periodDays
        guard let review = preLaunchDecision(state, leadTime: leadTime, explains: false), review.consulted else { return }
        state.preLaunchReview = t
        state.preLaunchOrder = place(review.decision.quantity, &state, supply: supply, leadTime: leadTime)
    }

    /// The decision at the pre-launch review in `state.inventory.period`, for an order whose lead
    /// time is `leadTime` periods: nil when the policy takes no pre-launch buy; a no-order saying
    /// why when the forecaster forecasts no demand before a sale.
    func preLaunchDecision(_ state: State, leadTime: Double, explains: Bool) -> PreLaunchReview? {
        // The launch build is committed: the policy counts it as on order, due at the launch,
        // as a buy after the launch counts what is left of it.
        var inventory = state.inventory
        if terms.initialStock > 0 {
            inventory.pipeline.insertKeepingDueOrder(PipelineOrder(placed: inventory.period, due: live.lowerBound,
                                                                   quantity: terms.initialStock))
        }
        let price = terms.economics.price
        let context: PolicyContext
        switch outlook {
        case let .forecast(forecast):
            let launchOutlook = PreLaunchOutlook(forecast, decidedAt: inventory.period, launch: live.lowerBound,
                                                 longestHorizon: periods)
            guard launchOutlook.expectedDemand(over: periods - inventory.period - 1) > 0 else {
                let name = forecast.forecaster.name
                return PreLaunchReview(decision: .none(explains ? "forecaster \(name) forecasts no demand before the "
                    + "first sale: no pre-launch buy; the first buy waits for the launch" : ""), consulted: false)
            }
            context = self.context(inventory, price: price, outlook: launchOutlook, leadTime: planningLeadTime,
                                   preLaunchReview: nil, explains: explains)
        case let .perfect(path):
            context = self.context(inventory, price: price, outlook: PerfectOutlook(demand: path, next: inventory.period + 1),
                                   leadTime: LeadTimeOutlook(mean: leadTime, high: leadTime), preLaunchReview: nil,
                                   explains: explains)
        case .none:
            context = self.context(inventory, price: price, outlook: NoForecast(), leadTime: planningLeadTime,
                                   preLaunchReview: nil, explains: explains)
        }
        guard var decision = policy.decideBeforeLaunch(context) else { return nil }
        let lead = planningLeadTime.wholePeriods
        if explains, inventory.period + lead + 1 > live.lowerBound {
            decision.reason += "; the lead time (\(lead) periods) is longer than the \(live.lowerBound) periods before "
                + "the launch: the buy is placed in period 0 and arrives after it"
        }
        return PreLaunchReview(decision: decision, consulted: true)
    }

    /// Books the pre-launch buy `order` in the first live period's `record`: the order itself,
    /// its ordering cost, and the holding of its units for the periods they waited for the launch.
    func book(_ order: PipelineOrder, in record: inout PeriodRecord) {
        record.preLaunchOrder = order
        record.money.ordering += terms.orderCost
        let waited = max(0, record.period - order.due)
        record.money.holding += terms.economics.holdingCost * Double(order.quantity) * Double(waited)
    }
}

/// The launch forecast as a policy sees it at a review before the launch: no demand in the
/// periods before the launch, then the forecast that a copy of the strategy's forecaster makes
/// having seen nothing sold up to the review — the forecast before the first sale (for
/// `analog`, its look-alikes' launch curves; for a forecaster without such knowledge, 0).
///
/// Totals over the next n periods after the review are the forecast's totals over the first
/// n − `delay` periods of the product's life (0 when n ≤ `delay`), `delay` being the periods
/// between the review and the launch.
struct PreLaunchOutlook: DemandOutlook {
    /// The forecast of the copy, step 1 = the launch period.
    let forecast: ForecastOutlook
    /// Periods after the review before the launch (≥ 0).
    let delay: Int

    /// The outlook at the end of period `t` for a product launched in `launch` (> t), from the
    /// strategy's `outlook`, whose forecaster is copied and left as it was.
    init(_ outlook: ForecastOutlook, decidedAt t: Int, launch: Int, longestHorizon: Int) {
        var copy = outlook.forecaster
        copy.observe(SalesObservation(period: t, sales: 0))
        forecast = ForecastOutlook(forecaster: copy)
        forecast.longestHorizon = longestHorizon
        delay = max(0, launch - t - 1)
    }

    func expectedDemand(over periods: Int) -> Double {
        forecast.expectedDemand(over: periods - delay)
    }

    func demandQuantile(_ probability: Double, over periods: Int) -> Double {
        forecast.demandQuantile(probability, over: periods - delay)
    }

    func demandStandardDeviation(over periods: Int) -> Double {
        forecast.demandStandardDeviation(over: periods - delay)
    }
}
