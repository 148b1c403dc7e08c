import Backtest
import Evaluation

/// How much worse (or better) a forecaster's RMSSE is than a reference forecaster's, paired
/// over series: on each series where both have a per-series RMSSE (``SeriesScore/rmsse``, the
/// mean over its scored windows), the difference d_s = RMSSE_forecaster − RMSSE_reference is
/// free of how hard that series is, and the mean of d_s over the n series with a 95% interval
/// d̄ ± t₀.₉₇₅,ₙ₋₁ · sd(d)/√n (Student t) says whether the gap is real or noise.
///
/// The mean of the per-series differences is close to, but not always equal to, the
/// difference of the overall RMSSEs, which average over series-windows: series with fewer
/// scored windows weigh more here.
public struct PairedDifference: Sendable, Equatable {
    public var forecaster: String
    /// Series on which both had an RMSSE.
    public var pairs: Int
    /// Mean of d_s (NaN without pairs).
    public var mean: Double
    /// The 95% interval of the mean; nil with fewer than two pairs.
    public var interval: ClosedRange<Double>?

    /// What the interval says about the forecaster against the reference.
    public enum Verdict: String, Sendable {
        case worse, better, indistinguishable, unknown
    }

    public var verdict: Verdict {
        guard let interval else { return .unknown }
        if interval.lowerBound > 0 { return .worse }
        if interval.upperBound < 0 { return .better }
        return .indistinguishable
    }

    /// Every forecaster of `labels` against `reference`, in the order of `labels` (the
    /// reference's own row has no pairs).
    public static func differences(_ scores: [SeriesScore], labels: [String], reference: String) -> [PairedDifference] {
        var bySeries: [String: [String: Double]] = [:]
        var order: [String] = []
        for score in scores where score.rmsse.isFinite {
            if bySeries[score.uniqueID] == nil { order.append(score.uniqueID) }
            bySeries[score.uniqueID, default: [:]][score.forecaster] = score.rmsse
        }
        return labels.map { label in
            var statistic = RunningStatistic()
            if label != reference {
                for id in order {
                    guard let own = bySeries[id]?[label], let base = bySeries[id]?[reference] else { continue }
                    statistic.add(own - base)
                }
            }
            return PairedDifference(forecaster: label, pairs: statistic.count,
                                    mean: statistic.count > 0 ? statistic.mean : .nan, interval: statistic.confidenceInterval95)
        }
    }
}
