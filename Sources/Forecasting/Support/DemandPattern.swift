/// The demand classes of Syntetos, Boylan & Croston (2005, "On the categorization of demand
/// patterns", JORS 56): how often a product sells and how much its sales vary when it does.
///
/// From a sales history counted from its first sale: ADI, the mean interval between selling
/// periods (periods ÷ selling periods, ≥ 1), and CV², the squared coefficient of variation of
/// the non-zero sales (population variance ÷ mean²; 0 with one sale). The cut-offs 1.32 and
/// 0.49 are theirs:
///
/// | | CV² ≤ 0.49 | CV² > 0.49 |
/// |---|---|---|
/// | ADI ≤ 1.32 | smooth | erratic |
/// | ADI > 1.32 | intermittent | lumpy |
public enum DemandPattern: String, CaseIterable, Sendable {
    case smooth, erratic, intermittent, lumpy

    /// Demand is intermittent when the mean interval between selling periods exceeds this (periods).
    public static let intervalThreshold = 1.32
    /// Sizes are erratic when their squared coefficient of variation exceeds this.
    public static let variationThreshold = 0.49

    /// The class of `history` (oldest first), or nil when it has no sale.
    public init?(history: ArraySlice<Double>) {
        let occurrences = DemandOccurrences(history)
        guard let interval = occurrences.averageInterval, let variation = occurrences.cvSquared else { return nil }
        switch (interval > Self.intervalThreshold, variation > Self.variationThreshold) {
        case (false, false): self = .smooth
        case (false, true): self = .erratic
        case (true, false): self = .intermittent
        case (true, true): self = .lumpy
        }
    }
}
