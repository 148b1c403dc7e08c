import Forecasting

/// Every ``SeriesStatistic`` of one demand series. A value type with one optional per
/// statistic: nil where the statistic is undefined for this series, as each case documents.
public struct SeriesStatistics: Equatable, Sendable {
    public var mean: Double?
    public var cvSquared: Double?
    public var averageInterDemandInterval: Double?
    public var zeroShare: Double?
    public var peakPosition: Double?
    public var lag1Autocorrelation: Double?
    public var seasonalAutocorrelation: Double?

    /// The statistics of `series` (units per period, each ≥ 0 and finite; the caller checks),
    /// with season length `seasonLength` (periods, ≥ 1) and the peak found on a centred moving
    /// average `peakWidth` periods wide (odd, ≥ 1).
    public init(series: [Double], seasonLength: Int, peakWidth: Int) {
        let n = series.count
        mean = n == 0 ? nil : series.reduce(0, +) / Double(n)
        zeroShare = n == 0 ? nil : Double(series.count { $0 == 0 }) / Double(n)
        let sizes = DemandOccurrences(series)
        cvSquared = sizes.cvSquared
        averageInterDemandInterval = sizes.averageInterval
        peakPosition = PeakPosition.of(series, width: peakWidth)
        let correlations = Autocorrelation(series)
        lag1Autocorrelation = correlations?.at(lag: 1)
        seasonalAutocorrelation = correlations?.at(lag: seasonLength)
    }

    /// The value of `statistic`, nil where undefined.
    public subscript(statistic: SeriesStatistic) -> Double? {
        switch statistic {
        case .mean: mean
        case .cvSquared: cvSquared
        case .averageInterDemandInterval: averageInterDemandInterval
        case .zeroShare: zeroShare
        case .peakPosition: peakPosition
        case .lag1Autocorrelation: lag1Autocorrelation
        case .seasonalAutocorrelation: seasonalAutocorrelation
        }
    }
}
