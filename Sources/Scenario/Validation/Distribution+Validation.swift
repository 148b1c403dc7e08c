import GSL

extension Distribution {
    /// Checks the parameters against GSL's domains and against ``ScenarioLimits``: every
    /// parameter within the limits of `limits` (``ScenarioLimits/leadTimeParameters`` or
    /// ``ScenarioLimits/drawnParameters``), and, when `nonNegative`, that no negative value can
    /// be drawn (lead times). Then the draws as a whole must stay within `valueLimit`: the
    /// largest value a bounded family can draw, or the mean and sd of an unbounded one.
    /// A constant is checked at `path` itself when `bareConstant` (a lead time may be a bare
    /// number), else under its `constant` key.
    func validate(into checker: inout Checker, at path: FieldPath, nonNegative: Bool, what: String,
                  limits: [(String, FieldLimit)], valueLimit: Double, bareConstant: Bool = false) {
        let before = checker.problems.count
        // A gamma or lognormal given by mean and sd was converted to shape/scale or mu/sigma on
        // reading; when its mean or sd is out of bounds, saying so speaks the user's terms.
        if isGivenByMoments, !(abs(mean) <= valueLimit && standardDeviation <= valueLimit) {
            checkDraws(within: valueLimit, into: &checker, at: path, what: what)
            return
        }
        let table = Dictionary(limits, uniquingKeysWith: { first, _ in first })
        func check(_ family: String, _ name: String, _ value: Double) {
            guard let limit = table[family + "." + name] else { return }
            checker.check(value, limit, at: path.key(family).key(name))
        }
        switch self {
        case let .constant(value):
            if let limit = table["constant"] { checker.check(value, limit, at: bareConstant ? path : path.key("constant")) }
        case let .uniform(lower, upper):
            check("uniform", "lower", lower)
            check("uniform", "upper", upper)
            if checker.problems.count == before, !(lower < upper) {
                checker.add(path.key("uniform"), .invalidValue, "lower (\(formatNumber(lower))) must be below upper (\(formatNumber(upper)))",
                            hint: "use a constant for a fixed value")
            }
        case let .normal(mean, sd):
            check("normal", "mean", mean)
            check("normal", "sd", sd)
            if nonNegative {
                checker.add(path.key("normal"), .invalidValue, "a normal \(what) can be negative",
                            hint: "use truncated_normal with lower: 0, or gamma or lognormal")
            }
        case let .truncatedNormal(mean, sd, lower, upper):
            check("truncated_normal", "mean", mean)
            check("truncated_normal", "sd", sd)
            if nonNegative, !(lower >= 0) {
                checker.add(path.key("truncated_normal").key("lower"), .outOfRange,
                            "a \(what) cannot be negative: lower must be >= 0, found \(formatNumber(lower))")
            } else if lower.isFinite {
                check("truncated_normal", "lower", lower)
            }
            // Infinite bounds mean "no bound" (the defaults); finite ones must be within limits.
            if upper.isFinite { check("truncated_normal", "upper", upper) }
            if lower.isNaN || upper.isNaN || !(lower < upper) {
                checker.add(path.key("truncated_normal"), .invalidValue,
                            "lower (\(formatNumber(lower))) must be below upper (\(formatNumber(upper)))")
            }
        case let .lognormal(mu, sigma):
            check("lognormal", "mu", mu)
            check("lognormal", "sigma", sigma)
        case let .gamma(shape, scale):
            check("gamma", "shape", shape)
            check("gamma", "scale", scale)
        case let .exponential(mean):
            check("exponential", "mean", mean)
        case let .poisson(mean):
            check("poisson", "mean", mean)
        case let .negativeBinomial(mean, dispersion):
            check("negative_binomial", "mean", mean)
            check("negative_binomial", "dispersion", dispersion)
        case let .binomial(trials, probability):
            check("binomial", "trials", Double(trials))
            check("binomial", "probability", probability)
        case let .bernoulli(probability):
            check("bernoulli", "probability", probability)
        case let .empirical(values, weights):
            let inner = path.key("empirical")
            if values.isEmpty {
                checker.add(inner.key("values"), .missingField, "needs at least one value")
            }
            if let limit = table["empirical.values[]"] { checker.check(values, limit, at: inner.key("values")) }
            if weights.count != values.count {
                checker.add(inner.key("weights"), .invalidValue,
                            "needs one weight per value: \(values.count) values, \(weights.count) weights")
            }
            if let limit = table["empirical.weights[]"] { checker.check(weights, limit, at: inner.key("weights")) }
            if !weights.isEmpty, !(weights.reduce(0, +) > 0) {
                checker.add(inner.key("weights"), .invalidValue, "weights must not all be 0")
            }
        }
        // GSL's own checks go further (a truncation interval carrying no probability, count
        // means beyond what its samplers return); they speak only when the checks above did not.
        if checker.problems.count == before {
            do {
                try validate()
            } catch {
                checker.add(path, .invalidValue, "\(error)")
            }
        }
        if checker.problems.count == before {
            checkDraws(within: valueLimit, into: &checker, at: path, what: what, bareConstant: bareConstant)
        }
    }

    /// The largest value the family can draw, when it has one.
    var largestDraw: Double? {
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

    /// Refuses draws that reach beyond `limit`: the largest draw of a bounded family, else the
    /// mean or the standard deviation (a lognormal with a huge sigma, a gamma with a tiny
    /// shape and a huge scale).
    func checkDraws(within limit: Double, into checker: inout Checker, at path: FieldPath, what: String,
                    bareConstant: Bool = false) {
        var family = path.key(DistributionCoding(self).familyName)
        if bareConstant, case .constant = self { family = path }
        if let largest = largestDraw {
            if largest > limit {
                checker.add(family, .outOfRange,
                            "draws up to \(formatNumber(largest)); a \(what) is at most \(formatNumber(limit))")
            }
            return
        }
        let mean = self.mean, sd = standardDeviation
        if !(abs(mean) <= limit) {
            checker.add(family, .outOfRange, "has a mean of \(formatNumber(mean)); a \(what) is at most \(formatNumber(limit))",
                        hint: "check the parameters' units")
        } else if !(sd <= limit) {
            checker.add(family, .outOfRange,
                        "has a standard deviation of \(formatNumber(sd)); a \(what) is at most \(formatNumber(limit))",
                        hint: "its draws would mostly be 0 or enormous; check the parameters' units")
        }
    }

    /// Families a file may give by their mean and sd (or median), converted on reading.
    private var isGivenByMoments: Bool {
        switch self {
        case .gamma, .lognormal: return true
        default: return false
        }
    }

}
