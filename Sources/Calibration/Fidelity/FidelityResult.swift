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
        try options.validate()
        try Self.validate(real: real, simulated: simulated)
        let statistics = { (series: [Double]) in
            SeriesStatistics(series: series, seasonLength: options.seasonLength, peakWidth: options.peakWidth)
        }
        let realStatistics = real.map(statistics)
        let simulatedStatistics = simulated.map { $0.map(statistics) }
        let bands = real.indices.map { product in
            ProductBand(real: real[product], replications: simulated.map { $0[product] })
        }
        let flatSimulated = simulatedStatistics.flatMap { $0 }
        let comparisons = SeriesStatistic.allCases.map { statistic in
            StatisticComparison(statistic, real: realStatistics.map { $0[statistic] }, simulated: flatSimulated.map { $0[statistic] })
        }
        self.real = realStatistics
        self.realSeries = real
        self.simulated = simulatedStatistics
        self.bands = bands
        let inside = bands.reduce(0) { $0 + $1.periodsInside }
        let periods = real.reduce(0) { $0 + $1.count }
        summary = FidelitySummary(
            options: options, products: real.count, replications: simulated.count, statistics: comparisons,
            periodsInside: inside, periods: periods, bandCoverage: periods == 0 ? nil : Double(inside) / Double(periods)
        )
    }

    private static func validate(real: [[Double]], simulated: [[[Double]]]) throws(FidelityError) {
        guard !real.isEmpty else { throw .noProducts }
        guard !simulated.isEmpty else { throw .noReplications }
        for (product, series) in real.enumerated() {
            try checkValues(series) { "real[\(product)][\($0)]" }
        }
        for (replication, catalogue) in simulated.enumerated() {
            guard catalogue.count == real.count else {
                throw .productCountMismatch(replication: replication, expected: real.count, found: catalogue.count)
            }
            for (product, series) in catalogue.enumerated() {
                guard series.count == real[product].count else {
                    throw .lengthMismatch(replication: replication, product: product, expected: real[product].count, found: series.count)
                }
                try checkValues(series) { "simulated[\(replication)][\(product)][\($0)]" }
            }
        }
    }

    private static func checkValues(_ series: [Double], path: (Int) -> String) throws(FidelityError) {
        if let period = series.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw .invalidDemand(path: path(period), value: series[period])
        }
    }
}
