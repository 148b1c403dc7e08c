import Scenario

/// The refinement of the best grid point when one field varies: a bracket around it, Brent's
/// search inside, and the sentence that says what it found.
extension WhatIfRecommender {
    /// Brent's search between the neighbours of the best grid point (one varied field; the grid
    /// in increasing order), on `lattice` when the field takes whole numbers or orderable
    /// quantities only. Returns the summary, whose `best` indexes the grid followed by the new
    /// points, and the new points.
    func refine(grid: [PointOutcome], best: Int?, lattice: OrderLattice?, budget: Int,
                evaluate: (Double) async throws(WhatIfError) -> PointOutcome)
        async throws(WhatIfError) -> (WhatIfResult.Refinement, [PointOutcome]) {
        let bracket: Bracket
        switch self.bracket(grid, best: best, lattice: lattice) {
        case let .unrefined(refinement): return (refinement, [])
        case let .found(found): bracket = found
        }
        let search = WhatIfRefinement(lower: bracket.lower, guess: bracket.guess, upper: bracket.upper, lattice: lattice, budget: budget)
        let outcome = try await search.search(known: bracket.known, objective: bracket.objective, evaluate: evaluate)
        let found = bestAfter(outcome.evaluated, grid: grid, best: bracket.best)
        let message = refinedMessage(bracket, outcome: outcome, found: found, grid: grid, lattice: lattice, budget: budget)
        return (WhatIfResult.Refinement(status: .refined, message: message, bracket: [bracket.lower, bracket.upper],
                                        evaluations: outcome.evaluated.count, converged: outcome.converged, best: found),
                outcome.evaluated)
    }

    /// Where a refinement searches: between the best grid point's neighbours, with the
    /// objective known at the grid's points.
    struct Bracket {
        /// The best grid point's index, its field's path and value in words.
        var best: Int
        var path: ScenarioFieldPath
        var value: String
        var lower, guess, upper: Double
        var known: [Double: Double]
        var objective: (PointOutcome) -> Double
    }

    /// A bracket to search, or the reason there is none.
    enum Bracketing {
        case found(Bracket)
        case unrefined(WhatIfResult.Refinement)
    }

    /// The bracket around the best grid point, or why there is none: no best point, no
    /// neighbours to search between (``unsearchable(_:best:path:lattice:)``), or a neighbour
    /// doing as well.
    func bracket(_ grid: [PointOutcome], best: Int?, lattice: OrderLattice?) -> Bracketing {
        guard let path = paths.first, let best else {
            return .unrefined(Self.notRefined(.notPossible, "no grid point meets the \(constraints.count > 1 ? "constraints" : "constraint"), "
                                                + "so there is no best point to refine around"))
        }
        let values = grid.map { $0.values.first ?? 0 }
        if let refused = Self.unsearchable(values, best: best, path: path, lattice: lattice) { return .unrefined(refused) }
        let value = WhatIfFormat.value(values[best])
        let lower = values[best - 1], upper = values[best + 1]
        let objective = objectiveFunction(grid)
        var known: [Double: Double] = [:]
        for (value, outcome) in zip(values, grid) { known[value] = objective(outcome) }
        guard let atBest = known[values[best]], let atLower = known[lower], let atUpper = known[upper],
              atBest < atLower, atBest < atUpper else {
            return .unrefined(WhatIfResult.Refinement(
                status: .flat, message: "a neighbour of \(path) = \(value) does as well, so there is no bracket to search: the profit is flat there",
                bracket: [lower, upper], evaluations: 0, converged: false, best: best))
        }
        return .found(Bracket(best: best, path: path, value: value, lower: lower, guess: values[best], upper: upper,
                              known: known, objective: objective))
    }

    /// Why the grid's `values` (increasing) give nothing to search between the neighbours of
    /// `best`: fewer than three, `best` at an edge, or no value of `lattice` between them; nil
    /// when they do.
    static func unsearchable(_ values: [Double], best: Int, path: ScenarioFieldPath, lattice: OrderLattice?) -> WhatIfResult.Refinement? {
        guard values.count >= 3 else {
            return notRefined(.notPossible, "fewer than three values were swept: the best point needs a neighbour on each side")
        }
        let value = WhatIfFormat.value(values[best])
        if best == 0 || best == values.count - 1 {
            let side = best == 0 ? "lowest" : "highest"
            let way = best == 0 ? "below" : "above"
            return notRefined(.atEdgeOfGrid,
                              "the best grid point, \(path) = \(value), is the \(side) value swept, so the optimum may lie \(way) it: "
                                + "widen the range \(way) \(value) and run again")
        }
        guard let lattice, !lattice.hasValue(between: values[best - 1], and: values[best + 1], except: values[best]) else { return nil }
        return notRefined(.notPossible, lattice.constrains
            ? "no other orderable quantity (\(lattice.text)) lies between the neighbours of \(value)"
            : "the neighbours of \(value) are the next whole numbers: nothing lies between them")
    }

    /// A refinement that did not search, and why.
    static func notRefined(_ status: WhatIfResult.Refinement.Status, _ message: String) -> WhatIfResult.Refinement {
        WhatIfResult.Refinement(status: status, message: message, bracket: nil, evaluations: 0, converged: false, best: nil)
    }

    /// The best of the grid's best point (`best`) and the new points, among those meeting the
    /// constraints: an index into the grid followed by `evaluated`.
    func bestAfter(_ evaluated: [PointOutcome], grid: [PointOutcome], best: Int) -> Int {
        var bestIndex = best
        for (offset, point) in evaluated.enumerated() where meets(point) {
            let current = bestIndex < grid.count ? grid[bestIndex] : evaluated[bestIndex - grid.count]
            if point.mean(.profit) > current.mean(.profit) { bestIndex = grid.count + offset }
        }
        return bestIndex
    }

    /// What the search did and found (`found`, from ``bestAfter(_:grid:best:)``), in a sentence.
    func refinedMessage(_ bracket: Bracket, outcome: WhatIfRefinement.Outcome, found: Int, grid: [PointOutcome],
                        lattice: OrderLattice?, budget: Int) -> String {
        let evaluated = outcome.evaluated
        var message = "Brent's method between \(WhatIfFormat.value(bracket.lower)) and \(WhatIfFormat.value(bracket.upper))"
            + (lattice?.constrains == true ? ", on the orderable quantities (\(lattice?.text ?? "")),"  : "")
            + " evaluated \(evaluated.count) new value\(evaluated.count == 1 ? "" : "s")"
        if outcome.converged {
            message += " and converged"
        } else if let failure = outcome.failure {
            message += " and stopped: \(failure)"
        } else {
            message += " and stopped at its budget of \(budget)"
        }
        guard found != bracket.best else { return message + "; none did better than the grid's \(bracket.path) = \(bracket.value)" }
        let point = found < grid.count ? grid[found] : evaluated[found - grid.count]
        let gain = point.mean(.profit) - grid[bracket.best].mean(.profit)
        return message + "; the best is \(bracket.path) = \(WhatIfFormat.value(point.values.first ?? 0)), expected profit "
            + "\(WhatIfFormat.number(point.mean(.profit))), \(WhatIfFormat.number(gain)) more than the grid's \(bracket.value)"
    }

    /// −(mean profit), plus a penalty when a constraint is not met that outweighs any profit
    /// on the grid: for each constraint missed, weight × shortfall, the weight scaled so that a
    /// shortfall of a thousandth of the threshold costs as much as the largest profit seen.
    func objectiveFunction(_ grid: [PointOutcome]) -> (PointOutcome) -> Double {
        let largest = grid.map { abs($0.mean(.profit)) }.max() ?? 0
        let constraints = self.constraints
        return { outcome in
            var objective = -outcome.mean(.profit)
            for constraint in constraints {
                let value = outcome.value(of: constraint.measure)
                guard !constraint.isMet(by: value) else { continue }
                let scale = max(abs(constraint.threshold), 1e-6)
                let weight = 1e3 * (largest + 1) / scale
                // A strict comparison missed exactly has no shortfall; count it as the smallest one.
                objective += weight * max(constraint.violation(value), scale * 1e-9)
            }
            return objective
        }
    }
}
