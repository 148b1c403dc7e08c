import Foundation
import Scenario
import Testing
@testable import WhatIf

/// A draw the field cannot take stops the sweep; with replications running in parallel, which
/// failing replication is reported must not depend on which finished first.
@Suite("what-if: the first failing replication in order")
struct WhatIfFailureOrderTests {
    /// The one-buy launch with its launch stock drawn from a normal that is often negative
    /// (seed 11, 24 replications).
    static let yaml = oneBuyYAML
        .replacingOccurrences(of: "products[widget].lifecycle.phases[maturity].to", with: "products[widget].initial_stock")
        .replacingOccurrences(of: "lognormal: {median: 30, sigma: 0.3}", with: "normal: {mean: 40, sd: 100}")

    /// The sweep of two prices at `threads`: its error and how many replications it reported done.
    static func failure(threads: Int) async throws -> (error: WhatIfError?, done: Int) {
        let study = WhatIfStudy(axes: [SweepAxis(path: try ScenarioFieldPath(parsing: "products[widget].price"), values: [20, 25])],
                                strategy: "launch-only", product: "widget", threads: threads)
        let evaluator = try study.setUp(try whatIfDocument(yaml)).evaluator
        var done = 0
        do {
            _ = try await evaluator.evaluate([[20], [25]]) { done = $0 }
            return (nil, done)
        } catch {
            return (error, done)
        }
    }

    @Test("the error names the first replication whose draw is invalid, after every earlier one is done, at any thread count",
          arguments: [1, 2, 5])
    func firstInOrder(threads: Int) async throws {
        let evaluator = try WhatIfStudy(axes: [SweepAxis(path: try ScenarioFieldPath(parsing: "products[widget].price"), values: [20])],
                                        strategy: "launch-only", product: "widget", threads: 1)
            .setUp(try whatIfDocument(Self.yaml)).evaluator
        let point = try evaluator.prepare([20])
        let negative = try (0..<evaluator.replications).filter { try evaluator.draws(for: point, replication: $0)[0] < 0 }
        // The seed gives several invalid draws, not the first replication's alone.
        #expect(negative.count >= 2)
        let first = try #require(negative.first)
        #expect(first > 0, "some replications succeed before the first failure")

        let (error, done) = try await Self.failure(threads: threads)
        let message = try #require(error?.message)
        #expect(message.contains("replication \(first) drew products[widget].initial_stock = "), "\(message)")
        #expect(done == first, "the replications before it were all delivered, none after")
    }
}
