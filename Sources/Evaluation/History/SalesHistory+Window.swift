extension SalesHistory {
    /// The history from period `start` of its calendar on: the calendar begins there (its
    /// period 0 is this one's `start`), every series loses its periods before it, and a series
    /// with none left is left out. `start` ≤ 0 returns the history unchanged.
    ///
    /// - Returns: the trimmed history and the ids of the series left out, in their order.
    public func starting(atPeriod start: Int) -> (history: SalesHistory, leftOut: [String]) {
        guard start > 0 else { return (self, []) }
        var trimmed = self
        trimmed.calendar.startDay = calendar.firstDay(of: start)
        var leftOut: [String] = []
        trimmed.series = series.compactMap { series in
            let dropped = max(0, start - series.firstPeriod)
            guard dropped < series.count else {
                leftOut.append(series.id)
                return nil
            }
            return series.dropping(first: dropped, shiftingBy: start)
        }
        return (trimmed, leftOut)
    }
}

extension EvaluationSeries {
    /// The series without its first `count` periods, on a calendar that begins `shift`
    /// periods later.
    func dropping(first count: Int, shiftingBy shift: Int) -> EvaluationSeries {
        var copy = self
        copy.firstPeriod = firstPeriod + count - shift
        copy.sales = Array(sales.dropFirst(count))
        copy.truth = truth.map { Array($0.dropFirst(count)) }
        copy.phases = phases.map { Array($0.dropFirst(count)) }
        copy.prices = prices.map { Array($0.dropFirst(count)) }
        copy.promotions = promotions.map { Array($0.dropFirst(count)) }
        copy.stockouts = stockouts.map { Array($0.dropFirst(count)) }
        return copy
    }
}
