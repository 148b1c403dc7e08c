/// The pinball (quantile) loss of a p-quantile forecast q against the actual value y:
/// p·(y − q) when y ≥ q, else (1 − p)·(q − y), in units (Koenker & Bassett 1978; the M5
/// uncertainty competition scores the same loss). Its mean over periods is minimised by the
/// true p-quantile, so it rewards calibrated and sharp quantiles alike.
public enum PinballLoss {
    /// The loss of quantile `q` at level `p` (0 < p < 1) against `actual`.
    @inlinable @inline(__always)
    public static func loss(level p: Double, quantile q: Double, actual: Double) -> Double {
        let difference = actual - q
        return difference >= 0 ? p * difference : (p - 1) * difference
    }
}

/// A one-period forecast's quantiles at the ``levels`` a backtest scores: the median and the
/// ends of the central 80% and 95% intervals, the quantiles `sellthrough evaluate` scores by
/// default (its `--levels 80,95`). Five stored values, so keeping one per period allocates
/// nothing.
public struct ScoredQuantiles: Hashable, Sendable {
    /// The levels, ascending: 2.5%, 10%, 50%, 90%, 97.5%.
    public static let levels: [Double] = [0.025, 0.1, 0.5, 0.9, 0.975]

    public var p025: Double
    public var p10: Double
    public var p50: Double
    public var p90: Double
    public var p975: Double

    /// The quantiles `quantile(p)` of a forecast at each of ``levels``, in units.
    @inlinable @inline(__always)
    public init(_ quantile: (Double) -> Double) {
        p025 = quantile(0.025)
        p10 = quantile(0.1)
        p50 = quantile(0.5)
        p90 = quantile(0.9)
        p975 = quantile(0.975)
    }

    /// A point mass at `value`: every quantile equals it (a forecast without a spread).
    @inlinable
    public init(all value: Double) {
        self.init { _ in value }
    }

    /// The mean over ``levels`` of the pinball loss against `actual`, in units.
    @inlinable @inline(__always)
    public func meanPinballLoss(actual: Double) -> Double {
        (PinballLoss.loss(level: 0.025, quantile: p025, actual: actual)
            + PinballLoss.loss(level: 0.1, quantile: p10, actual: actual)
            + PinballLoss.loss(level: 0.5, quantile: p50, actual: actual)
            + PinballLoss.loss(level: 0.9, quantile: p90, actual: actual)
            + PinballLoss.loss(level: 0.975, quantile: p975, actual: actual)) / 5
    }
}
