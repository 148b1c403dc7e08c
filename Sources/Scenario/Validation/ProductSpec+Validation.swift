import Calendar

extension ProductSpec {
    func validate(into checker: inout Checker, at path: FieldPath, calendar: CalendarSpec, calendarIsValid: Bool) {
        if !Checker.isIdentifier(id) {
            checker.add(path.key("id"), .invalidValue, "product id '\(id)' is empty or contains spaces, commas, quotes or slashes",
                        hint: "ids end up in CSV files and file names")
        }
        checker.checkLength(id, at: path.key("id"), what: "the product id",
                            why: "ids are written on every row of the output and may name files")
        checker.check(price, ScenarioLimits.price, at: path.key("price"))
        checker.check(unitCost, ScenarioLimits.money, at: path.key("unit_cost"))
        checker.check(salvageValue, ScenarioLimits.money, at: path.key("salvage_value"))
        if let holdingRate {
            checker.check(holdingRate, ScenarioLimits.holdingRate, at: path.key("holding_rate"),
                          hint: "a yearly share of unit_cost: 0.25 is 25 % a year")
        } else {
            checker.check(holdingCost, ScenarioLimits.money, at: path.key("holding_cost"))
        }
        checker.check(shortagePenalty, ScenarioLimits.money, at: path.key("shortage_penalty"))
        checker.check(copies, ScenarioLimits.copies, at: path.key("copies"))
        checker.check(elasticity, ScenarioLimits.elasticity, at: path.key("elasticity"))
        checker.check(initialStock, ScenarioLimits.stock, at: path.key("initial_stock"))
        checker.check(unmetDemand.backorderShare, ScenarioLimits.share, at: path.key("unmet_demand").key("backorder_share"))
        checker.check(unmetDemand.churn, ScenarioLimits.share, at: path.key("unmet_demand").key("churn"))

        if calendarIsValid {
            let launch = launchDate(in: calendar)
            checker.checkInside(launch, calendar, at: path.key("launch"))
            if let endOfLife {
                checker.checkInside(endOfLife, calendar, at: path.key("end_of_life"))
                if endOfLife <= launch {
                    checker.add(path.key("end_of_life"), .invalidValue,
                                "end of life \(endOfLife) is not after the launch on \(launch)")
                }
            }
        }
        validateLifecycle(into: &checker, at: path.key("lifecycle"), calendar: calendar, calendarIsValid: calendarIsValid)
        seasonality.validate(into: &checker, at: path.key("seasonality"), period: calendar.period)
        noise.validate(into: &checker, at: path.key("noise"))
        supply.validate(into: &checker, at: path.key("supply"), calendar: calendar, calendarIsValid: calendarIsValid)
    }
}

extension SeasonalitySpec {
    func validate(into checker: inout Checker, at path: FieldPath, period: PeriodLength) {
        if let weekly {
            if period != .day {
                checker.add(path.key("weekly"), .invalidValue, "a weekly profile needs a daily calendar",
                            hint: "this calendar has one period per \(period.rawValue), over which a weekly pattern averages out; "
                                + "use yearly or peaks instead")
            }
            validateProfile(weekly, count: 7, first: "Monday", into: &checker, at: path.key("weekly"))
        }
        if let yearly {
            validateProfile(yearly, count: 12, first: "January", into: &checker, at: path.key("yearly"))
        }
        var names = Set<String>()
        for (index, peak) in peaks.enumerated() {
            let peakPath = path.key("peaks").index(index)
            if peak.name.isEmpty {
                checker.add(peakPath.key("name"), .missingField, "a peak needs a name")
            } else if !names.insert(peak.name).inserted {
                checker.add(peakPath.key("name"), .duplicate, "peak '\(peak.name)' is defined twice")
            }
            checker.check(peak.lift, ScenarioLimits.lift, at: peakPath.key("lift"))
        }
    }

    private func validateProfile(_ values: [Double], count: Int, first: String,
                                 into checker: inout Checker, at path: FieldPath) {
        if values.count != count {
            checker.add(path, .invalidValue, "needs exactly \(count) multipliers, \(first) first; found \(values.count)")
        }
        checker.check(values, ScenarioLimits.seasonal, at: path)
        if !values.isEmpty, values.allSatisfy({ $0 == 0 }) {
            checker.add(path, .invalidValue, "all multipliers are 0, so there would be no demand at all")
        }
    }
}
