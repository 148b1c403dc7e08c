/// How the statistics of a fidelity comparison are taken.
public struct FidelityOptions: Codable, Equatable, Sendable {
    /// The season length m in periods (12 for monthly data with a yearly season, 52 for weekly,
    /// 7 for daily data with a weekly one), ≥ 1: the lag of the seasonal autocorrelation.
    public var seasonLength: Int
    /// Width in periods of the centred moving average the peak position is read from; odd, ≥ 1.
    public var peakWidth: Int

    /// The default peak width, 5 periods: wide enough that one outlying period does not decide
    /// the peak, narrow enough to keep a short lifecycle's shape.
    public static let defaultPeakWidth = 5

    public init(seasonLength: Int, peakWidth: Int = FidelityOptions.defaultPeakWidth) {
        self.seasonLength = seasonLength
        self.peakWidth = peakWidth
    }

    func validate() throws(FidelityError) {
        guard seasonLength >= 1 else { throw .invalidOption(field: "seasonLength", value: seasonLength, problem: "must be at least 1 period") }
        guard peakWidth >= 1, peakWidth % 2 == 1 else {
            throw .invalidOption(field: "peakWidth", value: peakWidth, problem: "must be an odd number of periods, at least 1")
        }
    }
}
