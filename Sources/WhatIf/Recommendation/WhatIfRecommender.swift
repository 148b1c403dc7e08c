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
        guard let chosen else {
            return WhatIfResult.Recommendation(status: .noPointMeetsConstraint, point: nil, closest: closest,
                                               message: noPointMessage(closest.map { outcomes[$0] }))
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
        guard !constraints.isEmpty else {
            return WhatIfResult.Recommendation(status: .highestProfit, point: chosen, closest: nil,
                                               message: message + "; the highest expected profit of the \(orderableCount(outcomes)) points.")
        }
        let meeting = outcomes.filter { meets($0) && orderable($0.values) }.count
        message += "; the highest expected profit of the \(meeting) of \(orderableCount(outcomes)) points with \(constraints.text)"
            + unconstrainedNote(outcomes, chosen: chosen)
        return WhatIfResult.Recommendation(status: .highestProfitMeetingConstraint, point: chosen, closest: nil, message: message + ".")
    }

    /// Why nothing is recommended, naming the point that comes `closest` to the constraints.
    private func noPointMessage(_ closest: PointOutcome?) -> String {
        var message = "No evaluated point meets \(constraints.count > 1 ? "all of " : "")\(constraints.text)"
        if let closest {
            message += "; the closest is \(label(closest)) with " + constrainedFigures(of: closest)
                + " (expected profit \(WhatIfFormat.number(closest.mean(.profit))))"
        }
        return message + ". Widen the range of the varied field or relax the \(constraints.count > 1 ? "constraints" : "constraint")."
    }

    /// " (without it: …)": the orderable point the constraints ruled out, when it is not `chosen`; empty otherwise.
    private func unconstrainedNote(_ outcomes: [PointOutcome], chosen: Int) -> String {
        var free = self
        free.constraints = []
        guard let unconstrained = free.choose(outcomes, eligible: { orderable($0.values) }).point, unconstrained != chosen else { return "" }
        let best = outcomes[unconstrained]
        return " (without \(constraints.count > 1 ? "them" : "it"): \(label(best)), expected profit "
            + "\(WhatIfFormat.number(best.mean(.profit))), " + constrainedFigures(of: best) + ")"
    }

    /// "fill_rate 0.94996, lost_units 12": each constrained measure of `outcome`, with the
    /// decimals of its threshold.
    private func constrainedFigures(of outcome: PointOutcome) -> String {
        constraints.map { "\($0.measure.name) \(figure($0.measure, of: outcome, decimals: WhatIfFormat.decimals(for: $0.threshold)))" }
            .joined(separator: ", ")
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
