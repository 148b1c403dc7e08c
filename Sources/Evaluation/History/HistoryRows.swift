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

    mutating func append(day: Int, sales: Double, price: Double, promotion: Bool, stockout: Bool, row: Int) {
        days.append(day)
        self.sales.append(sales)
        prices.append(price)
        promotions.append(promotion)
        stockouts.append(stockout)
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
}
