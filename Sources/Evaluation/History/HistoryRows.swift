/// The rows of one `unique_id` as read, before they are checked and put on the calendar.
struct HistoryRows {
    var id: String
    var days: [Int] = []
    var sales: [Double] = []
    var prices: [Double] = []
    var promotions: [Bool] = []
    var stockouts: [Bool] = []
    /// File row of each entry (header = 1).
    var rows: [Int] = []

    init(id: String) {
        self.id = id
    }

    mutating func append(_ parsed: HistoryImport.ParsedRow, row: Int) {
        days.append(parsed.day)
        sales.append(parsed.sales)
        prices.append(parsed.price)
        promotions.append(parsed.promotion)
        stockouts.append(parsed.stockout)
        rows.append(row)
    }

    /// Puts the rows in date order (files are usually sorted already; stable, so duplicate
    /// dates keep their file order).
    mutating func sortByDate() {
        guard zip(days, days.dropFirst()).contains(where: { $0 > $1 }) else { return }
        let order = days.indices.sorted { days[$0] != days[$1] ? days[$0] < days[$1] : $0 < $1 }
        days = order.map { days[$0] }
        sales = order.map { sales[$0] }
        prices = order.map { prices[$0] }
        promotions = order.map { promotions[$0] }
        stockouts = order.map { stockouts[$0] }
        rows = order.map { rows[$0] }
    }

    /// The rows laid on consecutive periods from the first of `periods` (the period of each
    /// date, ascending, without repeats) to the last: a period without a row gets y = 0, no
    /// price, no promotion and no stockout, and is counted in `filled`.
    func onPeriods(_ periods: [Int], filled: inout FilledGaps) -> HistoryRows {
        guard let first = periods.first, let last = periods.last, last - first + 1 > periods.count else { return self }
        var laid = HistoryRows(id: id)
        laid.sales = [Double](repeating: 0, count: last - first + 1)
        laid.prices = [Double](repeating: .nan, count: laid.sales.count)
        laid.promotions = [Bool](repeating: false, count: laid.sales.count)
        laid.stockouts = laid.promotions
        for (index, period) in periods.enumerated() {
            laid.sales[period - first] = sales[index]
            laid.prices[period - first] = prices[index]
            laid.promotions[period - first] = promotions[index]
            laid.stockouts[period - first] = stockouts[index]
        }
        filled.rows += laid.sales.count - periods.count
        filled.series += 1
        return laid
    }
}
