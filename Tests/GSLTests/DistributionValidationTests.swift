import Testing
@testable import GSL

/// A distribution that validate() must reject, and the parameter it must name.
struct InvalidCase: Sendable, CustomTestStringConvertible {
    let distribution: Distribution
    let parameter: String
    var testDescription: String { "\(distribution) → \(parameter)" }
}

@Suite("Distribution validation")
struct DistributionValidationTests {
    static let invalid: [InvalidCase] = [
        .init(distribution: .constant(.nan), parameter: "value"),
        .init(distribution: .constant(.infinity), parameter: "value"),
        .init(distribution: .uniform(lower: 3, upper: 3), parameter: "lower"),
        .init(distribution: .uniform(lower: 4, upper: 3), parameter: "lower"),
        .init(distribution: .uniform(lower: 0, upper: .infinity), parameter: "upper"),
        .init(distribution: .normal(mean: 0, sd: 0), parameter: "sd"),
        .init(distribution: .normal(mean: 0, sd: -1), parameter: "sd"),
        .init(distribution: .normal(mean: .nan, sd: 1), parameter: "mean"),
        .init(distribution: .normal(mean: 0, sd: .infinity), parameter: "sd"),
        .init(distribution: .truncatedNormal(mean: 0, sd: 0, lower: 0, upper: 1), parameter: "sd"),
        .init(distribution: .truncatedNormal(mean: 0, sd: 1, lower: 2, upper: 1), parameter: "lower"),
        .init(distribution: .truncatedNormal(mean: 0, sd: 1, lower: .nan, upper: 1), parameter: "lower"),
        .init(distribution: .truncatedNormal(mean: 0, sd: 1, lower: 60, upper: .infinity), parameter: "lower"),
        .init(distribution: .lognormal(mu: 0, sigma: 0), parameter: "sigma"),
        .init(distribution: .lognormal(mu: .infinity, sigma: 1), parameter: "mu"),
        .init(distribution: .lognormal(mean: -2, sd: 1), parameter: "mu"),
        .init(distribution: .gamma(shape: 0, scale: 1), parameter: "shape"),
        .init(distribution: .gamma(shape: 1, scale: -2), parameter: "scale"),
        .init(distribution: .gamma(mean: 5, sd: 0), parameter: "shape"),
        .init(distribution: .exponential(mean: 0), parameter: "mean"),
        .init(distribution: .poisson(mean: -0.1), parameter: "mean"),
        .init(distribution: .poisson(mean: .nan), parameter: "mean"),
        .init(distribution: .poisson(mean: 1e12), parameter: "mean"),
        .init(distribution: .negativeBinomial(mean: -1, dispersion: 2), parameter: "mean"),
        .init(distribution: .negativeBinomial(mean: 3, dispersion: 0), parameter: "dispersion"),
        .init(distribution: .binomial(trials: -1, probability: 0.5), parameter: "trials"),
        .init(distribution: .binomial(trials: 10, probability: 1.5), parameter: "probability"),
        .init(distribution: .bernoulli(probability: -0.01), parameter: "probability"),
        .init(distribution: .bernoulli(probability: .nan), parameter: "probability"),
        .init(distribution: .empirical(values: [], weights: []), parameter: "values.count"),
        .init(distribution: .empirical(values: [1, 2], weights: [1]), parameter: "weights.count"),
        .init(distribution: .empirical(values: [1, 2], weights: [1, -1]), parameter: "weights"),
        .init(distribution: .empirical(values: [1, 2], weights: [0, 0]), parameter: "sum of weights"),
        .init(distribution: .empirical(values: [1, .nan], weights: [1, 1]), parameter: "values"),
        .init(distribution: .empirical(values: [1, 2], weights: [1, .infinity]), parameter: "weights"),
    ]

    @Test("validate() rejects parameters outside the domain", arguments: invalid)
    func rejects(_ testCase: InvalidCase) {
        do {
            try testCase.distribution.validate()
            Issue.record("\(testCase.distribution) was accepted")
        } catch let .invalidParameter(distribution, parameter, _, requirement) {
            #expect(parameter == testCase.parameter, "\(testCase.distribution): \(parameter)")
            #expect(distribution == testCase.distribution.familyName)
            #expect(!requirement.isEmpty)
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(throws: GSLError.self) { try testCase.distribution.makeSampler() }
    }

    @Test("validate() accepts boundary cases", arguments: [
        Distribution.constant(0),
        .poisson(mean: 0),
        .negativeBinomial(mean: 0, dispersion: 1),
        .binomial(trials: 0, probability: 1),
        .bernoulli(probability: 0),
        .bernoulli(probability: 1),
        .truncatedNormal(mean: 0, sd: 1, lower: -.infinity, upper: .infinity),
        .truncatedNormal(mean: 0, sd: 1, lower: 30, upper: .infinity),
        .empirical(values: [5], weights: [0.1]),
    ])
    func accepts(_ distribution: Distribution) throws {
        try distribution.validate()
        _ = try distribution.makeSampler()
    }

    @Test("isNonNegative describes the support")
    func nonNegative() {
        let yes: [Distribution] = [
            .constant(0), .uniform(lower: 0, upper: 1), .truncatedNormal(mean: -5, sd: 1, lower: 0, upper: 3),
            .lognormal(mu: -3, sigma: 1), .gamma(shape: 1, scale: 1), .exponential(mean: 2),
            .poisson(mean: 1), .negativeBinomial(mean: 1, dispersion: 1), .binomial(trials: 3, probability: 0.5),
            .bernoulli(probability: 0.5), .empirical(values: [0, 2], weights: [1, 1]),
        ]
        let no: [Distribution] = [
            .constant(-1), .uniform(lower: -1, upper: 1), .normal(mean: 100, sd: 1),
            .truncatedNormal(mean: 5, sd: 1, lower: -0.5, upper: 10), .empirical(values: [-1, 2], weights: [1, 1]),
        ]
        for distribution in yes { #expect(distribution.isNonNegative, "\(distribution)") }
        for distribution in no { #expect(!distribution.isNonNegative, "\(distribution)") }
    }

    @Test("CountDistribution.validate() rejects bad parameters")
    func countValidation() throws {
        let bad: [CountDistribution] = [
            CountDistribution(mean: -1),
            CountDistribution(mean: .nan),
            CountDistribution(mean: 1e9),
            CountDistribution(mean: 2, zeroProbability: 1),
            CountDistribution(mean: 2, zeroProbability: -0.1),
            CountDistribution(family: .negativeBinomial(dispersion: 0), mean: 2),
            CountDistribution(family: .negativeBinomial(dispersion: .infinity), mean: 2),
        ]
        for distribution in bad {
            #expect(throws: GSLError.self, "\(distribution)") { try distribution.validate() }
        }
        try CountDistribution(mean: 0).validate()
        try CountDistribution(family: .negativeBinomial(dispersion: 0.3), mean: 5, zeroProbability: 0.5).validate()
    }
}
