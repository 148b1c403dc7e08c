import Calendar
import GSL
import Yams

extension ScenarioSpec {
    /// Every semantic problem: ranges, references between products and events, dates against
    /// the calendar. Empty for a valid scenario.
    func validationProblems() -> [FieldProblem] {
        validationFindings().problems
    }

    /// The problems, and, for a scenario without any, the warnings: what is valid but probably
    /// not meant (see ``validateStrategyPlan(into:)``).
    func validationFindings() -> (problems: [FieldProblem], warnings: [FieldProblem]) {
        var checker = Checker()
        let root = FieldPath.root
        if name.isEmpty || name.hasPrefix(".") || !name.allSatisfy(Self.isNameCharacter) {
            checker.add(root.key("name"), .invalidValue, "'\(name)' cannot name a results directory",
                        hint: "use letters, digits, '-', '_' and '.', not starting with '.'")
        }
        checker.checkLength(name, at: root.key("name"), what: "the scenario name",
                            why: "it names the results folder Results/runs/NAME, and file systems limit a folder name to 255 bytes")
        checker.check(replications, ScenarioLimits.replicationCount, at: root.key("replications"))
        let generators = RandomStream.availableGenerators
        if !generators.contains(generator) {
            checker.add(root.key("generator"), .unknownReference, "unknown GSL random number generator '\(generator)'",
                        hint: Suggestion.closest(to: generator, among: generators).map { "did you mean '\($0)'?" }
                            ?? "e.g. mt19937, taus2, ranlxd2")
        }
        let calendarIsValid = validateCalendar(&checker)
        if products.isEmpty {
            checker.add(root.key("products"), .missingField, "a scenario needs at least one product")
        }
        var firstIndex: [String: Int] = [:]
        for (index, product) in products.enumerated() {
            let path = root.key("products").index(index)
            if let first = firstIndex[product.id] {
                checker.add(path.key("id"), .duplicate, "product id '\(product.id)' is already used by products[\(first)]")
            } else {
                firstIndex[product.id] = index
            }
            product.validate(into: &checker, at: path, calendar: calendar, calendarIsValid: calendarIsValid)
        }
        validateCatalogue(into: &checker)
        let ids = products.map(\.id)
        for (index, event) in events.enumerated() {
            event.validate(into: &checker, at: root.key("events").index(index), calendar: calendar,
                           calendarIsValid: calendarIsValid, products: ids)
        }
        strategies.validate(into: &checker, at: root.key("strategies"), products: ids)
        validateEnsembleNames(into: &checker)
        validateUncertainty(into: &checker)
        // Demand bounds combine every part of a product, so they are only checked once each part is valid.
        guard checker.problems.isEmpty else { return (checker.problems, []) }
        let bounds = demandBoundProblems()
        guard bounds.isEmpty else { return (bounds, []) }
        // What the strategies will do with the products needs every part valid too.
        validateStrategyPlan(into: &checker)
        return (checker.problems, checker.problems.isEmpty ? checker.warnings : [])
    }

    /// Checks the calendar; dates elsewhere are only checked against a valid one.
    private func validateCalendar(_ checker: inout Checker) -> Bool {
        let path = FieldPath.root.key("calendar")
        let maximum = CalendarSpec.maximumPeriods(calendar.period)
        let before = checker.problems.count
        checker.check(calendar.periods, .between(1, Double(maximum)), at: path.key("periods"),
                      hint: "at most about a century of \(calendar.period.rawValue)s")
        if !calendar.period.canStart(on: calendar.start) {
            checker.add(path.key("start"), .invalidValue, Self.misalignedStartMessage(calendar),
                        hint: "start on \(Self.alignedStart(calendar))")
        }
        return checker.problems.count == before
    }

    /// Why a monthly or quarterly calendar may not start on its start day.
    private static func misalignedStartMessage(_ calendar: CalendarSpec) -> String {
        calendar.period == .quarter
            ? "a quarterly calendar starts on the first day of a quarter (Jan 1, Apr 1, Jul 1 or Oct 1); \(calendar.start) is not one"
            : "a monthly calendar starts on the 1st of a month; \(calendar.start) is not"
    }

    /// The first day of the month (quarter) that holds the start.
    private static func alignedStart(_ calendar: CalendarSpec) -> CalendarDate {
        let (year, month, _) = calendar.start.components
        let first = calendar.period == .quarter ? month - (month - 1) % 3 : month
        return CalendarDate(year: year, month: first, day: 1) ?? calendar.start
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-_.".contains(character))
    }

    /// Validates a spec built in code (not read from a file). Issues carry field paths but no
    /// line numbers, and name `file`, by default the spec's own (``origin``).
    public func validate(file: String? = nil) throws(ScenarioError) {
        let file = file ?? origin.file
        var problems = validationProblems()
        if problems.isEmpty, !uncertainty.isEmpty, let resolved = try? Yams.compose(yaml: encodedYAML()) {
            problems = uncertaintyPathProblems(in: resolved)
        }
        guard problems.isEmpty else {
            throw ScenarioError(issues: problems.map {
                ScenarioIssue(kind: $0.kind, file: file, path: $0.path.description, message: $0.message, hint: $0.hint)
            })
        }
    }
}
