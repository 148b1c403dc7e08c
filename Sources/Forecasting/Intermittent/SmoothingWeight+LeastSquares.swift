/// Least-squares fitting of a smoothing weight.
///
/// The objective is the in-sample one-step sum of squared errors of SES started at the first
/// value, Σ_{i≥1} (x_i − ℓ_{i−1})², the criterion of statsforecast's optimised Croston, ADIDA and
/// IMAPA (which search it by golden section on the same bounds).
///
/// **Which minimum.** The objective of SES is not convex in the weight, and for intermittent
/// series it often has two local minima within 0.1…0.3 whose sums of squares differ by less
/// than 0.01% (one near each bound). Which one is taken changes the forecast far more than the
/// fit. The basin is chosen as a golden-section search starts: the objective at the two golden
/// points (0.1764 and 0.2236) decides whether the minimum is sought in the lower or the upper
/// 61.8% of the bounds; the minimum there is then found properly. This reproduces
/// statsforecast's choice almost everywhere (on the 7,596 Online Retail windows, ADIDA's
/// forecasts agree with its to 1e-4 in all but 1, IMAPA's in all but 3); taking the global
/// minimum instead was measured slightly worse there (ADIDA MASE 0.7698 vs 0.7696, IMAPA
/// 0.7550 vs 0.7549).
///
/// **Search.** Within the basin, ``SmoothingWeightSearch`` (the one search of a single smoothing
/// weight, which SES's α uses too): the best of a five-point grid, refined by GSL's Brent
/// minimiser, the objective extended beyond the basin's ends so that a minimum on an end is found.
///
/// **Degenerate cases.** With fewer than three values the objective does not depend on the weight
/// (only x₁ − x₀ counts), and for a constant series it is zero everywhere: the weight is then the
/// middle of the bounds (where a golden-section search ends up, so statsforecast's answer too).
/// Values are scaled by their largest magnitude so that squares never overflow (1e200 works);
/// should GSL still refuse (ties at the grid's best point), the grid's best point stands.
extension SmoothingWeight {
    /// Points of the bracketing grid, bounds included.
    static let gridPoints = 5
    /// Brent stops when its bracket on the weight is narrower than this (GSL's Brent cannot go much
    /// below √ε·|x| ≈ 1e-9 here; a weight 1e-7 off moves a forecast by about 1e-7 of itself).
    static let weightTolerance = 1e-7

    /// The least-squares weight for `values` within `bounds`.
    static func leastSquaresWeight(_ values: ArraySlice<Double>, bounds: ClosedRange<Double>) -> Double {
        let middle = (bounds.lowerBound + bounds.upperBound) / 2
        guard values.count >= 3 else { return middle }
        var largest = 0.0
        for value in values { largest = max(largest, abs(value)) }
        guard largest > 0, largest.isFinite else { return middle }
        let scale = 1 / largest
        let objective = { (weight: Double) in sumOfSquares(values, weight: weight, scale: scale) }
        guard let basin = basin(of: objective, within: bounds) else { return middle }
        return minimum(of: objective, within: basin) ?? middle
    }

    /// The part of `bounds` the first two golden-section probes point to (nil when they tie, as
    /// for a flat objective): the lower 61.8% when the lower probe is better, else the upper.
    static func basin(of objective: (Double) -> Double, within bounds: ClosedRange<Double>) -> ClosedRange<Double>? {
        let cut = (3 - 5.0.squareRoot()) / 2 * (bounds.upperBound - bounds.lowerBound)
        let (lowerProbe, upperProbe) = (bounds.lowerBound + cut, bounds.upperBound - cut)
        let (lowerValue, upperValue) = (objective(lowerProbe), objective(upperProbe))
        if lowerValue < upperValue { return bounds.lowerBound...upperProbe }
        if upperValue < lowerValue { return lowerProbe...bounds.upperBound }
        return nil
    }

    /// The minimum of `objective` on `bounds` by ``SmoothingWeightSearch``; nil when the objective
    /// is flat on its grid.
    static func minimum(of objective: (Double) -> Double, within bounds: ClosedRange<Double>) -> Double? {
        let search = SmoothingWeightSearch(bounds: bounds, gridPoints: gridPoints, tolerance: weightTolerance)
        guard let found = search.minimum(of: objective), !found.isFlat else { return nil }
        return found.weight
    }

    /// Σ_{i≥1} (s·x_i − ℓ_{i−1})² of SES on s·x started at s·x₀.
    static func sumOfSquares(_ values: ArraySlice<Double>, weight: Double, scale: Double) -> Double {
        guard let first = values.first else { return 0 }
        var level = first * scale
        var total = 0.0
        for value in values.dropFirst() {
            let error = value * scale - level
            total += error * error
            level += weight * error
        }
        return total
    }
}
