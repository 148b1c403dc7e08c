import Backtest
import Scenario

/// Chooses among evaluated points: the highest mean profit among those meeting every constraint
/// (by their means) and orderable, the refinement around it, and the words for both.
struct WhatIfRecommender {
    var constraints: [WhatIfConstraint]
    /// The varied fields, for messages.
    let paths: [ScenarioFieldPath]
    /// Per varied field, the quantities that can be ordered (nil: any value).
    var lattices: [OrderLattice?] = []

    /// The grid's best point, or, when none meets the constraints, the closest.
    struct Choice {
        var point: Int?
        var closest: Int?
    }

    func meets(_ outcome: PointOutcome) -> Bool {
        constraints.allSatisfy { $0.isMet(by: outcome.value(of: $0.measure)) }
    }

    /// Whether every varied value can be ordered.
    func orderable(_ values: [Double]) -> Bool {
        zip(lattices, values).allSatisfy { lattice, value in lattice?.contains(value) ?? true }
    }

    /// How far a point falls short of the constraints: the sum of each constraint's shortfall
    /// relative to its threshold (so that shares and units add up sensibly); 0 when all are met.
    func shortfall(_ outcome: PointOutcome) -> Double {
        constraints.reduce(0) { total, constraint in
            total + constraint.violation(outcome.value(of: constraint.measure)) / max(abs(constraint.threshold), 1e-9)
        }
    }

    /// The index of the best point meeting the constraints among those `eligible` (ties: the
    /// first); with none, the one that falls shortest of them (ties: the more profitable).
    func choose(_ outcomes: [PointOutcome], eligible: (PointOutcome) -> Bool = { _ in true }) -> Choice {
        var best: Int?
        for index in outcomes.indices where eligible(outcomes[index]) && meets(outcomes[index]) {
            if let current = best, outcomes[index].mean(.profit) <= outcomes[current].mean(.profit) { continue }
            best = index
        }
        guard best == nil, !constraints.isEmpty else { return Choice(point: best, closest: nil) }
        let closest = outcomes.indices.min { lhs, rhs in
            let left = shortfall(outcomes[lhs]), right = shortfall(outcomes[rhs])
            if left != right { return left < right }
            return outcomes[lhs].mean(.profit) > outcomes[rhs].mean(.profit)
        }
        return Choice(point: nil, closest: closest)
    }

    // MARK: - Refinement

    /// Brent's search between the neighbours of the best grid point (one varied field; the grid
    /// in increasing order), on `lattice` when the field takes whole numbers or orderable
    /// quantities only. Returns the summary, whose `best` indexes the grid followed by the new
    /// points, and the new points.
    func refine(grid: [PointOutcome], best: Int?, lattice: OrderLattice?, budget: Int,
                evaluate: (Double) async throws(WhatIfError) -> PointOutcome)
        async throws(WhatIfError) -> (WhatIfResult.Refinement, [PointOutcome]) {
        func notRefined(_ status: WhatIfResult.Refinement.Status, _ message: String) -> (WhatIfResult.Refinement, [PointOutcome]) {
            (WhatIfResult.Refinement(status: status, message: message, bracket: nil, evaluations: 0, converged: false, best: nil), [])
        }
        guard let path = paths.first, let best else {
            return notRefined(.notPossible, "no grid point meets the \(constraints.count > 1 ? "constraints" : "constraint"), "
                                + "so there is no best point to refine around")
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
        if let lattice, !lattice.hasValue(between: lower, and: upper, except: values[best]) {
            return notRefined(.notPossible, lattice.constrains
                ? "no other orderable quantity (\(lattice.text)) lies between the neighbours of \(value)"
                : "the neighbours of \(value) are the next whole numbers: nothing lies between them")
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
        let search = WhatIfRefinement(lower: lower, guess: values[best], upper: upper, lattice: lattice, budget: budget)
        let outcome = try await search.search(known: known, objective: objective, evaluate: evaluate)
        // The best of the grid's best and the new points, among those meeting the constraints.
        var bestIndex = best
        for (offset, point) in outcome.evaluated.enumerated() where meets(point) {
            let current = bestIndex < grid.count ? grid[bestIndex] : outcome.evaluated[bestIndex - grid.count]
            if point.mean(.profit) > current.mean(.profit) { bestIndex = grid.count + offset }
        }
        let found = bestIndex < grid.count ? grid[bestIndex] : outcome.evaluated[bestIndex - grid.count]
        var message = "Brent's method between \(WhatIfFormat.value(lower)) and \(WhatIfFormat.value(upper))"
            + (lattice?.constrains == true ? ", on the orderable quantities (\(lattice?.text ?? "")),"  : "")
            + " evaluated \(outcome.evaluated.count) new value\(outcome.evaluated.count == 1 ? "" : "s")"
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

    // MARK: - Words and figures

    /// The constraints as the outputs carry them.
    var summaries: [WhatIfResult.Constraint] {
        constraints.map {
            WhatIfResult.Constraint(measure: $0.measure.name, comparison: $0.comparison.rawValue, threshold: $0.threshold, text: $0.text)
        }
    }

    /// `measure` of `outcome` with the decimals that keep it on the same side of every
    /// constraint on it as its exact value (`fill_rate 0.94996`, never a failing `0.950`).
    func figure(_ measure: WhatIfConstraint.Measure, of outcome: PointOutcome, decimals: Int) -> String {
        let value = outcome.value(of: measure)
        let tests = constraints.filter { $0.measure == measure }.map { constraint in { constraint.isMet(by: $0) } }
        return WhatIfFormat.number(value, decimals: WhatIfFormat.decimals(showing: [value], from: decimals, tests: tests))
    }

    /// The recommendation for the points evaluated (in order of value); `source` is where the
    /// chosen point came from (the refinement, the orderable neighbours of a better point).
    func recommendation(_ outcomes: [PointOutcome], chosen: Int?, closest: Int?,
                        source: WhatIfPoint.Source?) -> WhatIfResult.Recommendation {
        let text = constraints.text
        guard let chosen else {
            var message = "No evaluated point meets \(constraints.count > 1 ? "all of " : "")\(text)"
            if let closest {
                let outcome = outcomes[closest]
                let figures = constraints.map { "\($0.measure.name) \(figure($0.measure, of: outcome, decimals: WhatIfFormat.decimals(for: $0.threshold)))" }
                message += "; the closest is \(label(outcome)) with " + figures.joined(separator: ", ")
                    + " (expected profit \(WhatIfFormat.number(outcome.mean(.profit))))"
            }
            message += ". Widen the range of the varied field or relax the \(constraints.count > 1 ? "constraints" : "constraint")."
            return WhatIfResult.Recommendation(status: .noPointMeetsConstraint, point: nil, closest: closest, message: message)
        }
        let outcome = outcomes[chosen]
        var message = "Recommended: \(label(outcome))"
        switch source {
        case .refinement?: message += " (refined)"
        case .rounding?: message += " (orderable neighbour)"
        case .grid?, nil: break
        }
        message += " — expected profit \(WhatIfFormat.estimate(WhatIfEstimate(outcome.statistic(.profit))))"
            + ", fill rate \(figure(.metric(.fillRate), of: outcome, decimals: 3))"
            + ", stockout probability \(figure(.stockoutProbability, of: outcome, decimals: 2))"
            + ", leftover \(figure(.metric(.leftoverUnits), of: outcome, decimals: 0)) units"
            + ", lost \(figure(.metric(.lostUnits), of: outcome, decimals: 0)) units"
        let status: WhatIfResult.Recommendation.Status
        if constraints.isEmpty {
            status = .highestProfit
            message += "; the highest expected profit of the \(orderableCount(outcomes)) points"
        } else {
            status = .highestProfitMeetingConstraint
            let meeting = outcomes.filter { meets($0) && orderable($0.values) }.count
            message += "; the highest expected profit of the \(meeting) of \(orderableCount(outcomes)) points with \(text)"
            var free = self
            free.constraints = []
            if let unconstrained = free.choose(outcomes, eligible: { orderable($0.values) }).point, unconstrained != chosen {
                let best = outcomes[unconstrained]
                let figures = constraints.map { "\($0.measure.name) \(figure($0.measure, of: best, decimals: WhatIfFormat.decimals(for: $0.threshold)))" }
                message += " (without \(constraints.count > 1 ? "them" : "it"): \(label(best)), expected profit "
                    + "\(WhatIfFormat.number(best.mean(.profit))), " + figures.joined(separator: ", ") + ")"
            }
        }
        return WhatIfResult.Recommendation(status: status, point: chosen, closest: nil, message: message + ".")
    }

    /// "7 orderable" or "7": how many points the recommendation chose among.
    private func orderableCount(_ outcomes: [PointOutcome]) -> String {
        guard lattices.contains(where: { $0?.constrains == true }) else { return "\(outcomes.count)" }
        return "\(outcomes.filter { orderable($0.values) }.count) orderable"
    }

    /// A point's figures for the outputs, with its profit against the recommended point's.
    /// `measures` are the constrained measures the standard figures do not show.
    func point(_ outcome: PointOutcome, source: WhatIfPoint.Source, recommended: PointOutcome?, isRecommended: Bool,
               measures: [WhatIfConstraint.Measure]) -> WhatIfPoint {
        let difference = recommended.map { WhatIfEstimate(outcome.profitDifference(from: $0)) }
        let orderable = orderable(outcome.values)
        var withinNoise = false
        if !isRecommended, orderable, meets(outcome), let low = difference?.low, let high = difference?.high {
            withinNoise = low <= 0 && 0 <= high
        }
        return WhatIfPoint(
            values: outcome.values, source: source, replications: outcome.replications.count,
            profit: WhatIfEstimate(outcome.statistic(.profit)), fillRate: WhatIfEstimate(outcome.statistic(.fillRate)),
            leftoverUnits: WhatIfEstimate(outcome.statistic(.leftoverUnits)), lostUnits: WhatIfEstimate(outcome.statistic(.lostUnits)),
            stockoutProbability: outcome.estimate(of: .stockoutProbability),
            measures: Dictionary(uniqueKeysWithValues: measures.map { ($0.name, outcome.estimate(of: $0)) }),
            meetsConstraints: constraints.isEmpty ? nil : meets(outcome),
            constraintsMet: constraints.map { $0.isMet(by: outcome.value(of: $0.measure)) },
            orderable: orderable, profitVersusRecommended: difference, withinNoise: withinNoise)
    }

    /// The constrained measures the standard figures do not show, each once, in order.
    var extraMeasures: [WhatIfConstraint.Measure] {
        var measures: [WhatIfConstraint.Measure] = []
        for constraint in constraints where !WhatIfResult.standardMeasures.contains(constraint.measure.name) {
            if !measures.contains(constraint.measure) { measures.append(constraint.measure) }
        }
        return measures
    }

    /// `products[a].initial_stock = 7340` (and the second field, when two vary).
    func label(_ outcome: PointOutcome) -> String {
        zip(paths, outcome.values).map { "\($0) = \(WhatIfFormat.value($1))" }.joined(separator: ", ")
    }
}
