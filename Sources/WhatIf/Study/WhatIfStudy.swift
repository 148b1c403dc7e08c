import Backtest
import Scenario

/// A what-if sweep: one strategy of a scenario backtested at every point of a grid of one or two
/// varied fields, over the same replications (common random numbers), with the scenario's
/// uncertain parameters drawn afresh in every replication. It recommends the point of highest
/// mean profit among those meeting an optional constraint and, when one field varies, refines
/// the recommendation with a Brent search between the best grid point's neighbours.
///
/// `sellthrough whatif` is this plus parsing and output files; see docs/whatif.md.
public struct WhatIfStudy: Sendable {
    /// The varied fields: one or two.
    public var axes: [SweepAxis]
    /// The strategy's name as in the `run` table; nil: the scenario's first.
    public var strategy: String?
    /// A product id: report that product's figures alone (an entry with copies: all of them,
    /// summed); nil: the strategy's whole catalogue.
    public var product: String?
    /// Overrides of the scenario's seed and replications.
    public var seed: UInt64?
    public var replications: Int?
    /// Conditions on the recommended point's means, all of which must hold.
    public var constraints: [WhatIfConstraint]
    /// Whether to refine; nil: when exactly one field varies.
    public var refine: Bool?
    /// New points the refinement may evaluate (each over every replication).
    public var refinementBudget: Int
    /// Concurrent replications (≥ 1). Results do not depend on it.
    public var threads: Int

    public init(axes: [SweepAxis], strategy: String? = nil, product: String? = nil, seed: UInt64? = nil, replications: Int? = nil,
                constraints: [WhatIfConstraint] = [], refine: Bool? = nil, refinementBudget: Int = 10, threads: Int = 1) {
        self.axes = axes
        self.strategy = strategy
        self.product = product
        self.seed = seed
        self.replications = replications
        self.constraints = constraints
        self.refine = refine
        self.refinementBudget = refinementBudget
        self.threads = threads
    }

    /// Grid points at most (each runs every replication).
    public static let maximumPoints = 10_000

    /// The stage a progress report is about.
    public enum Stage: String, Sendable {
        case grid
        case refinement
        /// Evaluating the orderable neighbours of a point that cannot be ordered.
        case rounding
    }

    /// Runs the sweep on `document`.
    /// - Parameter progress: called in this task with the stage, replications done and the total
    ///   expected in the stage (the refinement's total is its budget's worth).
    /// - Throws: ``WhatIfError``; nothing is half-done, as nothing is written here.
    public func run(on document: ScenarioDocument,
                    progress: (Stage, Int, Int) -> Void = { _, _, _ in }) async throws(WhatIfError) -> WhatIfResult {
        let setup = try setUp(document)
        let evaluator = setup.evaluator
        let grid = Self.grid(axes.map(\.values))
        let gridTotal = grid.count * evaluator.replications
        let outcomes = try await evaluator.evaluate(grid) { progress(.grid, $0, gridTotal) }
        let recommender = WhatIfRecommender(constraints: setup.constraints, paths: axes.map(\.path),
                                            lattices: setup.axes.map(\.orderable))
        // The grid's best, orderable or not, marks the region the refinement searches.
        let gridChoice = recommender.choose(outcomes)

        var all = outcomes
        var sources = Array(repeating: WhatIfPoint.Source.grid, count: outcomes.count)
        var refinement: WhatIfResult.Refinement?
        if setup.refines, let axis = setup.axes.first {
            let refinementTotal = refinementBudget * evaluator.replications
            var done = 0
            let (summary, evaluated) = try await recommender.refine(
                grid: outcomes, best: gridChoice.point, lattice: axis.orderable ?? (axis.wholeNumbers ? .wholeNumbers : nil),
                budget: refinementBudget
            ) { (value) throws(WhatIfError) -> PointOutcome in
                let start = done
                let evaluated = try await evaluator.evaluate([[value]]) { progress(.refinement, start + $0, refinementTotal) }
                done += evaluator.replications
                guard let outcome = evaluated.first else { throw WhatIfError(.scenario, "no outcome for \(value)") }
                return outcome
            }
            all += evaluated
            sources += Array(repeating: .refinement, count: evaluated.count)
            refinement = summary
        }
        var rounding = try await roundToOrderable(&all, recommender: recommender, axes: setup.axes, evaluator: evaluator,
                                                  progress: progress)
        sources += Array(repeating: .rounding, count: all.count - sources.count)
        let choice = recommender.choose(all) { recommender.orderable($0.values) }

        // Refined and rounded points go between the grid's, so that every output reads in order of value.
        let order = all.indices.sorted { Self.precedes(all[$0].values, all[$1].values) }
        var position = Array(repeating: 0, count: all.count)
        for (rank, index) in order.enumerated() { position[index] = rank }
        let sorted = order.map { all[$0] }
        if let best = refinement?.best { refinement?.best = position[best] }
        if let from = rounding?.from { rounding?.from = position[from] }
        let recommendation = recommender.recommendation(
            sorted, chosen: choice.point.map { position[$0] }, closest: choice.closest.map { position[$0] },
            source: choice.point.map { sources[$0] })
        let measures = recommender.extraMeasures
        let points = order.map { index in
            recommender.point(all[index], source: sources[index], recommended: choice.point.map { all[$0] },
                              isRecommended: index == choice.point, measures: measures)
        }
        let base = document.base
        return WhatIfResult(scenario: base.name, scenarioFile: document.file, strategy: evaluator.strategy.name, product: product,
                            seed: evaluator.seed, replications: evaluator.replications, axes: setup.axes,
                            uncertainty: setup.uncertainty, constraints: recommender.summaries, measures: measures.map(\.name),
                            points: points, recommendation: recommendation, refinement: refinement, rounding: rounding)
    }

    /// Whether `lhs` comes before `rhs`, comparing the first field's values, then the second's.
    static func precedes(_ lhs: [Double], _ rhs: [Double]) -> Bool {
        for (left, right) in zip(lhs, rhs) where left != right { return left < right }
        return false
    }

    /// Every combination of the axes' values, the first axis slowest.
    static func grid(_ values: [[Double]]) -> [[Double]] {
        values.reduce([[]]) { partial, axis in
            partial.flatMap { prefix in axis.map { prefix + [$0] } }
        }
    }
}
