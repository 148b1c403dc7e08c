import Foundation

extension ResponseFitter {
    /// Per product the value to simulate with and its standard error, and the group's pooled one.
    struct Pooled {
        var values: [ResponseEstimate]
        var group: ResponseEstimate?
    }

    /// As ``Pooled``, for a quantity some products have no value of at all (nil).
    struct OptionalPooled {
        var values: [ResponseEstimate?]
        var group: ResponseEstimate?
    }

    /// Rule 2: shrink, fill and clamp the elasticities.
    static func pooledElasticity(_ own: [ResponseEstimate?], members: [ResponseMember], options: ResponseOptions,
                                 notes: inout [[FitNote]], groupNotes: inout [FitNote]) -> Pooled {
        guard let result = EmpiricalBayes.shrink(own.map(estimate)) else {
            let reason = members.allSatisfy { $0.prices == nil }
                ? "the history has no price column: elasticity 0"
                : "no product's price varied enough to measure a response: elasticity 0"
            groupNotes.append(FitNote(.fallback, field: "elasticity", reason))
            return Pooled(values: own.map { _ in ResponseEstimate(value: 0, standardError: 0) }, group: nil)
        }
        let values = own.indices.map { index in
            if own[index] == nil, members[index].prices != nil {
                notes[index].append(FitNote(.fallback, field: "elasticity", "the group's elasticity is used"))
            }
            let shrunk = result.shrunk[index]
            let value = clamp(shrunk.value, to: options.elasticityRange, field: "elasticity", notes: &notes[index])
            return ResponseEstimate(value: value, standardError: shrunk.variance.squareRoot())
        }
        return Pooled(values: values, group: ResponseEstimate(value: result.mean, standardError: result.meanVariance.squareRoot()))
    }

    /// Rule 3 for one product: its own ln(lift) with the elasticity fixed in the offset.
    static func ownLogLift(_ member: ResponseMember, _ covariate: PriceCovariate, elasticity: Double,
                           options: ResponseOptions, notes: inout [FitNote]) -> ResponseEstimate? {
        guard let promotions = member.promotions else { return nil }
        let used = member.usedPeriods
        guard promotionEvidence(member, used: used, options: options) else {
            notes.append(FitNote(.fallback, field: "promotion.lift",
                                 "\(used.count { promotions[$0] }) usable promotion periods (\(options.minimumPromotionPeriods) needed, and as many without): no own lift"))
            return nil
        }
        let regression = PoissonRegression(
            sales: used.map { member.sales[$0] },
            offset: used.map { log(member.expected[$0]) + elasticity * covariate.logRatio[$0] },
            columns: [used.map { promotions[$0] ? 1 : 0 }], priorSD: [options.logLiftPriorSD])
        return firstCoefficient(regression, field: "promotion.lift", notes: &notes)
    }

    /// The first coefficient of `regression` and its standard error; nil, with a note naming the
    /// reason (the GSL status, or no convergence), when the fit failed.
    static func firstCoefficient(_ regression: PoissonRegression, field: String, notes: inout [FitNote]) -> ResponseEstimate? {
        switch regression.fit() {
        case let .success(result):
            return ResponseEstimate(value: result.coefficients[0], standardError: result.standardErrors[0])
        case let .failure(failure):
            notes.append(FitNote(.fallback, field: field, "the regression failed (\(failure)): no own estimate"))
            return nil
        }
    }

    /// Rule 3 for the group: shrink, fill and clamp ln(lift); nil for products without a
    /// promotion column, and for all when nobody was promoted enough.
    static func pooledLift(_ own: [ResponseEstimate?], members: [ResponseMember], options: ResponseOptions,
                           notes: inout [[FitNote]], groupNotes: inout [FitNote]) -> OptionalPooled {
        guard let result = EmpiricalBayes.shrink(own.map(estimate)) else {
            let reason = members.allSatisfy { $0.promotions == nil }
                ? "the history has no promotion column: no promotion lift"
                : "no product was promoted often enough to measure a lift: no promotion lift"
            groupNotes.append(FitNote(.fallback, field: "promotion.lift", reason))
            return OptionalPooled(values: own.map { _ in nil }, group: nil)
        }
        let logRange = log(options.liftRange.lowerBound)...log(options.liftRange.upperBound)
        let values = own.indices.map { index -> ResponseEstimate? in
            guard members[index].promotions != nil else {
                notes[index].append(FitNote(.fallback, field: "promotion.lift", "no promotion column for this product: no lift"))
                return nil
            }
            if own[index] == nil { notes[index].append(FitNote(.fallback, field: "promotion.lift", "the group's lift is used")) }
            let shrunk = result.shrunk[index]
            let value = clamp(shrunk.value, to: logRange, field: "promotion.lift", shown: exp, notes: &notes[index])
            return ResponseEstimate(value: value, standardError: shrunk.variance.squareRoot())
        }
        return OptionalPooled(values: values, group: ResponseEstimate(value: result.mean, standardError: result.meanVariance.squareRoot()))
    }

    private static func estimate(_ own: ResponseEstimate?) -> EmpiricalBayes.Estimate? {
        own.map { EmpiricalBayes.Estimate(value: $0.value, variance: $0.standardError * $0.standardError) }
    }

    /// `value` moved into `range`, with a note in the user's units (`shown`: exp for a log-lift).
    private static func clamp(_ value: Double, to range: ClosedRange<Double>, field: String,
                              shown: (Double) -> Double = { $0 }, notes: inout [FitNote]) -> Double {
        let clamped = min(max(value, range.lowerBound), range.upperBound)
        if clamped != value {
            let (estimate, lower, upper, edge) = (shown(value), shown(range.lowerBound), shown(range.upperBound), shown(clamped))
            notes.append(FitNote(.clamped, field: field,
                                 "the estimate \(SeasonalityFitter.rounded(estimate)) lies outside \(SeasonalityFitter.rounded(lower))…\(SeasonalityFitter.rounded(upper)): clamped to \(SeasonalityFitter.rounded(edge))"))
        }
        return clamped
    }
}
