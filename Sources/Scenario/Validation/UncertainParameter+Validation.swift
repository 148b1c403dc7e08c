import Yams

extension ScenarioSpec {
    /// Checks the uncertainty section on its own: distributions within GSL's domains, no path
    /// drawn twice, no path into a section that cannot be drawn. Whether each path names a
    /// numeric field is checked against the document (``uncertaintyPathProblems(in:)``).
    func validateUncertainty(into checker: inout Checker) {
        var first: [ScenarioFieldPath: Int] = [:]
        for (index, parameter) in uncertainty.enumerated() {
            let path = FieldPath.root.key("uncertainty").index(index)
            if UncertainParameter.fixedSections.contains(parameter.path.section) {
                checker.add(path.key("path"), .invalidValue, "'\(parameter.path.section)' cannot be drawn",
                            hint: "draw launch parameters: products, events, calendar or strategies fields")
            }
            if let earlier = first[parameter.path] {
                checker.add(path.key("path"), .duplicate, "\(parameter.path) is already drawn by uncertainty[\(earlier)]")
            } else {
                first[parameter.path] = index
            }
            parameter.distribution.validate(into: &checker, at: path, nonNegative: false, what: "drawn value",
                                            limits: ScenarioLimits.drawnParameters, valueLimit: ScenarioLimits.drawnValue)
        }
    }

    /// Problems with the uncertainty paths against the document they came from: each must name
    /// a number the file writes, or one it leaves at its default. `root` is the file's node tree;
    /// the resolved scenario is consulted only for paths the file does not write.
    func uncertaintyPathProblems(in root: Node) -> [FieldProblem] {
        guard !uncertainty.isEmpty else { return [] }
        var defaults: Node?
        var composedDefaults = false
        var problems: [FieldProblem] = []
        var drawn: [FieldPath: Int] = [:]
        for (index, parameter) in uncertainty.enumerated() {
            let at = FieldPath.root.key("uncertainty").index(index).key("path")
            var location = try? FieldResolver(root: root, defaults: nil).locate(parameter.path)
            if location == nil {
                if !composedDefaults {
                    defaults = try? Yams.compose(yaml: encodedYAML())
                    composedDefaults = true
                }
                do {
                    location = try FieldResolver(root: root, defaults: defaults).locate(parameter.path)
                } catch {
                    problems.append(FieldProblem(at, .unknownReference, error.message, hint: error.hint))
                }
            }
            // The same field named two ways (by id and by index) would be drawn twice.
            guard let field = location?.fieldPath else { continue }
            if let earlier = drawn[field] {
                problems.append(FieldProblem(at, .duplicate, "\(field) is already drawn by uncertainty[\(earlier)]"))
            } else {
                drawn[field] = index
            }
            // Draws beyond the field's own limit would stop every sweep that reaches them.
            if let limit = ScenarioLimits.limit(for: ScenarioLimits.pattern(of: field)), let upper = limit.bounds.upper {
                var checker = Checker()
                parameter.distribution.checkDraws(within: upper, into: &checker, at: FieldPath.root.key("uncertainty").index(index),
                                                  what: "\(parameter.path)")
                problems += checker.problems.map { problem in
                    var problem = problem
                    problem.hint = "the field's limit: \(limit.why)"
                    return problem
                }
            }
        }
        return problems
    }
}
