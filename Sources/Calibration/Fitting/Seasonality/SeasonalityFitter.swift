/// Yearly (and, on daily data, weekday) seasonal multipliers pooled over a group of products.
///
/// Model: sales yᵢₜ ~ Poisson(bᵢₜ·fₜ), bᵢₜ the member's baseline and fₜ the period's seasonal
/// factor under the multipliers (see ``SeasonalCalendar``), over the used periods only (live,
/// uncensored, positive baseline). The multipliers are the maximum-likelihood ones (ratio
/// iterations, see `SeasonalDesign+Ratios.swift`); their standard errors come from the Fisher
/// information of each block with the other held fixed, times √φ (quasi-Poisson dispersion).
///
/// Rules, in order:
/// 1. Yearly multipliers need ``SeasonalityOptions/minimumProductYears`` product-years of used
///    days and a span of ``SeasonalityOptions/minimumSpanDays`` days; otherwise all 1 and a
///    note. On quarterly data one multiplier per calendar quarter is fitted and each month gets
///    its quarter's value (months inside a quarter cannot be told apart); a note says so.
/// 2. Weekday multipliers are fitted on daily data only, from
///    ``SeasonalityOptions/minimumProductWeeks`` product-weeks of used days.
/// 3. A multiplier whose month (weekday) the data never saw is 1; a note lists them.
/// 4. Each block is normalised to average 1 (the lifecycle carries the level), then shrunk
///    towards 1 by ``EmpiricalBayes/shrink(_:towards:)``: a pattern no stronger than its noise
///    (τ² = 0) is pulled all the way to 1, with a note; a strong, well-measured one stays.
///    The shrunk block is normalised to average 1 again.
/// Every output value is finite; a group without any sale gets the flat profile and a note.
public enum SeasonalityFitter {
    /// Fits the group's seasonality. All members share `calendar`.
    /// - Throws: ``FitInputError`` when an array's length, a value or a live range is invalid.
    public static func fit(_ members: [SeasonalityMember], calendar: SeasonalCalendar,
                           options: SeasonalityOptions = SeasonalityOptions()) throws(FitInputError) -> SeasonalityFit {
        try validate(members, periods: calendar.periods)
        let design = SeasonalDesign(members: members, calendar: calendar)
        var notes: [FitNote] = []
        if design.censoredSkipped > 0 {
            notes.append(FitNote(.information, field: "seasonality",
                                 "\(design.censoredSkipped) censored (stocked-out) periods were left out of the fit"))
        }
        let years = Double(design.usedDays) / 365.25
        let fitYearly = yearlyEvidence(design, years: years, options: options, notes: &notes)
        let fitWeekly = weeklyEvidence(design, calendar: calendar, options: options, notes: &notes)
        var yearly = [Double](repeating: 1, count: design.yearlyCount)
        var weekly = [Double](repeating: 1, count: 7)
        let iterations = iterate(design, fitYearly: fitYearly, fitWeekly: fitWeekly, options: options,
                                 yearly: &yearly, weekly: &weekly, notes: &notes)
        let parameters = (fitYearly ? design.yearlyCount : 0) + (fitWeekly ? 7 : 0)
        let dispersion = design.dispersion(yearly: yearly, weekly: weekly, parameters: parameters)
        let blocks = Blocks(design: design, yearly: yearly, weekly: weekly, dispersion: dispersion)
        let yearlyEstimate = fitYearly ? blocks.estimate(.yearly, notes: &notes) : nil
        let weeklyEstimate = fitWeekly ? blocks.estimate(.weekly, notes: &notes) : nil
        if calendar.length == .quarter, yearlyEstimate != nil {
            notes.append(FitNote(.information, field: "seasonality.yearly",
                                 "quarterly data: one multiplier per calendar quarter, given to each of its three months"))
        }
        let profile = SeasonalProfile(yearly: yearlyEstimate?.multipliers ?? SeasonalProfile.flat.yearly,
                                      weekly: weeklyEstimate?.multipliers)
        return SeasonalityFit(profile: profile, yearly: yearlyEstimate, weekly: weeklyEstimate, dispersion: dispersion,
                              productYears: years, iterations: iterations, notes: notes)
    }

    private static func validate(_ members: [SeasonalityMember], periods: Int) throws(FitInputError) {
        guard !members.isEmpty else { throw .emptyGroup }
        for (index, member) in members.enumerated() {
            let path = "members[\(index)]"
            try FitInputError.checkCounts(member.sales, count: periods, path: "\(path).sales")
            try FitInputError.checkCounts(member.baseline, count: periods, path: "\(path).baseline")
            try FitInputError.checkFlags(member.censored, count: periods, path: "\(path).censored")
            try FitInputError.checkLive(member.live, periods: periods, path: "\(path).live")
        }
    }

    private static func yearlyEvidence(_ design: SeasonalDesign, years: Double, options: SeasonalityOptions,
                                       notes: inout [FitNote]) -> Bool {
        if years < options.minimumProductYears {
            notes.append(FitNote(.fallback, field: "seasonality.yearly",
                                 "the group has \(rounded(years)) product-years of usable sales, under the \(rounded(options.minimumProductYears)) needed: no yearly pattern (all multipliers 1)"))
            return false
        }
        if design.spanDays < options.minimumSpanDays {
            notes.append(FitNote(.fallback, field: "seasonality.yearly",
                                 "the group's usable sales span \(design.spanDays) days, under the \(options.minimumSpanDays) needed to see every month: no yearly pattern (all multipliers 1)"))
            return false
        }
        return true
    }

    private static func weeklyEvidence(_ design: SeasonalDesign, calendar: SeasonalCalendar, options: SeasonalityOptions,
                                       notes: inout [FitNote]) -> Bool {
        guard calendar.isDaily else { return false }
        let weeks = Double(design.usedDays) / 7
        guard weeks >= options.minimumProductWeeks else {
            notes.append(FitNote(.fallback, field: "seasonality.weekly",
                                 "the group has \(rounded(weeks)) product-weeks of usable daily sales, under the \(rounded(options.minimumProductWeeks)) needed: no weekday pattern"))
            return false
        }
        return true
    }

    /// Alternates the ratio steps until no multiplier moves by more than the tolerance.
    private static func iterate(_ design: SeasonalDesign, fitYearly: Bool, fitWeekly: Bool, options: SeasonalityOptions,
                                yearly: inout [Double], weekly: inout [Double], notes: inout [FitNote]) -> Int {
        guard fitYearly || fitWeekly else { return 0 }
        for iteration in 1...max(1, options.maximumIterations) {
            var change = 0.0
            if fitYearly {
                let next = design.step(.yearly, yearly: yearly, weekly: weekly)
                change = max(change, zip(next, yearly).map { abs($0 - $1) }.max() ?? 0)
                yearly = next
            }
            if fitWeekly {
                let next = design.step(.weekly, yearly: yearly, weekly: weekly)
                change = max(change, zip(next, weekly).map { abs($0 - $1) }.max() ?? 0)
                weekly = next
            }
            if change <= options.tolerance { return iteration }
        }
        notes.append(FitNote(.information, field: "seasonality",
                             "the ratio iterations stopped after \(options.maximumIterations) sweeps before settling to \(options.tolerance); the last multipliers are used"))
        return options.maximumIterations
    }

    static func rounded(_ value: Double) -> String {
        String((value * 100).rounded() / 100)
    }
}
