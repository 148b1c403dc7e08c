extension Distribution {
    /// The largest mean accepted for `poisson` and `negativeBinomial`, in units per draw.
    /// GSL's count samplers return 32-bit integers; keeping means at or below 10⁸ keeps every
    /// realistic draw far below 2³² − 1.
    public static let maximumCountMean: Double = 1e8

    /// Every parameter outside its domain, and every rule between parameters that is broken, in
    /// the order of the family's parameters, rules between them last. Empty for a valid
    /// distribution.
    ///
    /// The domains are the family's (``Family/parameters``): non-finite numbers are refused (only
    /// the bounds of a truncated normal may be infinite), as are `sd`/`sigma`/`shape`/`scale`/
    /// exponential `mean`/`dispersion` ≤ 0, count means < 0 or above ``maximumCountMean``,
    /// probabilities outside [0, 1], `trials` < 0 or above 2³² − 1, and negative weights. The
    /// rules between them: `lower` < `upper`; a truncation interval carrying probability under
    /// the untruncated normal (as far as doubles can tell), checked once every parameter is in
    /// its domain; and an empirical table with at least one value, one weight per value and
    /// weights summing to a finite total above 0.
    public var problems: [ParameterProblem] {
        var problems: [ParameterProblem] = []
        for (parameter, values) in zip(family.parameters, parameterValues) {
            for (index, value) in values.enumerated() where !parameter.domain.contains(value) {
                problems.append(ParameterProblem(parameter: parameter.name, index: parameter.isList ? index : nil,
                                                 value: value, kind: .outsideDomain(parameter.domain)))
            }
        }
        problems += relationProblems(allInDomain: problems.isEmpty)
        return problems
    }

    /// The rules between parameters; `allInDomain` tells whether every parameter is in its domain.
    private func relationProblems(allInDomain: Bool) -> [ParameterProblem] {
        switch self {
        case let .uniform(lower, upper):
            return lower < upper ? [] : [ParameterProblem(parameter: "lower", value: lower, kind: .notBelow(upper: "upper", bound: upper))]
        case let .truncatedNormal(mean, sd, lower, upper):
            guard lower < upper else {
                return [ParameterProblem(parameter: "lower", value: lower, kind: .notBelow(upper: "upper", bound: upper))]
            }
            // The moments and the inversion sampler divide by this mass: it must be a normal
            // (not subnormal) double, i.e. the interval may not lie ~37 sd beyond the mean.
            guard allInDomain, TruncatedNormalParts(mean: mean, sd: sd, lower: lower, upper: upper).mass < Double.leastNormalMagnitude
            else { return [] }
            return [ParameterProblem(parameter: "lower", value: lower, kind: .noProbability(mean: mean, sd: sd, upper: upper))]
        case let .empirical(values, weights):
            var problems: [ParameterProblem] = []
            if values.isEmpty {
                problems.append(ParameterProblem(parameter: "values", value: 0, kind: .empty))
            }
            if weights.count != values.count {
                problems.append(ParameterProblem(parameter: "weights", value: Double(weights.count),
                                                 kind: .countMismatch(of: "values", count: values.count)))
            }
            let total = weights.reduce(0, +)
            if !weights.isEmpty, !(total > 0 && total.isFinite) {
                problems.append(ParameterProblem(parameter: "weights", value: total, kind: .zeroTotal))
            }
            return problems
        default:
            return []
        }
    }

    /// Checks every parameter against its domain and the rules between them (``problems``).
    /// - Throws: ``GSLError/invalidParameter(distribution:parameter:value:requirement:)`` for the
    ///   first problem.
    public func validate() throws(GSLError) {
        if let first = problems.first { throw first.error(in: familyName) }
    }

    /// Whether every possible draw is ≥ 0 (the support lies in [0, ∞)), so the distribution can
    /// describe a lead time, a price or a quantity. Meaningful for a valid distribution; a normal
    /// is never non-negative, however large its mean.
    public var isNonNegative: Bool {
        switch self {
        case let .constant(value): return value >= 0
        case let .uniform(lower, _): return lower >= 0
        case .normal: return false
        case let .truncatedNormal(_, _, lower, _): return lower >= 0
        case .lognormal, .gamma, .exponential, .poisson, .negativeBinomial, .binomial, .bernoulli:
            return true
        case let .empirical(values, _): return values.allSatisfy { $0 >= 0 }
        }
    }

    /// The upper end of the support — the largest value a draw can come near — for the families
    /// that have one; nil for those whose draws are unbounded above.
    public var largestValue: Double? {
        switch self {
        case let .constant(value): return value
        case let .uniform(_, upper): return upper
        case let .truncatedNormal(_, _, _, upper): return upper.isFinite ? upper : nil
        case let .binomial(trials, _): return Double(trials)
        case .bernoulli: return 1
        case let .empirical(values, _): return values.max()
        case .normal, .lognormal, .gamma, .exponential, .poisson, .negativeBinomial: return nil
        }
    }
}
