import Backtest

/// Chooses among evaluated points: the highest mean profit among those meeting the constraint
/// (by their means), the refinement around it, and the words for both.
struct WhatIfRecommender {
    let constraint: WhatIfConstraint?
    /// The varied fields, for messages.
    let paths: [ScenarioFieldPath]

    /// The grid's best point, or, when none meets the constraint, the closest.
    struct Choice {
        var point: Int?
        var closest: Int?
    }

    func meets(_ outcome: PointOutcome) -> Bool {
        guard let constraint else { return true }
        return constraint.isMet(by: outcome.value(of: constraint.measure))
    }

    /// The index of the best point meeting the constraint (ties: the first); with none, the one
    /// whose mean falls shortest of the threshold (ties: the more profitable).
    func choose(_ outcomes: [PointOutcome]) -> Choice {
        var best: Int?
        for index in outcomes.indices where meets(outcomes[index]) {
            if let current = best, outcomes[index].mean(.profit) <= outcomes[current].mean(.profit) { continue }
            best = index
        }
        guard best == nil, let constraint else { return Choice(point: best, closest: nil) }
        let closest = outcomes.indices.min { lhs, rhs in
            let left = constraint.violation(outcomes[lhs].value(of: constraint.measure))
            let right = constraint.violation(outcomes[rhs].value(of: constraint.measure))
            if left != right { return left < right }
            return outcomes[lhs].mean(.profit) > outcomes[rhs].mean(.profit)
        }
        return Choice(point: nil, closest: closest)
    }

    // MARK: - Refinement

    /// Brent's search between the neighbours of the best grid point (one varied field; the grid
    /// in increasing order). Returns the summary, whose `best` indexes the grid followed by the
    /// new points, and the new points.
    func refine(grid: [PointOutcome], best: Int?, wholeNumbers: Bool, budget: Int,
                evaluate: (Double) async throws(WhatIfError) -> PointOutcome)
        async throws(WhatIfError) -> (WhatIfResult.Refinement, [PointOutcome]) {
        func notRefined(_ status: WhatIfResult.Refinement.Status, _ message: String) -> (WhatIfResult.Refinement, [PointOutcome]) {
            (WhatIfResult.Refinement(status: status, message: message, bracket: nil, evaluations: 0, converged: false, best: nil), [])
        }
        guard let path = paths.first, let best else {
            return notRefined(.notPossible, "no grid point meets the constraint, so there is no best point to refine around")
        }
        let values = grid.map { $0.values.first ?? 0 }
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
        let lower = values[best - 1], upper = values[best + 1]
        if wholeNumbers, upper - lower <= 2 {
            return notRefined(.notPossible, "the neighbours of \(value) are the next whole numbers: nothing lies between them")
        }
        let objective = objectiveFunction(grid)
        var known: [Double: Double] = [:]
        for (value, outcome) in zip(values, grid) { known[value] = objective(outcome) }
        let bracket = [lower, upper]
        guard let atBest = known[values[best]], let atLower = known[lower], let atUpper = known[upper],
              atBest < atLower, atBest < atUpper else {
            return (WhatIfResult.Refinement(
                status: .flat, message: "a neighbour of \(path) = \(value) does as well, so there is no bracket to search: the profit is flat there",
                bracket: bracket, evaluations: 0, converged: false, best: best), [])
        }
        let search = WhatIfRefinement(lower: lower, guess: values[best], upper: upper, wholeNumbers: wholeNumbers, budget: budget)
        let outcome = try await search.search(known: known, objective: objective, evaluate: evaluate)
        // The best of the grid's best and the new points, among those meeting the constraint.
        var bestIndex = best
        for (offset, point) in outcome.evaluated.enumerated() where meets(point) {
            let current = bestIndex < grid.count ? grid[bestIndex] : outcome.evaluated[bestIndex - grid.count]
            if point.mean(.profit) > current.mean(.profit) { bestIndex = grid.count + offset }
        }
        let found = bestIndex < grid.count ? grid[bestIndex] : outcome.evaluated[bestIndex - grid.count]
        var message = "Brent's method between \(WhatIfFormat.value(lower)) and \(WhatIfFormat.value(upper)) evaluated "
            + "\(outcome.evaluated.count) new value\(outcome.evaluated.count == 1 ? "" : "s")"
        if outcome.converged {
            message += " and converged"
        } else if let failure = outcome.failure {
            message += " and stopped: \(failure)"
        } else {
            message += " and stopped at its budget of \(budget)"
        }
        if bestIndex == best {
            message += "; none did better than the grid's \(path) = \(value)"
        } else {
            let gain = found.mean(.profit) - grid[best].mean(.profit)
            message += "; the best is \(path) = \(WhatIfFormat.value(found.values.first ?? 0)), expected profit "
                + "\(WhatIfFormat.number(found.mean(.profit))), \(WhatIfFormat.number(gain)) more than the grid's \(value)"
        }
        return (WhatIfResult.Refinement(status: .refined, message: message, bracket: bracket,
                                        evaluations: outcome.evaluated.count, converged: outcome.converged, best: bestIndex),
                outcome.evaluated)
    }

    /// −(mean profit), plus a penalty when the constraint is not met that outweighs any profit
    /// on the grid: weight × shortfall, the weight scaled so that a shortfall of a thousandth of
    /// the threshold costs as much as the largest profit seen.
    func objectiveFunction(_ grid: [PointOutcome]) -> (PointOutcome) -> Double {
        let largest = grid.map { abs($0.mean(.profit)) }.max() ?? 0
        let constraint = self.constraint
        let scale = max(abs(constraint?.threshold ?? 1), 1e-6)
        let weight = 1e3 * (largest + 1) / scale
        return { outcome in
            let profit = outcome.mean(.profit)
            guard let constraint else { return -profit }
            let value = outcome.value(of: constraint.measure)
            guard !constraint.isMet(by: value) else { return -profit }
            // A strict comparison missed exactly has no shortfall; count it as the smallest one.
            return -profit + weight * max(constraint.violation(value), scale * 1e-9)
        }
    }

    // MARK: - Words and figures

    /// The recommendation for the points evaluated (grid, then refinement).
    func recommendation(_ outcomes: [PointOutcome], chosen: Int?, closest: Int?, gridBest: Int?,
                        refined: Bool) -> WhatIfResult.Recommendation {
        guard let chosen else {
            var message = "No evaluated point meets \(constraint?.text ?? "the constraint")"
            if let closest, let constraint {
                let outcome = outcomes[closest]
                message += "; the closest is \(label(outcome)) with \(constraint.measure.name) "
                    + "\(WhatIfFormat.number(outcome.value(of: constraint.measure), decimals: WhatIfFormat.decimals(for: constraint.threshold)))"
                    + " (expected profit \(WhatIfFormat.number(outcome.mean(.profit))))"
            }
            message += ". Widen the range of the varied field or relax the constraint."
            return WhatIfResult.Recommendation(status: .noPointMeetsConstraint, point: nil, closest: closest, message: message)
        }
        let outcome = outcomes[chosen]
        var message = "Recommended: \(label(outcome))"
        if refined, chosen != gridBest { message += " (refined)" }
        message += " — expected profit \(WhatIfFormat.estimate(WhatIfEstimate(outcome.statistic(.profit))))"
            + ", fill rate \(WhatIfFormat.number(outcome.mean(.fillRate), decimals: 3))"
            + ", stockout probability \(WhatIfFormat.number(outcome.value(of: .stockoutProbability), decimals: 2))"
            + ", leftover \(WhatIfFormat.number(outcome.mean(.leftoverUnits))) units"
            + ", lost \(WhatIfFormat.number(outcome.mean(.lostUnits))) units"
        let status: WhatIfResult.Recommendation.Status
        if let constraint {
            status = .highestProfitMeetingConstraint
            let meeting = outcomes.filter(meets).count
            message += "; the highest expected profit of the \(meeting) of \(outcomes.count) points with \(constraint.text)"
            let unconstrained = WhatIfRecommender(constraint: nil, paths: paths).choose(outcomes).point
            if let unconstrained, unconstrained != chosen {
                let free = outcomes[unconstrained]
                message += " (without the constraint: \(label(free)), expected profit \(WhatIfFormat.number(free.mean(.profit))), "
                    + "\(constraint.measure.name) \(WhatIfFormat.number(free.value(of: constraint.measure), decimals: WhatIfFormat.decimals(for: constraint.threshold))))"
            }
        } else {
            status = .highestProfit
            message += "; the highest expected profit of the \(outcomes.count) points"
        }
        return WhatIfResult.Recommendation(status: status, point: chosen, closest: nil, message: message + ".")
    }

    /// A point's figures for the outputs, with its profit against the recommended point's.
    func point(_ outcome: PointOutcome, source: WhatIfPoint.Source, recommended: PointOutcome?) -> WhatIfPoint {
        var constrained: WhatIfEstimate?
        if let constraint {
            switch constraint.measure {
            case .metric(.profit), .metric(.fillRate), .metric(.leftoverUnits), .metric(.lostUnits), .stockoutProbability:
                constrained = nil
            case .metric:
                constrained = outcome.estimate(of: constraint.measure)
            }
        }
        return WhatIfPoint(
            values: outcome.values, source: source, replications: outcome.replications.count,
            profit: WhatIfEstimate(outcome.statistic(.profit)), fillRate: WhatIfEstimate(outcome.statistic(.fillRate)),
            leftoverUnits: WhatIfEstimate(outcome.statistic(.leftoverUnits)), lostUnits: WhatIfEstimate(outcome.statistic(.lostUnits)),
            stockoutProbability: outcome.estimate(of: .stockoutProbability), constrainedMeasure: constrained,
            meetsConstraint: constraint.map { _ in meets(outcome) },
            profitVersusRecommended: recommended.map { WhatIfEstimate(outcome.profitDifference(from: $0)) })
    }

    /// `products[a].initial_stock = 7340` (and the second field, when two vary).
    func label(_ outcome: PointOutcome) -> String {
        zip(paths, outcome.values).map { "\($0) = \(WhatIfFormat.value($1))" }.joined(separator: ", ")
    }
}
