import Forecasting
import Inventory
import Market

/// The five stages of a period of the closed loop, in the order ``ClosedLoop/run(_:)`` runs
/// them. Each reads the loop's state and the parts of the record earlier stages wrote, and
/// writes its own part; none touches the market.
///
/// They run once per product-period, the hot path: each is inlined into the loop, so that
/// naming the stages costs no calls and no copies of the record or the policy's context
/// (measured: left to the optimiser, the (s, S) benchmark took 13% more CPU time).
extension ClosedLoop {
    /// 1. Receive: the launch stock in the first live period and every order due by now arrive;
    /// waiting customers are served from them first, the rest goes on the shelf.
    /// Writes ``PeriodRecord/arrivals`` and ``PeriodRecord/backordersFilled``, and in the first
    /// live period the pre-launch buy with its costs (``PeriodRecord/preLaunchOrder``).
    @inline(__always)
    func receive(_ state: inout State, _ record: inout PeriodRecord) {
        let t = record.period
        if t == live.lowerBound {
            record.arrivals += terms.initialStock
            if let order = state.preLaunchOrder { book(order, in: &record) }
        }
        while let first = state.inventory.pipeline.first, first.due <= t {
            record.arrivals += first.quantity
            state.inventory.pipeline.removeFirst()
        }
        record.backordersFilled = min(state.inventory.backorders, record.arrivals)
        state.inventory.backorders -= record.backordersFilled
        state.inventory.onHand += record.arrivals - record.backordersFilled
    }

    /// 2. Sell: the shelf serves what it can of the period's demand; of the rest,
    /// ``ProductTerms/backorderShare`` (rounded down) waits and the remainder is lost.
    /// Writes ``PeriodRecord/servedFromShelf``, ``PeriodRecord/backordered`` and
    /// ``PeriodRecord/lost``.
    @inline(__always)
    func sell(_ state: inout State, _ record: inout PeriodRecord) {
        record.servedFromShelf = min(record.demand, state.inventory.onHand)
        state.inventory.onHand -= record.servedFromShelf
        let short = record.demand - record.servedFromShelf
        record.backordered = Int(Double(short) * terms.backorderShare)
        record.lost = short - record.backordered
        state.inventory.backorders += record.backordered
    }

    /// 3. Observe: the forecaster, if any, sees what was sold or promised — never lost demand —
    /// with the stockout flag, price and promotion. Writes nothing.
    @inline(__always)
    func observe(_ record: PeriodRecord) {
        forecaster?.forecaster.observe(SalesObservation(
            period: record.period, sales: Double(record.observedDemand), stockout: record.lost > 0,
            price: record.price, promotion: record.promotion))
    }

    /// 4. Review: when the policy reviews and a next live period remains to order for, it
    /// decides; the order, after the supply constraints and `supply`'s cut, is placed with a
    /// lead time drawn by inverting `leadTimeUniform` (the mean without one), stretched by
    /// `supply`. Writes ``PeriodRecord/ordered``, ``PeriodRecord/leadTime`` and the ordering
    /// cost when an order is placed.
    /// - Returns: the markdown the policy decided (a price factor for the periods after this
    ///   one), nil for none.
    @inline(__always)
    func review(_ state: inout State, _ record: inout PeriodRecord, supply: SupplyCondition,
                leadTimeUniform u: Double?) -> Double? {
        let t = record.period
        state.inventory.period = t
        guard !isLastLivePeriod(t) && policy.reviews(in: t) else { return nil }
        let leadTime = u.map { terms.leadTimeDays.quantile($0) * supply.leadTimeFactor / periodDays }
            ?? meanLeadTimeDays * supply.leadTimeFactor / periodDays
        let decision = policy.decide(context(state, price: record.price, leadTime: leadTime))
        if let order = place(decision.quantity, &state, supply: supply, leadTime: leadTime) {
            record.ordered = order.quantity
            record.leadTime = order.due - order.placed - 1
            record.money.ordering += terms.orderCost
        }
        return decision.priceFactor
    }

    /// Places an order for `quantity` units at the end of `state.inventory.period`, after the
    /// supply constraints and `supply`'s cut, with a lead time of `leadTime` periods (rounded):
    /// the order put in the pipeline, or nil when nothing is left of it.
    @inline(__always)
    func place(_ quantity: Int, _ state: inout State, supply: SupplyCondition, leadTime: Double) -> PipelineOrder? {
        let accepted = terms.constraints.apply(to: quantity)
        let placed = supply.supplyFraction >= 1 ? accepted
            : Saturating.wholeUnits(Double(accepted) * supply.supplyFraction, atMost: accepted)
        guard placed > 0 else { return nil }
        // A lead time past the horizon's end means the order never arrives.
        let lead = Saturating.wholePeriods(leadTime, atMost: periods)
        let t = state.inventory.period
        let order = PipelineOrder(placed: t, due: t + lead + 1, quantity: placed)
        state.inventory.pipeline.insertKeepingDueOrder(order)
        return order
    }

    /// What the policy is told at a review in `state.inventory.period`: the outlook (the
    /// oracle's perfect one knows the order's own lead time), the economics at this period's
    /// `price`, and whether it was consulted before the launch.
    @inline(__always)
    func context(_ state: State, price: Double, leadTime: Double) -> PolicyContext {
        let inventory = state.inventory
        let before = state.preLaunchReview
        // Each case hands its concrete outlook on, so the context's existential is built in place.
        switch outlook {
        case let .forecast(forecast):
            return context(inventory, price: price, outlook: forecast, leadTime: planningLeadTime, preLaunchReview: before)
        case let .perfect(path):
            return context(inventory, price: price, outlook: PerfectOutlook(demand: path, next: inventory.period + 1),
                           leadTime: LeadTimeOutlook(mean: leadTime, high: leadTime), preLaunchReview: before)
        case .none:
            return context(inventory, price: price, outlook: NoForecast(), leadTime: planningLeadTime, preLaunchReview: before)
        }
    }

    @inline(__always)
    func context(_ inventory: InventoryState, price: Double, outlook: some DemandOutlook,
                 leadTime: LeadTimeOutlook, preLaunchReview: Int?, explains: Bool = false) -> PolicyContext {
        var economics = terms.economics
        economics.price = price
        let t = inventory.period
        return PolicyContext(state: inventory, outlook: outlook, leadTime: leadTime,
                             periodsUntilEndOfLife: live.upperBound < periods ? live.upperBound - (t + 1) : nil,
                             economics: economics, launchPeriod: live.lowerBound, preLaunchReview: preLaunchReview,
                             explains: explains)
    }

    /// 5. Close: in the last live period the shelf is salvaged, open orders cancelled and
    /// waiting customers told no; then the end-of-period position and the money are booked.
    /// Writes ``PeriodRecord/writtenOff``, ``PeriodRecord/backordersCancelled``, the end-of-period
    /// stock, backlog and orders, and every cost but ordering.
    @inline(__always)
    func close(_ state: inout State, _ record: inout PeriodRecord) {
        if isLastLivePeriod(record.period) {
            record.writtenOff = state.inventory.onHand
            record.backordersCancelled = state.inventory.backorders
            state.inventory.onHand = 0
            state.inventory.backorders = 0
            state.inventory.pipeline.removeAll(keepingCapacity: true)
        }
        record.backlog = state.inventory.backorders
        record.onHandEnd = state.inventory.onHand
        record.onOrder = state.inventory.onOrder
        let economics = terms.economics
        record.money.revenue = record.price * Double(record.sold)
        record.money.costOfGoods = economics.unitCost * Double(record.sold)
        record.money.holding += economics.holdingCost * Double(record.onHandEnd)
        record.money.shortagePenalty = economics.shortagePenalty * Double(record.lost + record.backlog)
        record.money.salvage = economics.salvageValue * Double(record.writtenOff)
        record.money.writeOff = economics.unitCost * Double(record.writtenOff)
        assert(record.onHandStart + record.arrivals - record.sold - record.writtenOff == record.onHandEnd,
               "stock is not conserved for product \(record.product) in period \(record.period)")
    }
}
