/// What the fidelity report states about a fitted scenario, as numbers: per statistic, the real
/// against the simulated distribution over the catalogue, and how much of the real history
/// falls inside the simulated 10–90% bands.
///
/// Codable and deterministic: the same inputs give the same values in the same order
/// (``statistics`` follows ``SeriesStatistic/allCases``), so an encoder with sorted keys writes
/// the same bytes.
public struct FidelitySummary: Codable, Equatable, Sendable {
    /// The options the statistics were taken with.
    public let options: FidelityOptions
    /// Real products, and simulated replications of the whole catalogue.
    public let products: Int
    public let replications: Int
    /// One comparison per statistic, in ``SeriesStatistic/allCases`` order.
    public let statistics: [StatisticComparison]
    /// Real product-periods inside their product's 10–90% band, and all real product-periods.
    public let periodsInside: Int
    public let periods: Int
    /// periodsInside / periods over the catalogue, in 0…1 (near 0.8 when faithful; see
    /// ``ProductBand`` for why count data can read higher); nil when there are no periods.
    public let bandCoverage: Double?

    /// The comparison of `statistic`; every statistic has one.
    public func comparison(of statistic: SeriesStatistic) -> StatisticComparison? {
        statistics.first { $0.statistic == statistic }
    }
}
