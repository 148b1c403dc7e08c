import Backtest

extension StrategyTrace {
    /// Appends the next live period. Periods must arrive in order, without gaps.
    mutating func append(_ record: PeriodRecord) {
        precondition(record.period == first + count, "periods must be appended in order, without gaps")
        let phase = record.phase.rawValue
        if let last = phases.indices.last, phases[last].phase == phase, phases[last].end == record.period {
            phases[last].end += 1
        } else {
            phases.append(PhaseRun(phase: phase, first: record.period, end: record.period + 1))
        }
        expected.append(Self.rounded(record.expectedDemand, places: 3))
        demand.append(record.demand)
        sold.append(record.sold)
        lost.append(record.lost)
        backlog.append(record.backlog)
        onHand.append(record.onHandEnd)
        onOrder.append(record.onOrder)
        ordered.append(record.ordered)
        arrivals.append(record.arrivals)
        price.append(Self.rounded(record.price, places: 2))
        if record.promotion { promotionPeriods.append(record.period) }
        if let value = record.forecast {
            forecast?.append(Self.rounded(value, places: 3))
            forecastLow?.append(record.forecastLow.map { Self.rounded($0, places: 3) })
            forecastHigh?.append(record.forecastHigh.map { Self.rounded($0, places: 3) })
        }
    }

    /// `value` rounded to `places` decimals (non-finite values become 0, which JSON can hold).
    static func rounded(_ value: Double, places: Int) -> Double {
        guard value.isFinite else { return 0 }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let result = (value * scale).rounded() / scale
        return result.isFinite ? result : value
    }
}
