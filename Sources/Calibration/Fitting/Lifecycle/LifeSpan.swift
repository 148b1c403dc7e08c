/// Where a product's life lies in the history: launch at the first period with a sale, end of
/// life after the last sale when enough zeros follow it.
///
/// **End of life.** The period after the last sale, when the last sale is followed by at least
/// K = max(``minimumTrailingZeros``, ⌈``intervalMultiple`` × the mean inter-demand interval⌉)
/// zero periods, the interval being the periods from launch to the last sale per period with a
/// sale. A fast mover that stops for 8 periods has ended; an item that sells every 5 periods
/// needs 15 quiet periods. Otherwise nil: the product outlives the history.
///
/// **Sold before the history.** A sale in period 0 means the product was on sale before the
/// history began (a left-censored life): its launch is 0 and its adopters so far are unknown.
struct LifeSpan: Sendable, Hashable {
    static let minimumTrailingZeros = 8
    static let intervalMultiple = 3.0

    /// The first period with a sale.
    let launch: Int
    /// The first period after the life, or nil.
    let endOfLife: Int?
    /// Periods of the history.
    let periods: Int

    /// nil when no period has a sale.
    init?(sales: [Double]) {
        guard let first = sales.firstIndex(where: { $0 > 0 }),
              let last = sales.lastIndex(where: { $0 > 0 }) else { return nil }
        let withSales = sales[first...last].reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        let interval = Double(last - first + 1) / Double(withSales)
        let needed = max(Self.minimumTrailingZeros, Int((Self.intervalMultiple * interval).rounded(.up)))
        launch = first
        endOfLife = sales.count - 1 - last >= needed ? last + 1 : nil
        periods = sales.count
    }

    /// Whether the product sold in period 0 (on sale before the history began).
    var soldBeforeHistory: Bool { launch == 0 }

    /// The live periods: launch ..< end of life (or the end of the history).
    var live: Range<Int> { launch..<(endOfLife ?? periods) }
}

/// The live periods of a product, as every fit reads them.
struct LiveSeries: Sendable {
    /// Units sold per live period.
    let sold: [Double]
    /// Demand per live period: the sales, unconstrained where censored.
    let demand: [Double]
    let censored: [Bool]
    let multiplier: [Double]
    /// A_t: the units sold before live period t (what Bass adoption has grown by).
    let adopters: [Double]
    /// Units sold over the live periods.
    let totalSold: Double

    init(sold: [Double], demand: [Double], censored: [Bool], multiplier: [Double]) {
        self.sold = sold
        self.demand = demand
        self.censored = censored
        self.multiplier = multiplier
        var running = 0.0
        adopters = sold.map { value in
            defer { running += value }
            return running
        }
        totalSold = running
    }

    var count: Int { sold.count }
    /// Live periods with a sale.
    var nonZeroCount: Int { sold.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }
    /// Σ demand, units.
    var totalDemand: Double { demand.reduce(0, +) }

    /// baseline × multiplier, per live period.
    func means(_ baseline: [Double]) -> [Double] {
        zip(baseline, multiplier).map { $0 * $1 }
    }

    /// Σ (demand − baseline × multiplier)², units².
    func sumOfSquares(_ baseline: [Double]) -> Double {
        var total = 0.0
        for t in demand.indices {
            let residual = demand[t] - baseline[t] * multiplier[t]
            total += residual * residual
        }
        return total
    }
}
