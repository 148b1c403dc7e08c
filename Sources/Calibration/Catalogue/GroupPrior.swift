import Forecasting
import Foundation

/// A group's pooled lifecycle: the prior each product's Bass fit is shrunk towards.
enum GroupPrior {
    /// Bass fits a group needs before its centre means more than the literature's weak prior.
    static let minimumBassFits = 3
    /// The narrowest spread of logit p and logit q allowed: a group of near-identical launches
    /// still leaves each product a factor of about e^0.3 ≈ 1.35 of its own.
    static let minimumLogitSpread = 0.3

    /// The centre (median logit p and q) and spread (their standard deviation, at least
    /// ``minimumLogitSpread``) of the group's Bass fits, with the noise most of its products
    /// have (the median dispersion when that is negative binomial); nil when fewer than
    /// ``minimumBassFits`` products chose Bass.
    static func lifecycle(_ fits: [LifecycleFit]) -> LifecyclePrior? {
        let curves: [(Double, Double)] = fits.compactMap { fit in
            guard case let .bass(_, p, q) = fit.model else { return nil }
            return (BassLifecycleFit.logit(p), BassLifecycleFit.logit(q))
        }
        guard curves.count >= minimumBassFits else { return nil }
        let (p, q) = (curves.map(\.0), curves.map(\.1))
        let spread = max((standardDeviation(p) + standardDeviation(q)) / 2, minimumLogitSpread)
        return LifecyclePrior(innovation: BassLifecycleFit.logistic(median(p)), imitation: BassLifecycleFit.logistic(median(q)),
                              logitSpread: spread, noise: noise(fits))
    }

    /// Negative binomial with the median dispersion of the products that have one, when they
    /// are the majority; otherwise Poisson.
    static func noise(_ fits: [LifecycleFit]) -> NoiseFit? {
        let dispersions = fits.compactMap { fit -> Double? in
            if case let .negativeBinomial(k) = fit.noise { return k }
            return nil
        }
        guard dispersions.count * 2 > fits.count else { return nil }
        return .negativeBinomial(dispersion: median(dispersions))
    }

    /// The median (type 7) of a non-empty sample.
    static func median(_ values: [Double]) -> Double {
        OrderStatistics.typeSeven(0.5, ofSorted: values.sorted()[...]) ?? 0
    }

    static func standardDeviation(_ values: [Double]) -> Double {
        guard values.count > 1 else { return 0 }
        let mean = values.reduce(0, +) / Double(values.count)
        return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)).squareRoot()
    }
}
