/// Croston's recursions (Croston 1972): exponential smoothing of the non-zero demand sizes and,
/// separately, of the intervals between demands, both updated only in periods with demand.
///
/// With z the smoothed size and x the smoothed interval (periods), a demand y > 0 arriving q
/// periods after the previous one moves them to
///
///     z ← z + α_z (y − z),    x ← x + α_x (q − x),
///
/// and the forecast of every future period is `factor`·z/x units (factor 1 for Croston,
/// 1 − α_x/2 for the Syntetos–Boylan approximation). Periods without demand change neither.
///
/// **Start.** z starts at the first demand size. The first interval is censored: the time since
/// the demand before the history began is unknown (a history that starts at a product's first
/// sale would make it 1 period, an optimistic guess that overstates demand). So x starts at the
/// first *complete* interval, between the first two demands; until one is seen, the interval
/// counted from the start of the history stands in. statsforecast smooths the censored interval
/// too; see ``CrostonModel`` for what the difference is worth. Before the first demand there is
/// no forecast.
public struct CrostonState: IntermittentState {
    /// Weight of the size smoothing, in (0, 1].
    public let sizeWeight: Double
    /// Weight of the interval smoothing, in (0, 1].
    public let intervalWeight: Double
    /// The forecast's multiplier (1, or 1 − α_x/2 for SBA), > 0.
    public let factor: Double
    /// The smoothed demand size z, units; nil before the first demand.
    public private(set) var size: Double?
    /// The smoothed interval x, periods ≥ 1; nil before the first complete interval.
    public private(set) var interval: Double?
    /// Periods from the start of the history to the first demand (the censored interval).
    public private(set) var censoredInterval: Double = 0
    /// Periods since the last demand (or since the start of the history before any).
    public private(set) var periodsSinceDemand: Double = 0

    public init(sizeWeight: Double, intervalWeight: Double, factor: Double) {
        self.sizeWeight = sizeWeight
        self.intervalWeight = intervalWeight
        self.factor = factor
    }

    public var forecast: Double? {
        guard let size else { return nil }
        return factor * size / max(1, interval ?? censoredInterval)
    }

    public mutating func observe(_ value: Double) {
        periodsSinceDemand += 1
        guard value > 0 else { return }
        if let size {
            self.size = size + sizeWeight * (value - size)
            interval = interval.map { $0 + intervalWeight * (periodsSinceDemand - $0) } ?? periodsSinceDemand
        } else {
            size = value
            censoredInterval = periodsSinceDemand
        }
        periodsSinceDemand = 0
    }
}
