import GSL

extension SupplySpec {
    func validate(into checker: inout Checker, at path: FieldPath, calendar: CalendarSpec, calendarIsValid: Bool) {
        let before = checker.problems.count
        leadTime.validate(into: &checker, at: path.key("lead_time"), nonNegative: true, what: "lead time",
                          limits: ScenarioLimits.leadTimeParameters,
                          valueLimit: ScenarioLimits.leadTimeDays, bareConstant: true)
        if calendarIsValid, checker.problems.count == before {
            checkLeadTimeFits(calendar, into: &checker, at: path.key("lead_time"))
        }
        checker.check(orderCost, ScenarioLimits.orderCost, at: path.key("order_cost"))
        checker.check(minOrder, ScenarioLimits.stock, at: path.key("min_order"))
        checker.check(casePack, ScenarioLimits.casePack, at: path.key("case_pack"))
        if let capacity {
            checker.check(capacity, ScenarioLimits.positiveStock, at: path.key("capacity"), hint: "leave it out for unlimited supply")
        }
    }

    /// The share of orders that may arrive after the horizon before the lead time is refused.
    static let lateShareRefused = 0.999

    /// Refuses a lead time that (almost) never delivers within the horizon: when its 0.1 %
    /// quantile is longer than the whole calendar, at least 99.9 % of orders, even one placed
    /// on the first day, would arrive after the last, so every policy would face the market
    /// with its initial stock alone, and each review would plan for a horizon the run never
    /// reaches.
    private func checkLeadTimeFits(_ calendar: CalendarSpec, into checker: inout Checker, at path: FieldPath) {
        let horizonDays = Double(calendar.horizonDays)
        guard let sampler = try? leadTime.makeSampler() else { return }
        let shortest = sampler.quantile(1 - Self.lateShareRefused)
        guard shortest >= horizonDays else { return }
        let constant = leadTime.variance == 0
        checker.add(path, .outOfRange,
                    (constant ? "a lead time of \(formatNumber(shortest)) days"
                        : "a lead time whose 0.1 % quantile is \(formatNumber(shortest)) days")
                        + " is not shorter than the calendar (\(formatNumber(horizonDays)) days): no order placed in the horizon"
                        + (constant ? " could" : " would, but for 1 in 1000,") + " arrive within it",
                    hint: "lead times are in days; shorten the lead time or lengthen the calendar")
    }
}
