/// What an evaluation computes besides the mean forecast: central prediction intervals and
/// quantiles for the pinball loss.
public struct ForecastQuestions: Sendable, Hashable, Codable {
    /// Central interval levels in percent, each in (0, 100), ascending ("80" → the 10% and 90%
    /// quantiles).
    public var levels: [Double]
    /// Quantile levels for the pinball loss, each in (0, 1), ascending.
    public var quantiles: [Double]

    /// - Parameter quantiles: nil for the median and both ends of every interval.
    public init(levels: [Double], quantiles: [Double]? = nil) {
        self.levels = Array(Set(levels)).sorted()
        let ends = self.levels.flatMap { [(100 - $0) / 200, (100 + $0) / 200] }
        self.quantiles = Array(Set(quantiles ?? ([0.5] + ends))).sorted()
    }

    /// The lower and upper quantile levels of the interval at `level` percent.
    public static func bounds(level: Double) -> (lower: Double, upper: Double) {
        ((100 - level) / 200, (100 + level) / 200)
    }

    /// Checks levels and quantiles; the first problem, in words, or nil.
    public var problem: String? {
        if let bad = levels.first(where: { !($0 > 0 && $0 < 100) }) {
            return "interval level \(bad) is not between 0 and 100 (write percentages such as 80,95)"
        }
        if let bad = quantiles.first(where: { !($0 > 0 && $0 < 1) }) {
            return "quantile \(bad) is not strictly between 0 and 1"
        }
        return nil
    }

    /// The label of an interval level as statsforecast writes it: `80`, or `97.5`.
    public static func levelText(_ level: Double) -> String {
        level == level.rounded() ? String(Int(level)) : String(level)
    }
}
