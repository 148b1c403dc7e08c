/// A real sales history compared with simulated replications of a scenario fitted to it: the
/// summary the report states, the per-product bands it draws, and every series' statistics for
/// drawing their distributions.
public struct FidelityResult: Sendable {
    public let summary: FidelitySummary
    /// One band per real product, in the input's order.
    public let bands: [ProductBand]
    /// The real series compared, units per period, in product order.
    public let realSeries: [[Double]]
    /// The statistics of each real series, in product order.
    public let real: [SeriesStatistics]
    /// The statistics of each simulated series, [replication][product].
    public let simulated: [[SeriesStatistics]]

    /// Compares `real` (one series per product, units per period, each value finite and ≥ 0)
    /// with `simulated` ([replication][product][period], every replication holding one series
    /// per real product, as long as that product's real series).
    /// - Throws: ``FidelityError`` naming the first option, shape or value that is wrong.
    public init(real: [[Double]], simulated: [[[Double]]], options: FidelityOptions) throws(FidelityError) {
        guard !simulated.isEmpty else { throw .noReplications }
        for (replication, catalogue) in simulated.enumerated() where catalogue.count != real.count {
            throw .productCountMismatch(replication: replication, expected: real.count, found: catalogue.count)
        }
        try self.init(real: real, replications: simulated.count, options: options) { product in
            simulated.map { $0[product] }
        }
    }

    /// Compares `real` with `replications` simulated series per product, asked for one product
    /// at a time: `simulate(p)` returns product p's series, one per replication, in replication
    /// order. Only the statistics and the band of each product are kept, so memory grows with
    /// products × replications statistics, not with their periods.
    /// - Throws: ``FidelityError`` naming the first option, shape or value that is wrong.
    public init(real: [[Double]], replications: Int, options: FidelityOptions,
                simulate: (Int) -> [[Double]]) throws(FidelityError) {
        try Self.check(real: real, replications: replications, options: options)
        let statistics = { (series: [Double]) in
            SeriesStatistics(series: series, seasonLength: options.seasonLength, peakWidth: options.peakWidth)
        }
        var bands: [ProductBand] = []
        var byProduct: [[SeriesStatistics]] = []
        for product in real.indices {
            let series = simulate(product)
            try Self.check(series, of: product, real: real[product], replications: replications)
            bands.append(ProductBand(real: real[product], replications: series))
            byProduct.append(series.map(statistics))
        }
        let realStatistics = real.map(statistics)
        let simulatedStatistics = (0..<replications).map { replication in byProduct.map { $0[replication] } }
        let comparisons = SeriesStatistic.allCases.map { statistic in
            StatisticComparison(statistic, real: realStatistics.map { $0[statistic] },
                                simulated: byProduct.flatMap { $0.map { $0[statistic] } })
        }
        self.real = realStatistics
        self.realSeries = real
        self.simulated = simulatedStatistics
        self.bands = bands
        let inside = bands.reduce(0) { $0 + $1.periodsInside }
        let periods = real.reduce(0) { $0 + $1.count }
        summary = FidelitySummary(
            options: options, products: real.count, replications: replications, statistics: comparisons,
            periodsInside: inside, periods: periods, bandCoverage: periods == 0 ? nil : Double(inside) / Double(periods)
        )
    }

    /// Options, the real catalogue and the replication count.
    private static func check(real: [[Double]], replications: Int, options: FidelityOptions) throws(FidelityError) {
        try options.validate()
        guard !real.isEmpty else { throw .noProducts }
        guard replications > 0 else { throw .noReplications }
        for (product, series) in real.enumerated() {
            try checkValues(series) { "real[\(product)][\($0)]" }
        }
    }

    /// One product's simulated series: one per replication, as long as the real one.
    private static func check(_ series: [[Double]], of product: Int, real: [Double], replications: Int) throws(FidelityError) {
        guard series.count == replications else {
            throw .replicationCountMismatch(product: product, expected: replications, found: series.count)
        }
        for (replication, values) in series.enumerated() {
            guard values.count == real.count else {
                throw .lengthMismatch(replication: replication, product: product, expected: real.count, found: values.count)
            }
            try checkValues(values) { "simulated[\(replication)][\(product)][\($0)]" }
        }
    }

    private static func checkValues(_ series: [Double], path: (Int) -> String) throws(FidelityError) {
        if let period = series.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw .invalidDemand(path: path(period), value: series[period])
        }
    }
}
