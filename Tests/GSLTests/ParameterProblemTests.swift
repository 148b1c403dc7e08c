import Testing
@testable import GSL

/// `Distribution.problems`: every rule broken, as data — which parameter, what is wrong, the
/// bound — so that callers can word them; `validate()` throws the first.
@Suite("Parameter problems")
struct ParameterProblemTests {
    @Test("every parameter outside its domain is listed, with the domain it breaks")
    func domains() {
        // NaN equals nothing, so the problems are compared field by field.
        let problems = Distribution.normal(mean: .nan, sd: 0).problems
        #expect(problems.map(\.parameter) == ["mean", "sd"])
        #expect(problems.map(\.kind) == [.outsideDomain(.finite), .outsideDomain(.positive)])
        #expect(problems.first?.value.isNaN == true && problems.last?.value == 0)
        #expect(Distribution.poisson(mean: 2e8).problems == [
            ParameterProblem(parameter: "mean", value: 2e8, kind: .outsideDomain(.countMean)),
        ])
        #expect(Distribution.empirical(values: [1, 2, 3], weights: [1, -1, 2]).problems == [
            ParameterProblem(parameter: "weights", index: 1, value: -1, kind: .outsideDomain(.nonNegative)),
        ])
    }

    @Test("rules between parameters name both and the bound")
    func relations() {
        #expect(Distribution.uniform(lower: 4, upper: 3).problems == [
            ParameterProblem(parameter: "lower", value: 4, kind: .notBelow(upper: "upper", bound: 3)),
        ])
        #expect(Distribution.empirical(values: [], weights: [0]).problems == [
            ParameterProblem(parameter: "values", value: 0, kind: .empty),
            ParameterProblem(parameter: "weights", value: 1, kind: .countMismatch(of: "values", count: 0)),
            ParameterProblem(parameter: "weights", value: 0, kind: .zeroTotal),
        ])
        let tail = Distribution.truncatedNormal(mean: 0, sd: 1, lower: 60, upper: .infinity)
        #expect(tail.problems == [
            ParameterProblem(parameter: "lower", value: 60, kind: .noProbability(mean: 0, sd: 1, upper: .infinity)),
        ])
        #expect(tail.problems.first?.involves == ["mean", "sd", "lower", "upper"])
        // Infinite bounds are no bound, and an interval near the mean carries probability.
        #expect(Distribution.truncatedNormal(mean: 0, sd: 1, lower: 30, upper: .infinity).problems.isEmpty)
    }

    @Test("the probability of a truncation interval is only asked of parameters in their domains")
    func massAfterDomains() {
        let problems = Distribution.truncatedNormal(mean: 0, sd: -1, lower: 60, upper: 70).problems
        #expect(problems.map(\.parameter) == ["sd"])
    }

    @Test("validate() throws the first problem in GSL's words")
    func firstAsError() {
        #expect(throws: GSLError.invalidParameter(distribution: "uniform", parameter: "lower", value: 4, requirement: "< upper (3.0)")) {
            try Distribution.uniform(lower: 4, upper: 3).validate()
        }
        #expect(throws: GSLError.invalidParameter(distribution: "empirical", parameter: "weights.count", value: 1,
                                                  requirement: "equal to values.count (2)")) {
            try Distribution.empirical(values: [1, 2], weights: [1]).validate()
        }
        #expect(throws: GSLError.invalidParameter(distribution: "count distribution", parameter: "zeroProbability", value: 1,
                                                  requirement: "in [0, 1)")) {
            try CountDistribution(mean: 2, zeroProbability: 1).validate()
        }
    }

    @Test("each family's parameters line up with its values, and a valid one has no problem", arguments: [
        Distribution.constant(2), .uniform(lower: 0, upper: 1), .normal(mean: 0, sd: 1),
        .truncatedNormal(mean: 0, sd: 1, lower: 0, upper: .infinity), .lognormal(mu: 0, sigma: 1), .gamma(shape: 2, scale: 1),
        .exponential(mean: 1), .poisson(mean: 3), .negativeBinomial(mean: 3, dispersion: 2), .binomial(trials: 5, probability: 0.5),
        .bernoulli(probability: 0.5), .empirical(values: [1, 2], weights: [1, 1]),
    ])
    func shapes(distribution: Distribution) {
        #expect(distribution.family.parameters.count == distribution.parameterValues.count)
        #expect(distribution.problems.isEmpty)
        #expect(distribution.familyName == distribution.family.name)
    }
}
