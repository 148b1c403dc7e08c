import Foundation
import GSL
import Testing
@testable import Scenario

/// The rules of a distribution are GSL's: the scenario's limits narrow GSL's domains rather
/// than restate them, and GSL's problems between parameters are worded at the fields they
/// concern.
@Suite("Distribution rules in scenario files")
struct DistributionRulesTests {
    /// Values at and around every end a domain or a limit has.
    static let probes: [Double] = [-.infinity, -1e300, -1e10, -36600, -1, -1e-300, 0, 1e-300, 1e-3, 0.5, 0.99, 1, 5, 36600,
                                   1e8, 1e9, Double(UInt32.max), 1e10, 1e300, .infinity, .nan]

    @Test("every distribution limit lies within GSL's domain of its parameter", arguments: [
        ScenarioLimits.leadTimeParameters, ScenarioLimits.drawnParameters,
    ])
    func limitsWithinDomains(limits: [(String, FieldLimit)]) {
        for (key, limit) in limits {
            let parts = key.replacingOccurrences(of: "[]", with: "").split(separator: ".").map(String.init)
            guard let coded = DistributionCoding.Family(rawValue: parts[0]) else {
                Issue.record("\(key) names no family")
                continue
            }
            let family = Distribution.Family.allCases.first { DistributionCoding.Family($0) == coded }
            let name = parts.count > 1 ? parts[1] : "value"
            // The mean, sd or median a gamma or lognormal is given by must be > 0 to convert.
            let domain = family?.parameter(name)?.domain ?? .positive
            for value in Self.probes where limit.bounds.contains(value) {
                #expect(domain.contains(value), "\(key) allows \(value), outside GSL's domain")
            }
        }
    }

    @Test("the scenario's noise limits lie within GSL's count domains")
    func noiseWithinDomains() {
        for value in Self.probes where ScenarioLimits.dispersion.bounds.contains(value) {
            #expect(ParameterDomain.positive.contains(value))
        }
        for value in Self.probes where ScenarioLimits.zeroProbability.bounds.contains(value) {
            #expect(CountDistribution.zeroProbabilityDomain.contains(value))
        }
    }

    func leadTimeIssues(_ leadTime: String) -> [ScenarioIssue] {
        issues(minimalYAML + "\n    supply: {lead_time: \(leadTime)}")
    }

    @Test("rules between parameters are worded at the distribution, once each parameter is in range")
    func relations() throws {
        let uniform = leadTimeIssues("{uniform: {lower: 4, upper: 3}}")
        #expect(uniform.map(\.path) == ["products[0].supply.lead_time.uniform"])
        #expect(uniform.first?.message == "lower (4) must be below upper (3)")
        #expect(uniform.first?.hint == "use a constant for a fixed value")

        let weights = leadTimeIssues("{empirical: {values: [1, 2], weights: [1]}}")
        #expect(weights.map(\.path) == ["products[0].supply.lead_time.empirical.weights"])
        #expect(weights.first?.message == "needs one weight per value: 2 values, 1 weights")

        // Both bounds out of range: saying they are also in the wrong order adds nothing.
        let both = leadTimeIssues("{uniform: {lower: -5, upper: -6}}")
        #expect(both.map(\.path) == ["products[0].supply.lead_time.uniform.lower", "products[0].supply.lead_time.uniform.upper"])
    }

    @Test("a truncation interval without probability is worded at the distribution, in the file's numbers")
    func noProbability() throws {
        let found = leadTimeIssues("{truncated_normal: {mean: 0, sd: 1, lower: 60, upper: 70}}")
        #expect(found.map(\.path) == ["products[0].supply.lead_time.truncated_normal"])
        #expect(found.first?.kind == .invalidValue)
        #expect(found.first?.message == "[60, 70] carries no probability under the normal it truncates (mean 0, sd 1): "
                    + "it lies too far in the tail")
        #expect(found.first?.line == 7)
    }

    @Test("zero inflation of 0 reads, writes and reads back as zero inflation")
    func zeroInflationOfZero() throws {
        let spec = try ScenarioSpec.decode(yaml: minimalYAML + "\n    noise: {zero_inflated: {zero_probability: 0}}")
        #expect(spec.products[0].noise == .zeroInflated(zeroProbability: 0, base: .poisson))
        let yaml = try spec.encodedYAML()
        #expect(yaml.contains("zero_inflated"))
        #expect(try ScenarioSpec.decode(yaml: yaml) == spec)
    }
}
