import GSL

/// Checking a distribution written in a scenario file. The rules of the distribution itself —
/// each parameter's domain, and those between parameters — are GSL's (``Distribution/problems``);
/// here they meet the scenario's limits, and are worded at the fields they concern.
extension Distribution {
    /// Checks every parameter within its limit in `limits` (``ScenarioLimits/leadTimeParameters``
    /// or ``ScenarioLimits/drawnParameters``: GSL's domain narrowed to the scenario's scale), and,
    /// when `nonNegative`, that no negative value can be drawn (lead times); then GSL's rules
    /// between parameters whose parameters passed; then the draws as a whole within
    /// `valueLimit`: the largest value a bounded family can draw, or the mean and sd of an
    /// unbounded one. A constant is checked at `path` itself when `bareConstant` (a lead time may
    /// be a bare number), else under its `constant` key.
    func validate(into checker: inout Checker, at path: FieldPath, nonNegative: Bool, what: String,
                  limits: [(String, FieldLimit)], valueLimit: Double, bareConstant: Bool = false) {
        let before = checker.problems.count
        // A gamma or lognormal given by mean and sd was converted to shape/scale or mu/sigma on
        // reading; when its mean or sd is out of bounds, saying so speaks the user's terms.
        if isGivenByMoments, !(abs(mean) <= valueLimit && standardDeviation <= valueLimit) {
            checkDraws(within: valueLimit, into: &checker, at: path, what: what)
            return
        }
        let key = DistributionCoding.Family(family).rawValue
        let familyPath = bareConstant && family == .constant ? path : path.key(key)
        var blamed = nonNegative ? checkNonNegative(into: &checker, at: familyPath, what: what) : []
        let limited = checkLimits(Dictionary(limits, uniquingKeysWith: { first, _ in first }), of: key, into: &checker,
                                  at: familyPath, skipping: &blamed)
        // What the limits did not already say: the rules between parameters that are each fine
        // on their own, and any parameter without a limit.
        for problem in problems where blamed.isDisjoint(with: problem.involves) {
            if case .outsideDomain = problem.kind, limited.contains(problem.parameter) { continue }
            checker.add(wording(problem, at: familyPath))
        }
        if checker.problems.count == before {
            checkDraws(within: valueLimit, into: &checker, at: path, what: what, bareConstant: bareConstant)
        }
    }

    /// Checks each parameter that has a limit in `limits` (keyed `key.parameter`, a list's
    /// entries `key.parameter[]`, a constant `key`), except those in `blamed`, and adds those it
    /// reports to `blamed`. Infinite bounds of a truncated normal mean "no bound" and are not
    /// checked. Returns the parameters that have a limit.
    private func checkLimits(_ limits: [String: FieldLimit], of key: String, into checker: inout Checker,
                             at path: FieldPath, skipping blamed: inout Set<String>) -> Set<String> {
        var limited: Set<String> = []
        for (parameter, values) in zip(family.parameters, parameterValues) {
            let name = family == .constant ? key : key + "." + parameter.name + (parameter.isList ? "[]" : "")
            guard let limit = limits[name] else { continue }
            limited.insert(parameter.name)
            guard !blamed.contains(parameter.name) else { continue }
            let at = family == .constant ? path : path.key(parameter.name)
            let before = checker.problems.count
            for (index, value) in values.enumerated() where !(parameter.domain.allowsInfinity && value.isInfinite) {
                checker.check(value, limit, at: parameter.isList ? at.index(index) : at)
            }
            if checker.problems.count > before { blamed.insert(parameter.name) }
        }
        return limited
    }

    /// Reports a lead time that can be drawn negative where its limits alone would not say so —
    /// a normal, a truncated normal without a lower bound of at least 0 — and returns the
    /// parameters it blames. (A negative bound or value of another family is outside its limit,
    /// which starts at 0.)
    private func checkNonNegative(into checker: inout Checker, at path: FieldPath, what: String) -> Set<String> {
        guard !isNonNegative else { return [] }
        switch self {
        case .normal:
            checker.add(path, .invalidValue, "a normal \(what) can be negative",
                        hint: "use truncated_normal with lower: 0, or gamma or lognormal")
            return []
        case let .truncatedNormal(_, _, lower, _):
            checker.add(path.key("lower"), .outOfRange,
                        "a \(what) cannot be negative: lower must be >= 0, found \(formatNumber(lower))")
            return ["lower"]
        default:
            return []
        }
    }

    /// A problem GSL found, at the field it concerns (`path` is the family's parameter map).
    private func wording(_ problem: ParameterProblem, at path: FieldPath) -> FieldProblem {
        let name = problem.parameter, value = formatNumber(problem.value)
        switch problem.kind {
        case let .outsideDomain(domain):
            let at = family == .constant ? path : path.key(name)
            return FieldProblem(problem.index.map { at.index($0) } ?? at, .outOfRange,
                                "must be \(domain.requirement), found \(value)")
        case let .notBelow(upper, bound):
            return FieldProblem(path, .invalidValue, "\(name) (\(value)) must be below \(upper) (\(formatNumber(bound)))",
                                hint: family == .uniform ? "use a constant for a fixed value" : nil)
        case .empty:
            return FieldProblem(path.key(name), .missingField, "needs at least one value")
        case let .countMismatch(other, count):
            return FieldProblem(path.key(name), .invalidValue,
                                "needs one weight per value: \(count) \(other), \(value) \(name)")
        case .zeroTotal:
            return FieldProblem(path.key(name), .invalidValue, "\(name) must not all be 0")
        case let .noProbability(mean, sd, upper):
            return FieldProblem(path, .invalidValue,
                                "[\(value), \(formatNumber(upper))] carries no probability under the normal it truncates "
                                    + "(mean \(formatNumber(mean)), sd \(formatNumber(sd))): it lies too far in the tail",
                                hint: "bring lower and upper within a few sd of the mean")
        }
    }

    /// Refuses draws that reach beyond `limit`: the largest draw of a bounded family, else the
    /// mean or the standard deviation (a lognormal with a huge sigma, a gamma with a tiny
    /// shape and a huge scale).
    func checkDraws(within limit: Double, into checker: inout Checker, at path: FieldPath, what: String,
                    bareConstant: Bool = false) {
        var familyPath = path.key(DistributionCoding.Family(family).rawValue)
        if bareConstant, case .constant = self { familyPath = path }
        if let largest = largestValue {
            if largest > limit {
                checker.add(familyPath, .outOfRange,
                            "draws up to \(formatNumber(largest)); a \(what) is at most \(formatNumber(limit))")
            }
            return
        }
        let mean = self.mean, sd = standardDeviation
        if !(abs(mean) <= limit) {
            checker.add(familyPath, .outOfRange, "has a mean of \(formatNumber(mean)); a \(what) is at most \(formatNumber(limit))",
                        hint: "check the parameters' units")
        } else if !(sd <= limit) {
            checker.add(familyPath, .outOfRange,
                        "has a standard deviation of \(formatNumber(sd)); a \(what) is at most \(formatNumber(limit))",
                        hint: "its draws would mostly be 0 or enormous; check the parameters' units")
        }
    }

    /// Families a file may give by their mean and sd (or median), converted on reading.
    private var isGivenByMoments: Bool {
        family == .gamma || family == .lognormal
    }
}
