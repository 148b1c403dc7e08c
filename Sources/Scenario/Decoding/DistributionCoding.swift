import GSL

/// The scenario-file form of a GSL ``Distribution``: a bare number for a constant, or a
/// single-key map naming the family, e.g. `{gamma: {mean: 21, sd: 5}}`.
///
/// Lognormal and gamma may be given by their own mean and sd; they are converted to GSL's
/// parameters (mu/sigma, shape/scale) on reading and written back in that form.
struct DistributionCoding: Codable {
    let distribution: Distribution

    init(_ distribution: Distribution) {
        self.distribution = distribution
    }

    enum Family: String, CaseIterable {
        case constant, uniform, normal
        case truncatedNormal = "truncated_normal"
        case lognormal, gamma, exponential, poisson
        case negativeBinomial = "negative_binomial"
        case binomial, bernoulli, empirical
    }

    init(from decoder: any Decoder) throws {
        if let value = try? decoder.singleValueContainer().decode(Double.self) {
            distribution = .constant(value)
            return
        }
        let tagged = try Tagged<Family>(decoder, what: "distribution", example: "{gamma: {mean: 7, sd: 2}}")
        guard let payload = tagged.payload else { throw AlreadyReported() }
        if tagged.tag == .constant, let value = try? payload.singleValueContainer().decode(Double.self) {
            distribution = .constant(value)
            return
        }
        distribution = try Self.read(tagged.tag, from: payload)
    }

    /// Reads the parameter map of `family`.
    private static func read(_ family: Family, from decoder: any Decoder) throws -> Distribution {
        switch family {
        case .constant:
            let p = try Parameters(decoder, ["value"])
            return .constant(try p.number("value"))
        case .uniform:
            let p = try Parameters(decoder, ["lower", "upper"])
            return .uniform(lower: try p.number("lower"), upper: try p.number("upper"))
        case .normal:
            let p = try Parameters(decoder, ["mean", "sd"])
            return .normal(mean: try p.number("mean"), sd: try p.number("sd"))
        case .truncatedNormal:
            let p = try Parameters(decoder, ["mean", "sd", "lower", "upper"])
            return .truncatedNormal(mean: try p.number("mean"), sd: try p.number("sd"),
                                    lower: try p.number("lower", default: -.infinity),
                                    upper: try p.number("upper", default: .infinity))
        case .lognormal:
            let p = try Parameters(decoder, ["mean", "sd", "mu", "sigma"])
            if try p.choose(["mean", "sd"], or: ["mu", "sigma"]) {
                let (mean, sd) = try p.meanAndSD()
                return .lognormal(mean: mean, sd: sd)
            }
            return .lognormal(mu: try p.number("mu"), sigma: try p.number("sigma"))
        case .gamma:
            let p = try Parameters(decoder, ["mean", "sd", "shape", "scale"])
            if try p.choose(["mean", "sd"], or: ["shape", "scale"]) {
                let (mean, sd) = try p.meanAndSD()
                return .gamma(mean: mean, sd: sd)
            }
            return .gamma(shape: try p.number("shape"), scale: try p.number("scale"))
        case .exponential:
            let p = try Parameters(decoder, ["mean"])
            return .exponential(mean: try p.number("mean"))
        case .poisson:
            let p = try Parameters(decoder, ["mean"])
            return .poisson(mean: try p.number("mean"))
        case .negativeBinomial:
            let p = try Parameters(decoder, ["mean", "dispersion"])
            return .negativeBinomial(mean: try p.number("mean"), dispersion: try p.number("dispersion"))
        case .binomial:
            let p = try Parameters(decoder, ["trials", "probability"])
            return .binomial(trials: try p.integer("trials"), probability: try p.number("probability"))
        case .bernoulli:
            let p = try Parameters(decoder, ["probability"])
            return .bernoulli(probability: try p.number("probability"))
        case .empirical:
            let p = try Parameters(decoder, ["values", "weights"])
            guard let values = try p.fields.list("values", Double.self, required: true) else {
                throw AlreadyReported()
            }
            let weights = try p.fields.list("weights", Double.self) ?? Array(repeating: 1, count: values.count)
            return .empirical(values: values, weights: weights)
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch distribution {
        case let .constant(value):
            var container = encoder.singleValueContainer()
            try container.encode(ExactNumber(value))
        case let .uniform(lower, upper):
            try encoder.encodeTagged("uniform") { try $0.encode(number: lower, forKey: "lower"); try $0.encode(number: upper, forKey: "upper") }
        case let .normal(mean, sd):
            try encoder.encodeTagged("normal") { try $0.encode(number: mean, forKey: "mean"); try $0.encode(number: sd, forKey: "sd") }
        case let .truncatedNormal(mean, sd, lower, upper):
            try encoder.encodeTagged("truncated_normal") {
                try $0.encode(number: mean, forKey: "mean")
                try $0.encode(number: sd, forKey: "sd")
                // Infinite bounds are the defaults; leaving them out keeps the file readable.
                if lower.isFinite { try $0.encode(number: lower, forKey: "lower") }
                if upper.isFinite { try $0.encode(number: upper, forKey: "upper") }
            }
        case let .lognormal(mu, sigma):
            try encoder.encodeTagged("lognormal") { try $0.encode(number: mu, forKey: "mu"); try $0.encode(number: sigma, forKey: "sigma") }
        case let .gamma(shape, scale):
            try encoder.encodeTagged("gamma") { try $0.encode(number: shape, forKey: "shape"); try $0.encode(number: scale, forKey: "scale") }
        case let .exponential(mean):
            try encoder.encodeTagged("exponential") { try $0.encode(number: mean, forKey: "mean") }
        case let .poisson(mean):
            try encoder.encodeTagged("poisson") { try $0.encode(number: mean, forKey: "mean") }
        case let .negativeBinomial(mean, dispersion):
            try encoder.encodeTagged("negative_binomial") {
                try $0.encode(number: mean, forKey: "mean")
                try $0.encode(number: dispersion, forKey: "dispersion")
            }
        case let .binomial(trials, probability):
            try encoder.encodeTagged("binomial") {
                try $0.encode(trials, forKey: "trials")
                try $0.encode(number: probability, forKey: "probability")
            }
        case let .bernoulli(probability):
            try encoder.encodeTagged("bernoulli") { try $0.encode(number: probability, forKey: "probability") }
        case let .empirical(values, weights):
            try encoder.encodeTagged("empirical") {
                try $0.encode(numbers: values, forKey: "values")
                try $0.encode(numbers: weights, forKey: "weights")
            }
        }
    }
}

/// The parameter map of one distribution family.
private struct Parameters {
    let fields: Fields<AnyKey>

    init(_ decoder: any Decoder, _ names: [String]) throws {
        fields = try Fields(decoder, known: names)
    }

    func number(_ name: AnyKey, default value: Double? = nil) throws -> Double {
        if let value, !fields.has(name) { return value }
        guard let number = try fields.required(name, Double.self) else { throw AlreadyReported() }
        return number
    }

    func integer(_ name: AnyKey) throws -> Int {
        guard let number = try fields.required(name, Int.self) else { throw AlreadyReported() }
        return number
    }

    /// True for the first parameter set, false for the second; mixing them is an error.
    func choose(_ first: [AnyKey], or second: [AnyKey]) throws -> Bool {
        let usesFirst = !fields.present(first).isEmpty
        let usesSecond = !fields.present(second).isEmpty
        if usesFirst && usesSecond {
            let names = { (keys: [AnyKey]) in keys.map(\.stringValue).joined(separator: "/") }
            throw fields.failure(FieldProblem(fields.path, .invalidValue,
                                              "give either \(names(first)) or \(names(second)), not a mix"))
        }
        return usesFirst || !usesSecond
    }

    /// A mean and sd that must be positive for the conversion to GSL's parameters to exist;
    /// checked here because the converted values no longer show what the user wrote.
    func meanAndSD() throws -> (Double, Double) {
        let mean = try number("mean"), sd = try number("sd")
        for (name, value) in [("mean", mean), ("sd", sd)] where !(value > 0 && value.isFinite) {
            throw fields.failure(FieldProblem(fields.path.key(name), .outOfRange,
                                              "must be > 0, found \(formatNumber(value))"))
        }
        return (mean, sd)
    }
}
