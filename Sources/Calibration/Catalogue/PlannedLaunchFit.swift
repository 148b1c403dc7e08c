import Forecasting
import Foundation

/// The market of a product planned for launch, borrowed from its look-alikes among the products
/// launched inside the history: their Bass launch curves, weighted by similarity (category,
/// attributes, price band: ``AnalogSimilarity``), give its curve; their spread gives the
/// uncertainty a what-if draws.
///
/// The curve's m, p and q are the similarity-weighted geometric means over the ``lookAlikes``
/// most similar references (positive parameters that vary by factors, not by amounts). Each
/// gets a lognormal uncertainty whose σ is the weighted standard deviation of the references'
/// logarithms — how much launches like it differed — at least ``minimumSigma``. Seasonality is
/// the most similar reference's (its group's pooled profile); noise the weighted median
/// dispersion; elasticity the weighted mean.
public enum PlannedLaunchFit {
    /// References averaged (the analog forecaster's default).
    public static let lookAlikes = 10
    /// The smallest σ of the logarithm drawn: even identical look-alikes leave a new product
    /// uncertain by about ±10%.
    public static let minimumSigma = 0.1
    /// The largest: the lifecycle fit's own cap (a factor of e ≈ 2.7 at one standard deviation);
    /// look-alikes that differ more say more about the look-alikes than about the new product.
    public static let maximumSigma = LifecycleFitter.sigmaCap

    /// Why a planned launch cannot be calibrated.
    public enum Failure: Error, Equatable, Sendable {
        /// No product launched inside the history has a Bass launch curve to borrow.
        case noLaunchedReferences
    }

    /// The planned product's calibration, launching at `launchPeriod`.
    /// - Parameter references: the catalogue's products with their profiles and fits.
    public static func fit(_ product: ProductProfile, group: String, launchPeriod: Int,
                           references: [(profile: ProductProfile, fit: ProductCalibration)],
                           similarity: AnalogSimilarity = AnalogSimilarity()) throws(Failure) -> ProductCalibration {
        let launched = references.filter { $0.fit.launchCurve != nil }
        guard !launched.isEmpty else { throw .noLaunchedReferences }
        var scored = launched.map { (reference: $0, weight: similarity.similarity(product, $0.profile)) }
        scored.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.reference.profile.id < $1.reference.profile.id }
        var chosen = Array(scored.prefix(lookAlikes))
        var notes: [String] = []
        if chosen.allSatisfy({ $0.weight <= 0 }) {
            // Nothing in common with any reference: every launch of the catalogue counts alike.
            chosen = scored.map { ($0.reference, 1.0) }
            notes.append("no look-alike shares its category, attributes or price band: the curve of all \(chosen.count) launches in the history")
        }
        let weights = chosen.map { max($0.weight, 0) }
        let curves = chosen.compactMap { $0.reference.fit.launchCurve }
        let m = logSummary(curves.map(\.marketSize), weights)
        let p = logSummary(curves.map(\.innovation), weights)
        let q = logSummary(curves.map(\.imitation), weights)
        let fits = chosen.map(\.reference.fit)
        let names = chosen.prefix(5).map(\.reference.profile.id).joined(separator: ", ") + (chosen.count > 5 ? ", …" : "")
        return ProductCalibration(
            id: product.id, group: group, launchPeriod: launchPeriod, endOfLifePeriod: nil,
            lifecycle: .bass(marketSize: m.center, innovation: p.center, imitation: min(q.center, 0.99)),
            yearly: fits.first?.yearly, weekly: fits.first?.weekly, noise: noise(fits, weights),
            elasticity: zip(fits, weights).reduce(0) { $0 + $1.0.elasticity * $1.1 } / max(weights.reduce(0, +), .leastNonzeroMagnitude),
            uncertainty: [
                CalibratedUncertainty(field: "lifecycle.bass.market_size", spread: .lognormal(median: m.center, sigma: m.sigma)),
                CalibratedUncertainty(field: "lifecycle.bass.innovation", spread: .lognormal(median: p.center, sigma: p.sigma)),
                CalibratedUncertainty(field: "lifecycle.bass.imitation", spread: .lognormal(median: min(q.center, 0.99), sigma: q.sigma)),
            ],
            criterion: "planned launch: Bass curve of \(chosen.count) look-alike launch(es) (\(names)), similarity-weighted",
            notes: notes)
    }

    /// The weighted geometric mean of positive `values` and the weighted standard deviation of
    /// their logarithms (between ``minimumSigma`` and ``maximumSigma``).
    static func logSummary(_ values: [Double], _ weights: [Double]) -> (center: Double, sigma: Double) {
        let total = weights.reduce(0, +)
        let logs = values.map { log(max($0, .leastNormalMagnitude)) }
        let mean = zip(logs, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
        let variance = zip(logs, weights).reduce(0) { $0 + $1.1 * ($1.0 - mean) * ($1.0 - mean) } / total
        return (exp(mean), min(max(variance.squareRoot(), minimumSigma), maximumSigma))
    }

    /// The weighted median of the references' negative binomial dispersions, or Poisson when
    /// most of the weight is Poisson.
    static func noise(_ fits: [ProductCalibration], _ weights: [Double]) -> CalibratedNoise {
        let dispersions: [(Double, Double)] = zip(fits, weights).map { fit, weight in
            switch fit.noise {
            case .poisson: (Double.infinity, weight)
            case let .negativeBinomial(k): (k, weight)
            case let .zeroInflated(_, k): (k ?? .infinity, weight)
            }
        }.sorted { $0.0 < $1.0 }
        let half = weights.reduce(0, +) / 2
        var running = 0.0
        for (k, weight) in dispersions {
            running += weight
            if running >= half { return k.isFinite ? .negativeBinomial(dispersion: k) : .poisson }
        }
        return .poisson
    }
}
