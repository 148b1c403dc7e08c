import Calendar
import Censoring
import Foundation
import TaskPool

/// Fits every product of a catalogue, each in the simulator's terms, pooling what one product's
/// history cannot tell alone over its group (the `--group` value; a group of one, or no group,
/// pools with the whole catalogue).
///
/// Passes, in order:
/// 1. **Lifecycle and noise** per product without multipliers (``LifecycleFitter``): its launch,
///    end of life and expected units per period (the baseline).
/// 2. **Group priors**: the centre and spread of the Bass coefficients (logit p, logit q) of the
///    group's Bass fits, and its typical noise (``GroupPrior``).
/// 3. **Seasonality** per group (``SeasonalityFitter``) from the products' sales against their
///    baselines: yearly (and, on daily data, weekday) multipliers.
/// 4. **Lifecycle and noise again** with the seasonal factors as known multipliers and the
///    group's prior: the lifecycle the scenario states is then the deseasonalised one. Passes
///    2–4 run ``alternations`` times, each on the previous lifecycles.
/// 5. **Price elasticity and promotion lift** per group (``ResponseFitter``) against the
///    seasonal baseline, shrunk towards the group.
///
/// Products are fitted on an ordered task pool: the result is the same whatever the number of
/// workers. Every number in the result is finite (each fitter's fallbacks say so in notes).
public enum CatalogueCalibration {
    /// Rounds of seasonality-then-lifecycle after the first lifecycle fit.
    static let alternations = 2

    /// The label of the pool of products without a group of their own.
    public static let catalogueGroup = "catalogue"

    /// Fits `catalogue` (every series as long as `calendar`) on `workers` workers.
    /// - Throws: ``LifecycleFitError`` or ``FitInputError`` naming the product and field when a
    ///   series breaks an input rule (a negative or non-finite value, arrays of unequal length).
    public static func fit(_ catalogue: [CalibrationSeries], calendar: SeasonalCalendar, censoring: CensoringEstimator,
                           workers: Int) async throws -> CatalogueFit {
        let fitter = LifecycleFitter(options: LifecycleFitOptions(censoring: censoring))
        let pools = CalibrationPools(catalogue)
        var fits = try await lifecycles(catalogue, fitter: fitter, workers: workers) { _ in (nil, nil) }
        var seasons: [String: SeasonalityFit] = [:]
        var priors: [String: LifecyclePrior] = [:]
        // Seasonality read off a baseline fitted without it is attenuated (the curve takes up
        // part of the season); each alternation refits both.
        for _ in 0..<Self.alternations {
            for (label, members) in pools.members {
                priors[label] = GroupPrior.lifecycle(members.map { fits[$0] })
                seasons[label] = try SeasonalityFitter.fit(members.map { index in
                    SeasonalityMember(sales: catalogue[index].sales, baseline: fits[index].baseline,
                                      censored: catalogue[index].censored, live: fits[index].liveRange)
                }, calendar: calendar)
            }
            let factors = seasons.mapValues { $0.profile.periodFactors(calendar) }
            fits = try await lifecycles(catalogue, fitter: fitter, workers: workers) { index in
                let label = pools.label(of: index)
                return (factors[label], priors[label])
            }
        }
        let second = fits
        let factors = seasons.mapValues { $0.profile.periodFactors(calendar) }
        var responses: [Int: ProductResponse] = [:]
        var groups: [GroupCalibration] = []
        for (label, members) in pools.members {
            let seasonal = factors[label] ?? []
            let fit = try ResponseFitter.fit(members.map { index in
                let series = catalogue[index]
                return ResponseMember(sales: series.sales, expected: zip(second[index].baseline, seasonal).map(*),
                                      prices: series.prices, promotions: series.promotions, censored: series.censored,
                                      live: second[index].liveRange)
            })
            for (position, index) in members.enumerated() { responses[index] = fit.products[position] }
            let notes = ((seasons[label]?.notes ?? []) + fit.notes).filter { $0.kind != .information }.map(\.description)
            groups.append(GroupCalibration(label: label, products: members.count, notes: notes))
        }
        let products = catalogue.indices.map { index in
            ProductCalibrationAssembly(series: catalogue[index], group: pools.groupText(of: index), lifecycle: second[index],
                                       season: seasons[pools.label(of: index)], response: responses[index]).calibration
        }
        return CatalogueFit(products: products, groups: groups)
    }

    /// Every product's lifecycle fit, with its (multiplier, prior) from `context`.
    private static func lifecycles(_ catalogue: [CalibrationSeries], fitter: LifecycleFitter, workers: Int,
                                   context: (Int) -> ([Double]?, LifecyclePrior?)) async throws -> [LifecycleFit] {
        var fits: [LifecycleFit] = []
        fits.reserveCapacity(catalogue.count)
        try await OrderedTaskPool(workers: workers).run(catalogue.count, prepare: { (index) throws(LifecycleFitError) in
            let (multiplier, prior) = context(index)
            return LifecycleFitInput(sales: catalogue[index].sales, censored: catalogue[index].censored, multiplier: multiplier,
                                     prior: prior)
        }, work: { (input) throws(LifecycleFitError) in
            try fitter.fit(input)
        }, deliver: { (_, fit) throws(LifecycleFitError) in
            fits.append(fit)
        })
        return fits
    }
}

/// A catalogue's calibration: every product, and what was said of each pool as a whole.
public struct CatalogueFit: Sendable {
    /// In the catalogue's order.
    public var products: [ProductCalibration]
    /// In label order.
    public var groups: [GroupCalibration]
}

/// One pool of products: its label, size and the notes of its pooled fits (seasonality, price
/// response), said once for the group rather than per product.
public struct GroupCalibration: Sendable {
    public var label: String
    public var products: Int
    public var notes: [String]
}

extension LifecycleFit {
    /// The periods of the product's life inside the history.
    var liveRange: Range<Int> {
        launchPeriod..<max(launchPeriod, endOfLifePeriod ?? baseline.count)
    }
}
