/// The recursions of Teunter, Syntetos & Babai (2011): the probability of demand is smoothed
/// every period, the demand size only in periods with demand.
///
/// With p the smoothed probability of a period having demand and z the smoothed size (units),
/// a period with demand y moves them to
///
///     p ← p + α_p (1 − p),    z ← z + α_d (y − z),
///
/// a period without demand to p ← p + α_p (0 − p) (z unchanged), and the forecast of every future
/// period is p·z units. Unlike Croston's, the forecast decays through a run of zeros, so an
/// obsolete item's forecast goes towards 0.
///
/// **Start.** p starts at the first period's indicator (1 if it had demand, else 0) and z at the
/// first demand size, as in statsforecast. Before the first demand the forecast is 0 (p·z with
/// no size yet): an all-zero history forecasts 0.
public struct TSBState: IntermittentState {
    /// Weight of the size smoothing α_d, in (0, 1].
    public let sizeWeight: Double
    /// Weight of the probability smoothing α_p, in (0, 1].
    public let probabilityWeight: Double
    /// The smoothed probability of demand p, in [0, 1]; nil before the first period.
    public private(set) var probability: Double?
    /// The smoothed demand size z, units; nil before the first demand.
    public private(set) var size: Double?

    public init(sizeWeight: Double, probabilityWeight: Double) {
        self.sizeWeight = sizeWeight
        self.probabilityWeight = probabilityWeight
    }

    public var forecast: Double? {
        guard let probability else { return nil }
        return probability * (size ?? 0)
    }

    public mutating func observe(_ value: Double) {
        let occurred: Double = value > 0 ? 1 : 0
        probability = probability.map { $0 + probabilityWeight * (occurred - $0) } ?? occurred
        guard value > 0 else { return }
        size = size.map { $0 + sizeWeight * (value - $0) } ?? value
    }
}
