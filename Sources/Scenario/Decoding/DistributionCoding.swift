import Foundation
import GSL

/// The scenario-file form of a GSL ``Distribution``: a bare number for a constant, or a
/// single-key map naming the family, e.g. `{gamma: {mean: 21, sd: 5}}`.
///
/// Lognormal and gamma may be given by their own mean and sd (a lognormal also by its median and
/// sigma); they are converted to GSL's parameters (mu/sigma, shape/scale) on reading and written
/// back in that form.
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
            DecimalForm.check(value, readBy: decoder)
            distribution = .constant(value)
            return
        }
        let tagged = try Tagged<Family>(decoder, what: "distribution", example: "{gamma: {mean: 7, sd: 2}}")
        guard let payload = tagged.payload else { throw AlreadyReported() }
        if tagged.tag == .constant, let value = try? payload.singleValueContainer().decode(Double.self) {
            DecimalForm.check(value, readBy: payload)
            distribution = .constant(value)
            return
        }
        distribution = try Self.read(tagged.tag, from: payload)
    }

    /// Reads the parameter map of `family`.
    static func read(_ family: Family, from decoder: any Decoder) throws -> Distribution {
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
            let p = try Parameters(decoder, ["mean", "sd", "mu", "sigma", "median"])
            if p.fields.has("median") {
                // exp(mu) is the median: "40 000, give or take a factor e^sigma".
                try p.refuseMixing(["median"], with: ["mean", "sd", "mu"])
                let median = try p.positive("median")
                return .lognormal(mu: log(median), sigma: try p.number("sigma"))
            }
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
        if case let .constant(value) = distribution {
            var container = encoder.singleValueContainer()
            try container.encode(ExactNumber(value))
            return
        }
        var container = encoder.container(keyedBy: AnyKey.self)
        try encodeTagged(into: &container)
    }

    /// Writes `family: {parameters}` into `container`, beside whatever else it holds (an
    /// uncertain parameter writes its `path` first). A constant is written `constant: 3`.
    func encodeTagged(into container: inout KeyedEncodingContainer<AnyKey>) throws {
        try container.encode(FamilyParameters(distribution: distribution), forKey: AnyKey(familyName))
    }

    /// The scenario-file name of the distribution's family.
    var familyName: String { Family(distribution.family).rawValue }
}

extension DistributionCoding.Family {
    /// The file's name of GSL's `family`.
    init(_ family: Distribution.Family) {
        switch family {
        case .constant: self = .constant
        case .uniform: self = .uniform
        case .normal: self = .normal
        case .truncatedNormal: self = .truncatedNormal
        case .lognormal: self = .lognormal
        case .gamma: self = .gamma
        case .exponential: self = .exponential
        case .poisson: self = .poisson
        case .negativeBinomial: self = .negativeBinomial
        case .binomial: self = .binomial
        case .bernoulli: self = .bernoulli
        case .empirical: self = .empirical
        }
    }
}

/// A distribution's parameter map, the payload under its family key, as a value of its own so
/// that it is written in place (a nested container would be written after the keys that follow).
private struct FamilyParameters: Encodable {
    let distribution: Distribution

    func encode(to encoder: any Encoder) throws {
        if case let .constant(value) = distribution {
            var container = encoder.singleValueContainer()
            try container.encode(ExactNumber(value))
            return
        }
        var container = encoder.container(keyedBy: AnyKey.self)
        switch distribution {
        case .constant:
            break
        case let .uniform(lower, upper):
            try container.encode(number: lower, forKey: "lower")
            try container.encode(number: upper, forKey: "upper")
        case let .normal(mean, sd):
            try container.encode(number: mean, forKey: "mean")
            try container.encode(number: sd, forKey: "sd")
        case let .truncatedNormal(mean, sd, lower, upper):
            try container.encode(number: mean, forKey: "mean")
            try container.encode(number: sd, forKey: "sd")
            // Infinite bounds are the defaults; leaving them out keeps the file readable.
            if lower.isFinite { try container.encode(number: lower, forKey: "lower") }
            if upper.isFinite { try container.encode(number: upper, forKey: "upper") }
        case let .lognormal(mu, sigma):
            try container.encode(number: mu, forKey: "mu")
            try container.encode(number: sigma, forKey: "sigma")
        case let .gamma(shape, scale):
            try container.encode(number: shape, forKey: "shape")
            try container.encode(number: scale, forKey: "scale")
        case let .exponential(mean):
            try container.encode(number: mean, forKey: "mean")
        case let .poisson(mean):
            try container.encode(number: mean, forKey: "mean")
        case let .negativeBinomial(mean, dispersion):
            try container.encode(number: mean, forKey: "mean")
            try container.encode(number: dispersion, forKey: "dispersion")
        case let .binomial(trials, probability):
            try container.encode(trials, forKey: "trials")
            try container.encode(number: probability, forKey: "probability")
        case let .bernoulli(probability):
            try container.encode(number: probability, forKey: "probability")
        case let .empirical(values, weights):
            try container.encode(numbers: values, forKey: "values")
            try container.encode(numbers: weights, forKey: "weights")
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

    /// A number that must be positive and finite (a median, whose logarithm is taken).
    func positive(_ name: String) throws -> Double {
        let value = try number(AnyKey(name))
        guard value > 0, value.isFinite else {
            throw fields.failure(FieldProblem(fields.path.key(name), .outOfRange,
                                              "must be > 0, found \(formatNumber(value))"))
        }
        return value
    }

    /// Refuses `first` together with any of `others` (parameter sets that cannot be mixed).
    func refuseMixing(_ first: [AnyKey], with others: [AnyKey]) throws {
        let mixed = fields.present(others)
        guard !mixed.isEmpty else { return }
        let names = { (keys: [AnyKey]) in keys.map(\.stringValue).joined(separator: "/") }
        throw fields.failure(FieldProblem(fields.path, .invalidValue,
                                          "give \(names(first)) with sigma, or mean/sd, or mu/sigma, not a mix; found \(names(mixed)) too"))
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
