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

    /// The scenario's uncertainty section as the study draws it.
    struct Draws {
        /// Each drawn field, with its index in the uncertainty section.
        var indices: [FieldPath: Int] = [:]
        /// The drawn parameters as the outputs describe them, in the section's order.
        var uncertain: [WhatIfResult.Uncertain] = []
        /// The drawn paths whose draws are rounded to whole numbers.
        var wholeNumbers = Set<ScenarioFieldPath>()
    }

    /// What the checks of a varied field refer to.
    struct Context {
        let document: ScenarioDocument
        let strategy: WhatIfStrategy
        /// The product ids the figures are reported for; nil: the whole catalogue.
        let focus: Set<String>?
        /// The constraints, checked against each other.
        let constraints: [WhatIfConstraint]
        /// The fields the strategy reads.
        let reach: StrategyReach
        let draws: Draws
        /// A field path's location in the document, nil when it names nothing.
        let locate: (ScenarioFieldPath) -> FieldPath?
    }

    /// Checks the study against `document` without running anything.
    /// - Throws: ``WhatIfError`` for one problem: the number of axes, an unknown strategy, a field
    ///   path that names nothing or a field that cannot be varied, a field the strategy never
    ///   reads, a value the field cannot take, constraints that contradict each other.
    func setUp(_ document: ScenarioDocument) throws(WhatIfError) -> Setup {
        try checkShape()
        let replications = self.replications ?? document.base.replications
        guard replications >= 1 else { throw WhatIfError(.request, "must be at least 1", subject: .replications) }
        let context = try context(document)
        let (fields, described) = try variedFields(in: context)
        let evaluator = WhatIfEvaluator(document: document, paths: axes.map(\.path), strategy: context.strategy,
                                        seed: seed ?? document.base.seed, replications: replications, threads: threads,
                                        wholeNumbers: context.draws.wholeNumbers, focus: context.focus)
        return Setup(evaluator: evaluator, axes: markingOrderable(described, fields: fields, in: context),
                     uncertainty: sweptDraws(context.draws.uncertain), refines: refine ?? (axes.count == 1),
                     constraints: context.constraints)
    }

    /// Refuses a study of the wrong shape: not one or two fields, a refinement along two, no
    /// thread, too many points.
    func checkShape() throws(WhatIfError) {
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
    }

    /// The strategy, the product focus, the constraints and the drawn fields, checked in that order.
    func context(_ document: ScenarioDocument) throws(WhatIfError) -> Context {
        let base = document.base
        let strategy = try WhatIfStrategy.choose(self.strategy, in: base)
        let focus = try product.map { (id) throws(WhatIfError) in try Self.focus(id, strategy: strategy, in: base) }
        let constraints = try WhatIfConstraint.checked(self.constraints)
        let locate = { (path: ScenarioFieldPath) -> FieldPath? in try? document.locate(path).fieldPath }
        let reach = StrategyReach(strategy: strategy, spec: base, focus: focus, product: product, constraints: constraints,
                                  locate: locate)
        return Context(document: document, strategy: strategy, focus: focus, constraints: constraints, reach: reach,
                       draws: try Self.draws(of: document), locate: locate)
    }

    /// The fields the scenario's uncertainty section draws.
    /// - Throws: ``WhatIfError`` (the scenario's) for a path that names nothing.
    static func draws(of document: ScenarioDocument) throws(WhatIfError) -> Draws {
        var draws = Draws()
        for (index, parameter) in document.base.uncertainty.enumerated() {
            let location: FieldLocation
            do {
                location = try document.locate(parameter.path)
            } catch {
                throw WhatIfError(.scenario, "\(document.file): uncertainty[\(index)].path: \(error.message)", hint: error.hint)
            }
            draws.indices[location.fieldPath] = index
            let whole = takesWholeNumbers(parameter.path, at: location, in: document)
            if whole { draws.wholeNumbers.insert(parameter.path) }
            draws.uncertain.append(WhatIfResult.Uncertain(path: parameter.path.description,
                                                          distribution: parameter.distribution.summary, wholeNumbers: whole))
        }
        return draws
    }

    /// Each varied field, checked in order, and its description.
    func variedFields(in context: Context) throws(WhatIfError) -> (fields: [FieldPath], axes: [WhatIfResult.Axis]) {
        var varied: [FieldPath: ScenarioFieldPath] = [:]
        var fields: [FieldPath] = []
        var described: [WhatIfResult.Axis] = []
        for axis in axes {
            let location = try Self.variable(axis, in: context, besides: varied)
            varied[location.fieldPath] = axis.path
            fields.append(location.fieldPath)
            described.append(try Self.described(axis, at: location, in: context))
        }
        return (fields, described)
    }

    /// Where `axis` points, once it is known to be a field that can be varied: not fixed, not
    /// drawn, read by the strategy, not varied already (`varied`).
    static func variable(_ axis: SweepAxis, in context: Context,
                         besides varied: [FieldPath: ScenarioFieldPath]) throws(WhatIfError) -> FieldLocation {
        let sweep = WhatIfError.Subject.sweep(axis.path.description)
        let location: FieldLocation
        do {
            location = try context.document.locate(axis.path)
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
        if let index = context.draws.indices[location.fieldPath] {
            throw WhatIfError(.request, "the scenario draws this field in every replication (uncertainty[\(index)])",
                              hint: parametersHint(index, in: context.document), subject: sweep)
        }
        try checkRead(location.fieldPath, in: context, subject: sweep)
        if let other = varied[location.fieldPath] {
            throw WhatIfError(.request, "the same field as the other varied one, \(other)", hint: "vary two different fields",
                              subject: sweep)
        }
        return location
    }

    /// Refuses a field the strategy never reads: every point would give the same figures.
    static func checkRead(_ field: FieldPath, in context: Context, subject: WhatIfError.Subject) throws(WhatIfError) {
        guard let reason = context.reach.unread(field) else { return }
        let strategy = context.strategy
        throw WhatIfError(.request, "the strategy \(strategy.name) never reads this field, so every point "
                            + "would give the same figures: \(reason)",
                          hint: context.reach.summary + otherStrategyHint(reading: field, in: context.document.base, besides: strategy,
                                                                          constraints: context.constraints, locate: context.locate),
                          subject: subject)
    }

    /// The varied field as the outputs describe it, once its values are known to fit it.
    static func described(_ axis: SweepAxis, at location: FieldLocation, in context: Context) throws(WhatIfError) -> WhatIfResult.Axis {
        let whole = takesWholeNumbers(axis.path, at: location, in: context.document)
        if whole, let fractional = axis.values.first(where: { $0 != $0.rounded() }) {
            throw WhatIfError(.request, "\(location.fieldPath) takes whole numbers; \(WhatIfFormat.value(fractional)) is not one",
                              hint: "use whole-number values and steps", subject: .sweep(axis.path.description))
        }
        let label = FieldLabel.of(location.fieldPath, in: context.document.base, locate: context.locate)
        return WhatIfResult.Axis(path: axis.path.description, field: location.fieldPath.description,
                                 fileValue: location.value, wholeNumbers: whole, label: label.title, unit: label.unit,
                                 orderable: nil, values: axis.values)
    }

    /// `described` with the quantities each field can be ordered in, given every field the
    /// study sets (varied or drawn).
    func markingOrderable(_ described: [WhatIfResult.Axis], fields: [FieldPath], in context: Context) -> [WhatIfResult.Axis] {
        let setElsewhere = fields + context.draws.indices.keys.sorted { $0.description < $1.description }
        var described = described
        for (index, field) in fields.enumerated() {
            described[index].orderable = Self.orderable(field, in: context.document.base, alsoSet: setElsewhere)
        }
        return described
    }

    /// `uncertain` with a note beside each drawn parameter whose distribution is itself swept.
    func sweptDraws(_ uncertain: [WhatIfResult.Uncertain]) -> [WhatIfResult.Uncertain] {
        var uncertain = uncertain
        for axis in axes where axis.path.section == "uncertainty" {
            if axis.path.parts.count > 1, case let .index(index) = axis.path.parts[1], uncertain.indices.contains(index) {
                uncertain[index].distribution += " (swept: \(axis.path))"
            }
        }
        return uncertain
    }
}
