import GSL

extension Distribution {
    /// Checks the parameters against GSL's domains, and, when `nonNegative`, that no negative
    /// value can be drawn (lead times).
    func validate(into checker: inout Checker, at path: FieldPath, nonNegative: Bool, what: String) {
        let before = checker.problems.count
        func check(_ family: String, _ name: String, _ value: Double, _ bounds: Bounds) {
            checker.check(value, bounds, at: path.key(family).key(name))
        }
        let lowerBound: Bounds = nonNegative ? .nonNegative : .unrestricted
        switch self {
        case let .constant(value):
            checker.check(value, lowerBound, at: path)
        case let .uniform(lower, upper):
            check("uniform", "lower", lower, lowerBound)
            check("uniform", "upper", upper, .unrestricted)
            if checker.problems.count == before, !(lower < upper) {
                checker.add(path.key("uniform"), .invalidValue, "lower (\(formatNumber(lower))) must be below upper (\(formatNumber(upper)))",
                            hint: "use a constant for a fixed value")
            }
        case let .normal(mean, sd):
            check("normal", "mean", mean, .unrestricted)
            check("normal", "sd", sd, .positive)
            if nonNegative {
                checker.add(path.key("normal"), .invalidValue, "a normal \(what) can be negative",
                            hint: "use truncated_normal with lower: 0, or gamma or lognormal")
            }
        case let .truncatedNormal(mean, sd, lower, upper):
            check("truncated_normal", "mean", mean, .unrestricted)
            check("truncated_normal", "sd", sd, .positive)
            if nonNegative, !(lower >= 0) {
                checker.add(path.key("truncated_normal").key("lower"), .outOfRange,
                            "a \(what) cannot be negative: lower must be >= 0, found \(formatNumber(lower))")
            }
            if lower.isNaN || upper.isNaN || !(lower < upper) {
                checker.add(path.key("truncated_normal"), .invalidValue,
                            "lower (\(formatNumber(lower))) must be below upper (\(formatNumber(upper)))")
            }
        case let .lognormal(mu, sigma):
            check("lognormal", "mu", mu, .unrestricted)
            check("lognormal", "sigma", sigma, .positive)
        case let .gamma(shape, scale):
            check("gamma", "shape", shape, .positive)
            check("gamma", "scale", scale, .positive)
        case let .exponential(mean):
            check("exponential", "mean", mean, .positive)
        case let .poisson(mean):
            check("poisson", "mean", mean, .nonNegative)
        case let .negativeBinomial(mean, dispersion):
            check("negative_binomial", "mean", mean, .nonNegative)
            check("negative_binomial", "dispersion", dispersion, .positive)
        case let .binomial(trials, probability):
            // GSL takes the number of trials as an unsigned 32-bit integer.
            checker.check(trials, .between(0, Double(UInt32.max)), at: path.key("binomial").key("trials"))
            check("binomial", "probability", probability, .probability)
        case let .bernoulli(probability):
            check("bernoulli", "probability", probability, .probability)
        case let .empirical(values, weights):
            let inner = path.key("empirical")
            if values.isEmpty {
                checker.add(inner.key("values"), .missingField, "needs at least one value")
            }
            checker.check(values, lowerBound, at: inner.key("values"))
            if weights.count != values.count {
                checker.add(inner.key("weights"), .invalidValue,
                            "needs one weight per value: \(values.count) values, \(weights.count) weights")
            }
            checker.check(weights, .nonNegative, at: inner.key("weights"))
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
    }
}
