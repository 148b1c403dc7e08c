import Backtest

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
    public var constraint: WhatIfConstraint?
    /// Whether to refine; nil: when exactly one field varies.
    public var refine: Bool?
    /// New points the refinement may evaluate (each over every replication).
    public var refinementBudget: Int
    /// Concurrent replications (≥ 1). Results do not depend on it.
    public var threads: Int

    public init(axes: [SweepAxis], strategy: String? = nil, product: String? = nil, seed: UInt64? = nil, replications: Int? = nil,
                constraint: WhatIfConstraint? = nil, refine: Bool? = nil, refinementBudget: Int = 10, threads: Int = 1) {
        self.axes = axes
        self.strategy = strategy
        self.product = product
        self.seed = seed
        self.replications = replications
        self.constraint = constraint
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
    }

    /// Everything checked before any backtest: the strategy, the axes and their values, the
    /// drawn fields. The evaluator it returns runs the points.
    struct Setup {
        var evaluator: WhatIfEvaluator
        var axes: [WhatIfResult.Axis]
        var uncertainty: [WhatIfResult.Uncertain]
        var refines: Bool
    }

    /// Checks the study against `document` without running anything.
    /// - Throws: ``WhatIfError`` for one problem: the number of axes, an unknown strategy, a field
    ///   path that names nothing or a field that cannot be varied, a value the field cannot take.
    func setUp(_ document: ScenarioDocument) throws(WhatIfError) -> Setup {
        guard (1...2).contains(axes.count) else {
            throw WhatIfError(.commandLine, "give one or two --vary options; found \(axes.count)",
                              hint: "one field gives a curve (and a refined optimum), two a grid")
        }
        if refine == true, axes.count != 1 {
            throw WhatIfError(.commandLine, "--refine searches along one field, but \(axes.count) are varied",
                              hint: "vary one field, or leave out --refine")
        }
        guard threads >= 1 else { throw WhatIfError(.commandLine, "--threads must be at least 1") }
        let points = axes.map(\.values.count).reduce(1, *)
        guard points <= Self.maximumPoints else {
            throw WhatIfError(.commandLine, "the grid has \(points) points; a sweep takes at most \(Self.maximumPoints)",
                              hint: "use larger steps, or sweep one field first and then the other around its best value")
        }
        let base = document.base
        let replications = self.replications ?? base.replications
        guard replications >= 1 else { throw WhatIfError(.commandLine, "--replications must be at least 1") }
        let strategy = try WhatIfStrategy.choose(self.strategy, in: base)
        let focus = try product.map { (id) throws(WhatIfError) in try Self.focus(id, strategy: strategy, in: base) }

        var drawn: [FieldPath: Int] = [:]
        var uncertain: [WhatIfResult.Uncertain] = []
        var wholeNumbers = Set<ScenarioFieldPath>()
        for (index, parameter) in base.uncertainty.enumerated() {
            let location: FieldResolver.Location
            do {
                location = try document.locate(parameter.path)
            } catch {
                throw WhatIfError(.scenario, "\(document.file): uncertainty[\(index)].path: \(error.message)", hint: error.hint)
            }
            drawn[location.fieldPath] = index
            let whole = Self.takesWholeNumbers(parameter.path, at: location, in: document)
            if whole { wholeNumbers.insert(parameter.path) }
            uncertain.append(WhatIfResult.Uncertain(path: parameter.path.description,
                                                    distribution: parameter.distribution.summary, wholeNumbers: whole))
        }

        var varied: [FieldPath: ScenarioFieldPath] = [:]
        var described: [WhatIfResult.Axis] = []
        for axis in axes {
            let flag = "--vary \(axis.path)"
            let location: FieldResolver.Location
            do {
                location = try document.locate(axis.path)
            } catch {
                throw error.located(flag)
            }
            // The uncertainty section's own numbers (a distribution's median, say) may be varied.
            if axis.path.section != "uncertainty", UncertainParameter.fixedSections.contains(axis.path.section) {
                throw WhatIfError(.commandLine, "\(flag): '\(axis.path.section)' cannot be varied",
                                  hint: axis.path.section == "seed" || axis.path.section == "replications"
                                    ? "use --\(axis.path.section)" : "vary products, events, calendar or strategies fields")
            }
            if let index = drawn[location.fieldPath] {
                throw WhatIfError(.commandLine, "\(flag): the scenario draws this field in every replication (uncertainty[\(index)])",
                                  hint: Self.parametersHint(index, in: document))
            }
            if let other = varied[location.fieldPath] {
                throw WhatIfError(.commandLine, "\(flag): the same field as --vary \(other)", hint: "vary two different fields")
            }
            varied[location.fieldPath] = axis.path
            let whole = Self.takesWholeNumbers(axis.path, at: location, in: document)
            if whole, let fractional = axis.values.first(where: { $0 != $0.rounded() }) {
                throw WhatIfError(.commandLine, "\(flag): \(location.fieldPath) takes whole numbers; \(WhatIfFormat.value(fractional)) is not one",
                                  hint: "use whole-number values and steps")
            }
            described.append(WhatIfResult.Axis(path: axis.path.description, field: location.fieldPath.description,
                                               fileValue: location.value, wholeNumbers: whole, values: axis.values))
        }
        // A drawn parameter whose distribution is itself swept: say so beside it.
        for axis in axes where axis.path.section == "uncertainty" {
            if axis.path.parts.count > 1, case let .index(index) = axis.path.parts[1], uncertain.indices.contains(index) {
                uncertain[index].distribution += " (swept by --vary \(axis.path))"
            }
        }
        let evaluator = WhatIfEvaluator(document: document, paths: axes.map(\.path), strategy: strategy,
                                        seed: seed ?? base.seed, replications: replications, threads: threads,
                                        wholeNumbers: wholeNumbers, focus: focus)
        return Setup(evaluator: evaluator, axes: described, uncertainty: uncertain, refines: refine ?? (axes.count == 1))
    }

    /// "vary its distribution instead: uncertainty[0].lognormal.median or uncertainty[0].lognormal.sigma".
    static func parametersHint(_ index: Int, in document: ScenarioDocument) -> String {
        let family = DistributionCoding(document.base.uncertainty[index].distribution).familyName
        let prefix = "uncertainty[\(index)].\(family)"
        let written = FieldResolver.node(at: [.key("uncertainty"), .index(index), .key(family)], in: document.root)
        guard case let .mapping(mapping)? = written else { return "vary its distribution instead: \(prefix)" }
        let names = mapping.compactMap { $0.key.string }.map { "\(prefix).\($0)" }
        return "vary its distribution instead: " + names.joined(separator: " or ")
    }

    /// The catalogue ids `--product` stands for, checked against the scenario and the strategy.
    static func focus(_ id: String, strategy: WhatIfStrategy, in spec: ScenarioSpec) throws(WhatIfError) -> Set<String> {
        let catalogue = spec.catalogue.map(\.id)
        let ids = spec.product(id) != nil ? spec.catalogueIDs(of: id) : (catalogue.contains(id) ? [id] : [])
        guard !ids.isEmpty else {
            throw WhatIfError(.commandLine, "--product: no product has the id '\(id)'",
                              hint: Suggestion.hint(for: id, among: spec.products.map(\.id), listing: "products"))
        }
        if let managed = strategy.policy.products {
            let managedIDs = Set(managed.flatMap { spec.catalogueIDs(of: $0) })
            guard ids.allSatisfy(managedIDs.contains) else {
                throw WhatIfError(.commandLine, "--product \(id): the strategy \(strategy.name) does not manage it",
                                  hint: "it manages: " + managed.joined(separator: ", "))
            }
        }
        return Set(ids)
    }

    /// Whether the field at `path` takes whole numbers only: the scenario is decoded with a
    /// value half-way between two whole numbers, and the field's decoder either accepts it or
    /// reports that it expected a whole number.
    static func takesWholeNumbers(_ path: ScenarioFieldPath, at location: FieldResolver.Location,
                                  in document: ScenarioDocument) -> Bool {
        var probe = document
        guard (try? probe.set(path, to: location.value.rounded(.down) + 0.5)) != nil else { return false }
        do {
            _ = try probe.decoded()
            return false
        } catch {
            let field = location.fieldPath.description
            return error.issues.contains { $0.kind == .wrongType && $0.path == field }
        }
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
        let recommender = WhatIfRecommender(constraint: constraint, paths: axes.map(\.path))
        let gridChoice = recommender.choose(outcomes)

        var all = outcomes
        var sources = Array(repeating: WhatIfPoint.Source.grid, count: outcomes.count)
        var refinement: WhatIfResult.Refinement?
        var chosen = gridChoice.point
        if setup.refines, let axis = setup.axes.first {
            let refinementTotal = refinementBudget * evaluator.replications
            var done = 0
            let (summary, evaluated) = try await recommender.refine(
                grid: outcomes, best: gridChoice.point, wholeNumbers: axis.wholeNumbers, budget: refinementBudget
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
            if let best = summary.best { chosen = best }
        }
        // Refined points go between the grid's, so that every output reads in order of value.
        let order = all.indices.sorted { Self.precedes(all[$0].values, all[$1].values) }
        var position = Array(repeating: 0, count: all.count)
        for (rank, index) in order.enumerated() { position[index] = rank }
        let sorted = order.map { all[$0] }
        if let best = refinement?.best { refinement?.best = position[best] }
        let recommendation = recommender.recommendation(
            sorted, chosen: chosen.map { position[$0] }, closest: gridChoice.closest.map { position[$0] },
            gridBest: gridChoice.point.map { position[$0] }, refined: refinement?.status == .refined)
        let points = order.map { index in
            recommender.point(all[index], source: sources[index], recommended: chosen.map { all[$0] })
        }
        let base = document.base
        return WhatIfResult(scenario: base.name, scenarioFile: document.file, strategy: evaluator.strategy.name, product: product,
                            seed: evaluator.seed, replications: evaluator.replications, axes: setup.axes,
                            uncertainty: setup.uncertainty, constraint: constraint?.text, points: points,
                            recommendation: recommendation, refinement: refinement)
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
