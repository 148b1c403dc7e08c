import Foundation
import GSL

/// The Kaplan–Meier (product-limit) estimate of a demand distribution from exact observations
/// and observations known only to be at least some value (Kaplan & Meier 1958; for lost-sales
/// inventory, Nahmias 1994).
///
/// A censored observation at s says D ≥ s. The hazard at a value u, h(u) = P(D = u | D ≥ u), is
/// estimated as (exact observations at u) / (exact observations ≥ u + censored observations at
/// values > u): an observation censored at s is at risk at every value below s, and at s itself
/// it says nothing (D = s and D > s are both possible), so it is not counted there. This is the
/// nonparametric maximum likelihood estimate for observations of the form D ≥ s (Turnbull 1976
/// for right-censoring at s⁻). The mass at u is S(u⁻)·h(u), with S(u⁻) = Π over exact values
/// v < u of (1 − h(v)).
///
/// **Tail rule.** When a censored observation lies above the largest exact value u_max, the
/// estimate leaves mass S(u_max) > 0 unplaced, and E[D | D ≥ s] for s near or beyond u_max
/// depends on where it goes. It is placed under a normal N(μ, σ) fitted to the estimate's
/// placed part by a probability plot (regression on order statistics, Helsel & Cohn 1988):
/// each exact value u_j against the standard normal quantile of its mid-jump plotting position
/// 1 − S(u_j⁻) + mass_j/2, least squares weighted by mass_j. Beyond u_max, D follows that
/// normal truncated below: E[D | D ≥ s] = μ + σ·φ(z)/(1 − Φ(z)), z = (s − μ)/σ (no continuity
/// correction, so sales need not be whole). Demand of a product is roughly symmetric around a
/// local level, and a constant-hazard tail (Brown, Hollander & Korwar 1974) overshoots it by
/// far when every period that reached the stock is censored (docs/censoring.md). With fewer
/// than two distinct exact values, or a fitted σ ≤ 0, that exponential tail is the fallback:
/// D − u_max exponential with mean θ = max(u_max, 1)/(−ln S(u_max)).
struct ProductLimitDistribution: Hashable {
    /// The distinct exact values, ascending, and the mass at each.
    let values: [Double]
    let masses: [Double]
    /// Mass beyond the largest exact value: S(u_max), 0 unless a censored value lies above it.
    let tailMass: Double
    /// The law of the tail (``Tail/none`` when S(u_max) = 0).
    let tail: Tail

    /// Where the mass beyond the largest exact value goes.
    enum Tail: Hashable {
        case none
        /// A normal N(mean, sd) truncated below.
        case normal(mean: Double, sd: Double)
        /// u_max + an exponential with this mean excess.
        case exponential(excess: Double)
    }

    /// The estimate from `exact` values and values `censoredAt` (D ≥ each); nil without an
    /// exact value (nothing then bounds the distribution).
    init?(exact: [Double], censoredAt: [Double]) {
        guard !exact.isEmpty else { return nil }
        let exact = exact.sorted()
        let censored = censoredAt.sorted()
        var values: [Double] = []
        var masses: [Double] = []
        var survival = 1.0
        var index = 0
        var censoredAtOrBelow = 0
        while index < exact.count {
            let value = exact[index]
            var deaths = 0
            while index + deaths < exact.count, exact[index + deaths] == value { deaths += 1 }
            while censoredAtOrBelow < censored.count, censored[censoredAtOrBelow] <= value { censoredAtOrBelow += 1 }
            let atRisk = (exact.count - index) + (censored.count - censoredAtOrBelow)
            let hazard = Double(deaths) / Double(atRisk)
            values.append(value)
            masses.append(survival * hazard)
            survival *= 1 - hazard
            index += deaths
        }
        self.values = values
        self.masses = masses
        // Rounding can leave a crumb of survival when the last hazard is 1; only a censored
        // value above the largest exact one leaves a real tail.
        let hasTail = censoredAtOrBelow < censored.count && survival > 0
        tailMass = hasTail ? survival : 0
        if !hasTail {
            tail = .none
        } else if let (mean, sd) = Self.normalFit(values: values, masses: masses), sd > 0 {
            tail = .normal(mean: mean, sd: sd)
        } else {
            tail = .exponential(excess: max(values[values.count - 1], 1) / -log(survival))
        }
    }

    /// μ and σ of the weighted regression of the values on the normal quantiles of their
    /// mid-jump plotting positions; nil with fewer than two distinct values. With 0 among the
    /// values and at least two positive ones, the plot is of the positive values alone, at the
    /// plotting positions of D | D > 0: the tail continues the size of demand when there is any,
    /// and an intermittent series' mass at 0 would drag a normal through all values far below
    /// it.
    static func normalFit(values: [Double], masses: [Double]) -> (Double, Double)? {
        let positive = values.count >= 3 && values[0] == 0
        let start = positive ? 1 : 0
        guard values.count - start >= 2 else { return nil }
        let scale = positive ? 1 - masses[0] : 1
        var below = 0.0
        var points: [(z: Double, u: Double, w: Double)] = []
        for (value, mass) in zip(values[start...], masses[start...]) {
            points.append((StandardNormal.quantile(below + mass / scale / 2), value, mass))
            below += mass / scale
        }
        let weight = points.reduce(0) { $0 + $1.w }
        let zBar = points.reduce(0) { $0 + $1.w * $1.z } / weight
        let uBar = points.reduce(0) { $0 + $1.w * $1.u } / weight
        let sxx = points.reduce(0) { $0 + $1.w * ($1.z - zBar) * ($1.z - zBar) }
        let sxy = points.reduce(0) { $0 + $1.w * ($1.z - zBar) * ($1.u - uBar) }
        guard sxx > 0 else { return nil }
        let sd = sxy / sxx
        return (uBar - sd * zBar, sd)
    }

    /// Whether some mass lies beyond the largest exact value (placed by the tail rule).
    var hasTail: Bool { tailMass > 0 }

    /// E[D], tail included.
    var mean: Double { conditionalMean(atLeast: -Double.infinity) }

    /// E[D | D ≥ s]: the mean of the exact values ≥ s and of the tail (counted at its own
    /// mean beyond u_max), weighted by their mass; the tail law's E[D | D ≥ s] when s lies
    /// beyond the largest exact value. With no mass at or above s (no tail, s above every exact
    /// value), s itself: the observation is the only evidence.
    func conditionalMean(atLeast s: Double) -> Double {
        let largest = values[values.count - 1]
        if s > largest { return tailMean(atLeast: s) }
        var weight = tailMass
        var sum = tailMass * tailMean(atLeast: largest)
        for (value, mass) in zip(values, masses) where value >= s {
            weight += mass
            sum += mass * value
        }
        return weight > 0 ? sum / weight : s
    }

    /// E[D | D ≥ s] under the tail law, at least s; s without a tail.
    func tailMean(atLeast s: Double) -> Double {
        switch tail {
        case .none:
            return s
        case let .exponential(excess):
            return s + excess
        case let .normal(mean, sd):
            let z = (s - mean) / sd
            let upper = StandardNormal.complementaryCDF(z)
            // Far in the tail φ/(1 − Φ) ≈ z + 1/z; the ratio itself would be 0/0.
            let hazard = upper > 1e-300 ? StandardNormal.density(z) / upper : z + 1 / z
            return max(s, mean + sd * hazard)
        }
    }
}
