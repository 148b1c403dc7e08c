/// How one smoothing weight of an intermittent-demand model (Croston's size or interval weight,
/// TSB's demand or probability weight, the weight of SES on aggregated buckets) is chosen.
public enum SmoothingWeight: Hashable, Codable, Sendable {
    /// This weight, in (0, 1].
    case fixed(Double)
    /// Fitted by least squares within ``SmoothingWeight/fittedBounds`` (see
    /// `SmoothingWeight+LeastSquares.swift`).
    case leastSquares

    /// The bounds of a fitted weight: 0.1…0.3, the range recommended for intermittent demand
    /// (Syntetos & Boylan 2005 use 0.05–0.2; statsforecast's optimised Croston, ADIDA and IMAPA
    /// search 0.1–0.3). Weights above 0.3 chase single lumps of demand; below 0.1 they hardly
    /// follow a lifecycle.
    public static let fittedBounds: ClosedRange<Double> = 0.1...0.3

    /// The weight for `values`: the fixed one, or the least-squares fit to them.
    func resolved(for values: ArraySlice<Double>) -> Double {
        switch self {
        case let .fixed(weight): return weight
        case .leastSquares: return Self.leastSquaresWeight(values, bounds: Self.fittedBounds)
        }
    }

    /// Checks a fixed weight lies in (0, 1].
    func validated(_ what: String) -> SmoothingWeight {
        if case let .fixed(weight) = self {
            precondition(weight > 0 && weight <= 1, "\(what) must lie in (0, 1], got \(weight)")
        }
        return self
    }
}
