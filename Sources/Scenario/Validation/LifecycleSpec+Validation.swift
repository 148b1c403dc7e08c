import Calendar

extension ProductSpec {
    func validateLifecycle(into checker: inout Checker, at path: FieldPath, calendar: CalendarSpec, calendarIsValid: Bool) {
        switch lifecycle {
        case let .bass(bass):
            let bassPath = path.key("bass")
            checker.check(bass.marketSize, ScenarioLimits.marketSizeLimit, at: bassPath.key("market_size"))
            checker.check(bass.innovation, ScenarioLimits.innovation, at: bassPath.key("innovation"),
                          hint: "per period; typical daily values are 0.0005–0.01")
            checker.check(bass.imitation, ScenarioLimits.imitation, at: bassPath.key("imitation"))
            if let repeatPurchase = bass.repeatPurchase {
                checker.check(repeatPurchase.rate, ScenarioLimits.repeatRate, at: bassPath.key("repeat").key("rate"))
            }
        case let .phases(phases):
            validatePhases(phases, into: &checker, at: path.key("phases"), calendar: calendar,
                           calendarIsValid: calendarIsValid)
        case .history:
            break // the record is checked when the history is read
        }
    }

    private func validatePhases(_ phases: [PhaseSpec], into checker: inout Checker, at path: FieldPath,
                                calendar: CalendarSpec, calendarIsValid: Bool) {
        if phases.isEmpty {
            checker.add(path, .missingField, "a phase lifecycle needs at least one phase")
            return
        }
        // Phase dates can only be compared when every earlier boundary is known and sane.
        var cursor: CalendarDate? = calendarIsValid ? launchDate(in: calendar) : nil
        for (index, phase) in phases.enumerated() {
            let phasePath = path.index(index)
            let isLast = index == phases.count - 1
            checker.check(phase.from, ScenarioLimits.level, at: phasePath.key("from"))
            checker.check(phase.to, ScenarioLimits.level, at: phasePath.key("to"))
            if index > 0, phase.phase <= phases[index - 1].phase {
                let previous = phases[index - 1].phase
                checker.add(phasePath.key("phase"), .invalidValue,
                            phase.phase == previous ? "phase \(phase.phase.rawValue) appears twice"
                                : "\(phase.phase.rawValue) cannot come after \(previous.rawValue)",
                            hint: "phases run introduction, growth, maturity, decline, each at most once")
            }
            if let start = phase.start, let expected = cursor, start != expected {
                let offset = expected.days(to: start)
                let days = "\(abs(offset)) day\(abs(offset) == 1 ? "" : "s")"
                let message: String
                if offset > 0 {
                    message = "starts on \(start), leaving a gap of \(days)"
                } else {
                    message = index == 0 ? "starts on \(start), \(days) before the launch"
                        : "starts on \(start), overlapping the previous phase by \(days)"
                }
                checker.add(phasePath.key("start"), .invalidValue, message,
                            hint: index == 0 ? "the first phase starts on the launch day, \(expected)"
                                : "it must start on \(expected), the day after the previous phase ends")
            }
            let start = phase.start ?? cursor
            if let start, let endOfLife, start >= endOfLife {
                checker.add(phasePath, .invalidValue, "starts on \(start), at or after the end of life \(endOfLife)")
            }
            guard let extent = phase.extent else {
                if !isLast {
                    checker.add(phasePath, .missingField, "only the last phase may leave out its length",
                                hint: "give 'days', 'periods' or 'end'")
                }
                cursor = nil
                continue
            }
            guard let start else {
                cursor = nil
                continue
            }
            let before = checker.problems.count
            checker.checkExtent(extent, from: start, period: calendar.period, at: phasePath)
            cursor = checker.problems.count == before ? extent.end(from: start, period: calendar.period) : nil
        }
    }
}
