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
        var products: [ProductComparison] = []
        for product in real.indices {
            products.append(try ProductComparison(real: real[product], simulated: simulate(product), product: product,
                                                  replications: replications, options: options))
        }
        try self.init(real: real, products: products, options: options)
    }

    /// Compares `real` with each product's simulated side, computed apart (on any thread, see
    /// ``ProductComparison``), in product order.
    /// - Throws: ``FidelityError`` naming the first option, shape or value that is wrong.
    public init(real: [[Double]], products: [ProductComparison], options: FidelityOptions) throws(FidelityError) {
        let replications = products.first?.statistics.count ?? 0
        try Self.check(real: real, replications: replications, options: options)
        guard products.count == real.count else {
            throw .productCountMismatch(replication: 0, expected: real.count, found: products.count)
        }
        for (product, comparison) in products.enumerated() where comparison.statistics.count != replications {
            throw .replicationCountMismatch(product: product, expected: replications, found: comparison.statistics.count)
        }
        let realStatistics = real.map { SeriesStatistics(series: $0, seasonLength: options.seasonLength, peakWidth: options.peakWidth) }
        let comparisons = SeriesStatistic.allCases.map { statistic in
            StatisticComparison(statistic, real: realStatistics.map { $0[statistic] },
                                simulated: products.flatMap { $0.statistics.map { $0[statistic] } })
        }
        self.real = realStatistics
        self.realSeries = real
        self.simulated = (0..<replications).map { replication in products.map { $0.statistics[replication] } }
        self.bands = products.map(\.band)
        let inside = bands.reduce(0) { $0 + $1.periodsInside }
        let periods = real.reduce(0) { $0 + $1.count }
        summary = FidelitySummary(
            options: options, products: real.count, replications: replications, statistics: comparisons,
            periodsInside: inside, periods: periods, bandCoverage: periods == 0 ? nil : Double(inside) / Double(periods)
        )
    }

    /// One product's simulated side of the comparison: its band and each replication's
    /// statistics. Computed from that product alone, so products can be compared in parallel
    /// and their series dropped as soon as this is made.
    public struct ProductComparison: Sendable {
        public let band: ProductBand
        /// One per replication, in replication order.
        public let statistics: [SeriesStatistics]

        /// - Parameters:
        ///   - real: the product's real series; `simulated` one series per replication, as long.
        ///   - product: its index, named in errors.
        /// - Throws: ``FidelityError`` for a replication count other than `replications`, a
        ///   series of another length or a value that is not a finite number ≥ 0.
        public init(real: [Double], simulated: [[Double]], product: Int, replications: Int,
                    options: FidelityOptions) throws(FidelityError) {
            try FidelityResult.check(simulated, of: product, real: real, replications: replications)
            band = ProductBand(real: real, replications: simulated)
            statistics = simulated.map { SeriesStatistics(series: $0, seasonLength: options.seasonLength, peakWidth: options.peakWidth) }
        }
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
    fileprivate static func check(_ series: [[Double]], of product: Int, real: [Double], replications: Int) throws(FidelityError) {
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
