import Scenario

extension WhatIfStudy {
    /// Everything checked before any backtest: the strategy, the axes and their values, the
    /// drawn fields. The evaluator it returns runs the points.
    struct Setup {
        var evaluator: WhatIfEvaluator
        var axes: [WhatIfResult.Axis]
        var uncertainty: [WhatIfResult.Uncertain]
        var refines: Bool
        /// The constraints, checked against each other.
        var constraints: [WhatIfConstraint]
    }

    /// Checks the study against `document` without running anything.
    /// - Throws: ``WhatIfError`` for one problem: the number of axes, an unknown strategy, a field
    ///   path that names nothing or a field that cannot be varied, a field the strategy never
    ///   reads, a value the field cannot take, constraints that contradict each other.
    func setUp(_ document: ScenarioDocument) throws(WhatIfError) -> Setup {
        guard (1...2).contains(axes.count) else {
            throw WhatIfError(.request, "one or two fields are varied, not \(axes.count)",
                              hint: "one field gives a curve (and a refined optimum), two a grid", subject: .sweep(nil))
        }
        if refine == true, axes.count != 1 {
            throw WhatIfError(.request, "the refinement searches along one field, but \(axes.count) are varied",
                              hint: "vary one field, or do without the refinement", subject: .refinement)
        }
        guard threads >= 1 else { throw WhatIfError(.request, "must be at least 1", subject: .threads) }
        let points = axes.map(\.values.count).reduce(1, *)
        guard points <= Self.maximumPoints else {
            throw WhatIfError(.request, "the grid has \(points) points; a sweep takes at most \(Self.maximumPoints)",
                              hint: "use larger steps, or sweep one field first and then the other around its best value",
                              subject: .sweep(nil))
        }
        let base = document.base
        let replications = self.replications ?? base.replications
        guard replications >= 1 else { throw WhatIfError(.request, "must be at least 1", subject: .replications) }
        let strategy = try WhatIfStrategy.choose(self.strategy, in: base)
        let focus = try product.map { (id) throws(WhatIfError) in try Self.focus(id, strategy: strategy, in: base) }
        let constraints = try WhatIfConstraint.checked(self.constraints)
        let locate = { (path: ScenarioFieldPath) -> FieldPath? in try? document.locate(path).fieldPath }
        let reach = StrategyReach(strategy: strategy, spec: base, focus: focus, product: product, constraints: constraints,
                                  locate: locate)

        var drawn: [FieldPath: Int] = [:]
        var uncertain: [WhatIfResult.Uncertain] = []
        var wholeNumbers = Set<ScenarioFieldPath>()
        for (index, parameter) in base.uncertainty.enumerated() {
            let location: FieldLocation
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
        var fields: [FieldPath] = []
        for axis in axes {
            let sweep = WhatIfError.Subject.sweep(axis.path.description)
            let location: FieldLocation
            do {
                location = try document.locate(axis.path)
            } catch {
                throw WhatIfError(error, subject: sweep)
            }
            // The uncertainty section's own numbers (a distribution's median, say) may be varied.
            if axis.path.section != "uncertainty", UncertainParameter.fixedSections.contains(axis.path.section) {
                throw WhatIfError(.request, "'\(axis.path.section)' cannot be varied",
                                  hint: axis.path.section == "seed" || axis.path.section == "replications"
                                    ? "set the study's \(axis.path.section) instead" : "vary products, events, calendar or strategies fields",
                                  subject: sweep)
            }
            if let index = drawn[location.fieldPath] {
                throw WhatIfError(.request, "the scenario draws this field in every replication (uncertainty[\(index)])",
                                  hint: Self.parametersHint(index, in: document), subject: sweep)
            }
            if let reason = reach.unread(location.fieldPath) {
                throw WhatIfError(.request, "the strategy \(strategy.name) never reads this field, so every point "
                                    + "would give the same figures: \(reason)",
                                  hint: reach.summary + Self.otherStrategyHint(reading: location.fieldPath, in: base,
                                                                               besides: strategy, constraints: constraints, locate: locate),
                                  subject: sweep)
            }
            if let other = varied[location.fieldPath] {
                throw WhatIfError(.request, "the same field as the other varied one, \(other)", hint: "vary two different fields",
                                  subject: sweep)
            }
            varied[location.fieldPath] = axis.path
            fields.append(location.fieldPath)
            let whole = Self.takesWholeNumbers(axis.path, at: location, in: document)
            if whole, let fractional = axis.values.first(where: { $0 != $0.rounded() }) {
                throw WhatIfError(.request, "\(location.fieldPath) takes whole numbers; \(WhatIfFormat.value(fractional)) is not one",
                                  hint: "use whole-number values and steps", subject: sweep)
            }
            let label = FieldLabel.of(location.fieldPath, in: base, locate: locate)
            described.append(WhatIfResult.Axis(path: axis.path.description, field: location.fieldPath.description,
                                               fileValue: location.value, wholeNumbers: whole, label: label.title, unit: label.unit,
                                               orderable: nil, values: axis.values))
        }
        let setElsewhere = fields + drawn.keys.sorted { $0.description < $1.description }
        for (index, field) in fields.enumerated() {
            described[index].orderable = Self.orderable(field, in: base, alsoSet: setElsewhere)
        }
        // A drawn parameter whose distribution is itself swept: say so beside it.
        for axis in axes where axis.path.section == "uncertainty" {
            if axis.path.parts.count > 1, case let .index(index) = axis.path.parts[1], uncertain.indices.contains(index) {
                uncertain[index].distribution += " (swept: \(axis.path))"
            }
        }
        let evaluator = WhatIfEvaluator(document: document, paths: axes.map(\.path), strategy: strategy,
                                        seed: seed ?? base.seed, replications: replications, threads: threads,
                                        wholeNumbers: wholeNumbers, focus: focus)
        return Setup(evaluator: evaluator, axes: described, uncertainty: uncertain, refines: refine ?? (axes.count == 1),
                     constraints: constraints)
    }
}
