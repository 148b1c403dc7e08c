
extension EventSpec {
    func validate(into checker: inout Checker, at path: FieldPath, calendar: CalendarSpec,
                  calendarIsValid: Bool, products known: [String]) {
        switch self {
        case let .promotion(spec):
            let inner = path.key("promotion")
            checker.checkProducts(spec.products, known: known, at: inner.key("products"))
            validateWindow(spec.window, into: &checker, at: inner, calendar: calendar, calendarIsValid: calendarIsValid)
            checker.check(spec.discount, ScenarioLimits.belowOne, at: inner.key("discount"), hint: "0.3 means 30 % off the list price")
            checker.check(spec.lift, ScenarioLimits.lift, at: inner.key("lift"))
            if let dip = spec.dip {
                let dipPath = inner.key("dip")
                checker.check(dip.share, ScenarioLimits.share, at: dipPath.key("share"))
                let dipStart = spec.window.end(period: calendar.period)
                if case let .through(last) = dip.length, last < dipStart {
                    checker.add(dipPath.key("end"), .invalidValue,
                                "the dip ends on \(last), before the promotion is over (\(dipStart))")
                } else {
                    checker.checkExtent(dip.length, from: dipStart, period: calendar.period, at: dipPath)
                }
            }
            for (index, effect) in spec.effects.enumerated() {
                let effectPath = inner.key("effects").index(index)
                checker.check(effect.multiplier, ScenarioLimits.lift, at: effectPath.key("multiplier"),
                              hint: "below 1 for cannibalisation, above 1 for a halo")
                if spec.products.contains(effect.product) {
                    checker.add(effectPath.key("product"), .invalidValue,
                                "'\(effect.product)' is promoted itself; effects are for other products")
                } else if !known.contains(effect.product) {
                    checker.add(effectPath.key("product"), .unknownReference, "unknown product '\(effect.product)'",
                                hint: Suggestion.hint(for: effect.product, among: known, listing: "products"))
                }
            }
            if spec.effects.count > 1 {
                var seen = Set<String>()
                for (index, effect) in spec.effects.enumerated() where !seen.insert(effect.product).inserted {
                    checker.add(inner.key("effects").index(index).key("product"), .duplicate,
                                "product '\(effect.product)' has two effects in this promotion")
                }
            }
        case let .priceChange(spec):
            let inner = path.key("price_change")
            checker.checkProducts(spec.products, known: known, at: inner.key("products"))
            if calendarIsValid { checker.checkInside(spec.date, calendar, at: inner.key("date")) }
            checker.check(spec.price, ScenarioLimits.price, at: inner.key("price"))
        case let .shock(shock):
            shock.validate(into: &checker, at: path.key("shock"), calendar: calendar,
                           calendarIsValid: calendarIsValid, products: known)
        }
    }
}

extension ShockSpec {
    func validate(into checker: inout Checker, at path: FieldPath, calendar: CalendarSpec,
                  calendarIsValid: Bool, products known: [String]) {
        switch self {
        case let .spike(spec):
            let inner = path.key("spike")
            checker.checkProducts(spec.products, known: known, at: inner.key("products"))
            validateWindow(spec.window, into: &checker, at: inner, calendar: calendar, calendarIsValid: calendarIsValid)
            checker.check(spec.lift, ScenarioLimits.lift, at: inner.key("lift"))
        case let .levelShift(spec):
            let inner = path.key("level_shift")
            checker.checkProducts(spec.products, known: known, at: inner.key("products"))
            if calendarIsValid { checker.checkInside(spec.start, calendar, at: inner.key("start")) }
            checker.check(spec.factor, ScenarioLimits.lift, at: inner.key("factor"))
        case let .competitorEntry(spec):
            let inner = path.key("competitor_entry")
            checker.checkProducts(spec.products, known: known, at: inner.key("products"))
            if calendarIsValid { checker.checkInside(spec.start, calendar, at: inner.key("start")) }
            checker.check(spec.marketShareLoss, ScenarioLimits.openShare, at: inner.key("market_share_loss"))
            checker.check(spec.rampDays, ScenarioLimits.dayCount, at: inner.key("ramp_days"))
        case let .supplyDisruption(spec):
            let inner = path.key("supply_disruption")
            checker.checkProducts(spec.products, known: known, at: inner.key("products"))
            validateWindow(spec.window, into: &checker, at: inner, calendar: calendar, calendarIsValid: calendarIsValid)
            checker.check(spec.leadTimeFactor, ScenarioLimits.leadTimeFactor, at: inner.key("lead_time_factor"))
            checker.check(spec.supplyFraction, ScenarioLimits.share, at: inner.key("supply_fraction"))
        }
    }
}

/// An event window must start inside the horizon and have a positive length; it may run past
/// the end of the horizon.
private func validateWindow(_ window: EventWindow, into checker: inout Checker, at path: FieldPath,
                            calendar: CalendarSpec, calendarIsValid: Bool) {
    if calendarIsValid { checker.checkInside(window.start, calendar, at: path.key("start")) }
    checker.checkExtent(window.extent, from: window.start, period: calendar.period, at: path)
}
