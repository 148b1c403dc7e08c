import Foundation

/// Price elasticity and promotion lift of a group of products, per product with shrinkage
/// towards the group.
///
/// Model, over each product's used periods (live, uncensored, positive expected units):
/// salesₜ ~ Poisson(expectedₜ · (priceₜ/reference)^β · lift^promotedₜ), a log-linear
/// quasi-Poisson regression of sales on ln(price/reference) and the promotion flag with
/// ln(expected) as offset (see ``PriceCovariate`` for the reference price and unknown prices).
///
/// 1. Own elasticity: fitted only when the product's prices varied — at least
///    ``ResponseOptions/minimumPriceChanges`` used periods with an observed price
///    ``ResponseOptions/minimumPriceDeviation`` or more off the reference. When the product was
///    also promoted enough (rule 3), the promotion flag is in the same regression, so that a
///    promotion's lift is not read as price response.
/// 2. The own elasticities are shrunk towards the group's by ``EmpiricalBayes/shrink(_:)``; a
///    product without one takes the group's; when no product has one, the elasticity is 0 with a
///    note. The result is clamped to ``ResponseOptions/elasticityRange`` (a note says so).
/// 3. Own lift: with the elasticity of rule 2 fixed in the offset (the lift is what the price
///    effect does not explain), ln(lift) is fitted for products with at least
///    ``ResponseOptions/minimumPromotionPeriods`` used periods with and as many without a
///    promotion; shrunk and clamped (``ResponseOptions/liftRange``) likewise in log scale. No
///    promotion column: no lift (nil), with a note.
///
/// A group of one product learns nothing from shrinkage: pass the catalogue as its group.
/// A regression that GSL refuses or that does not converge gives no own estimate and a note
/// naming the reason; every output is finite.
public enum ResponseFitter {
    public static func fit(_ members: [ResponseMember],
                           options: ResponseOptions = ResponseOptions()) throws(FitInputError) -> ResponseFit {
        try validate(members)
        let covariates = members.map { PriceCovariate(prices: $0.prices, count: $0.sales.count) }
        var notes = [[FitNote]](repeating: [], count: members.count)
        var groupNotes: [FitNote] = []
        let ownElasticities = members.indices.map { index in
            ownElasticity(members[index], covariates[index], options: options, notes: &notes[index])
        }
        let elasticity = pooledElasticity(ownElasticities, members: members, options: options, notes: &notes,
                                          groupNotes: &groupNotes)
        let ownLifts = members.indices.map { index in
            ownLogLift(members[index], covariates[index], elasticity: elasticity.values[index].value, options: options,
                       notes: &notes[index])
        }
        let lift = pooledLift(ownLifts, members: members, options: options, notes: &notes, groupNotes: &groupNotes)
        let products = members.indices.map { index in
            ProductResponse(referencePrice: covariates[index].reference, elasticity: elasticity.values[index].value,
                            elasticityStandardError: elasticity.values[index].standardError,
                            ownElasticity: ownElasticities[index], promotionLift: lift.values[index].map { exp($0.value) },
                            logLiftStandardError: lift.values[index]?.standardError, ownLogLift: ownLifts[index],
                            notes: notes[index])
        }
        return ResponseFit(products: products, groupElasticity: elasticity.group, groupLogLift: lift.group, notes: groupNotes)
    }

    private static func validate(_ members: [ResponseMember]) throws(FitInputError) {
        guard !members.isEmpty else { throw .emptyGroup }
        for (index, member) in members.enumerated() {
            let path = "members[\(index)]"
            let count = member.sales.count
            try FitInputError.checkCounts(member.sales, count: count, path: "\(path).sales")
            try FitInputError.checkCounts(member.expected, count: count, path: "\(path).expected")
            try FitInputError.checkFlags(member.promotions, count: count, path: "\(path).promotions")
            try FitInputError.checkFlags(member.censored, count: count, path: "\(path).censored")
            try FitInputError.checkLive(member.live, periods: count, path: "\(path).live")
            guard let prices = member.prices else { continue }
            guard prices.count == count else { throw .lengthMismatch(path: "\(path).prices", expected: count, found: prices.count) }
            for (period, price) in prices.enumerated() where !price.isNaN && !(price.isFinite && price > 0) {
                throw .invalidValue(path: "\(path).prices[\(period)]", value: price,
                                    requirement: "a finite price > 0 (or NaN where unknown)")
            }
        }
    }

    /// Used periods with and without a promotion, when both reach the minimum.
    static func promotionEvidence(_ member: ResponseMember, used: [Int], options: ResponseOptions) -> Bool {
        guard let promotions = member.promotions else { return false }
        let promoted = used.count { promotions[$0] }
        return promoted >= options.minimumPromotionPeriods && used.count - promoted >= options.minimumPromotionPeriods
    }

    private static func ownElasticity(_ member: ResponseMember, _ covariate: PriceCovariate, options: ResponseOptions,
                                      notes: inout [FitNote]) -> ResponseEstimate? {
        guard member.prices != nil else { return nil }
        let used = member.usedPeriods
        let changes = covariate.changes(in: used, deviation: options.minimumPriceDeviation)
        guard changes >= options.minimumPriceChanges else {
            notes.append(FitNote(.fallback, field: "elasticity",
                                 "the price was \(Int((options.minimumPriceDeviation * 100).rounded()))% or more off its median in \(changes) usable periods, under the \(options.minimumPriceChanges) needed: no own elasticity"))
            return nil
        }
        var columns = [used.map { covariate.logRatio[$0] }]
        var priors = [options.elasticityPriorSD]
        if promotionEvidence(member, used: used, options: options), let promotions = member.promotions {
            columns.append(used.map { promotions[$0] ? 1 : 0 })
            priors.append(options.logLiftPriorSD)
        }
        let regression = PoissonRegression(sales: used.map { member.sales[$0] }, offset: used.map { log(member.expected[$0]) },
                                           columns: columns, priorSD: priors)
        return firstCoefficient(regression, field: "elasticity", notes: &notes)
    }
}
