import Forecasting
extension StrategiesSpec {
    /// Checks counts, unique names, product references, every parameter and the pairing
    /// (``validatePairs(into:at:)``). `products` are the product ids as written in the file.
    func validate(into checker: inout Checker, at path: FieldPath, products: [String]) {
        let forecastersPath = path.key("forecasters")
        if forecasters.isEmpty {
            checker.add(forecastersPath, .missingField, "list at least one forecaster", hint: "e.g. forecasters: [naive]")
        } else if forecasters.count > Self.maximumForecasters {
            checker.add(forecastersPath, .outOfRange,
                        "lists \(forecasters.count) forecasters; at most \(Self.maximumForecasters) are compared at once")
        }
        var forecasterIndex: [String: Int] = [:]
        for (index, forecaster) in forecasters.enumerated() {
            let itemPath = forecastersPath.index(index)
            if let first = forecasterIndex[forecaster.name] {
                checker.add(itemPath, .duplicate, "forecaster '\(forecaster.name)' is already listed at forecasters[\(first)]")
            } else {
                forecasterIndex[forecaster.name] = index
            }
            forecaster.validate(into: &checker, at: itemPath)
        }

        let policiesPath = path.key("policies")
        if policies.count > Self.maximumPolicies {
            checker.add(policiesPath, .outOfRange,
                        "lists \(policies.count) policies; at most \(Self.maximumPolicies) are compared at once")
        }
        var policyIndex: [String: Int] = [:]
        for (index, policy) in policies.enumerated() {
            let itemPath = policiesPath.index(index)
            if !Checker.isIdentifier(policy.name) {
                checker.add(itemPath.key("name"), .invalidValue,
                            "policy name '\(policy.name)' is empty or contains spaces, commas, quotes or slashes",
                            hint: "names end up in CSV files and file names")
            } else if let first = policyIndex[policy.name] {
                checker.add(itemPath.key("name"), .duplicate, "policy name '\(policy.name)' is already used by policies[\(first)]")
            } else {
                policyIndex[policy.name] = index
            }
            if let restricted = policy.products {
                checker.checkProducts(restricted, known: products, at: itemPath.key("products"))
            }
            policy.rule.validate(into: &checker, at: itemPath.key(policy.rule.key))
        }
        validatePairs(into: &checker, at: path)
    }
}

extension ForecasterSpec {
    /// Checks every parameter against the catalogue; `path` is the list item.
    func validate(into checker: inout Checker, at path: FieldPath) {
        switch choice {
        case let .model(name, settings):
            guard let entry = ForecasterCatalogue.entry(named: name) else { return }  // decoding reported it
            for problem in entry.problems(with: settings) {
                checker.add(path.key(name).key(problem.parameter), .outOfRange, "\(problem.parameter) \(problem.message)",
                            hint: "`sellthrough list` shows every forecaster's parameters")
            }
        case let .ensemble(name, _, members):
            let membersPath = path.key(Self.ensembleKey).key("members")
            if members.isEmpty {
                checker.add(membersPath, .missingField, "ensemble '\(name)' has no members",
                            hint: "name at least one forecaster, e.g. members: [ses, tsb]")
            }
            for (index, member) in members.enumerated() {
                ForecasterSpec(member).validate(into: &checker, at: membersPath.index(index))
            }
        }
    }
}

extension PolicyRule {
    /// The largest stock quantity a policy may name, in units (see ``ScenarioLimits/units``).
    static let maximumQuantity = ScenarioLimits.units

    /// Checks the parameters; `path` is the rule's parameter map (`policies[2].s_S`).
    func validate(into checker: inout Checker, at path: FieldPath) {
        switch self {
        case let .baseStock(level):
            checker.checkQuantity(level, at: path.key("level"))
        case let .sS(s, S, review):
            checker.checkQuantity(s, at: path.key("s"))
            checker.checkQuantity(S, at: path.key("S"))
            if s >= 0, S <= s {
                checker.add(path.key("S"), .invalidValue, "S (\(S)) must be greater than s (\(s))",
                            hint: "when the position falls to s or below, the policy orders up to S")
            }
            checker.checkPeriods(review, at: path.key("review"))
        case let .sQ(s, q):
            checker.checkQuantity(s, at: path.key("s"))
            checker.check(q, .positive, at: path.key("Q"), hint: "Q is the quantity ordered each time")
            checker.checkQuantity(q, at: path.key("Q"))
        case let .orderUpTo(review, level):
            checker.checkPeriods(review, at: path.key("review"))
            checker.checkQuantity(level, at: path.key("level"))
        case let .minMax(min, max, review):
            checker.checkQuantity(min, at: path.key("min"))
            checker.checkQuantity(max, at: path.key("max"))
            if min >= 0, max <= min {
                checker.add(path.key("max"), .invalidValue, "max (\(max)) must be greater than min (\(min))",
                            hint: "when the position falls below min, the policy orders up to max")
            }
            checker.checkPeriods(review, at: path.key("review"))
        case let .newsvendor(criticalRatio):
            if let criticalRatio {
                checker.check(criticalRatio, .openUnit, at: path.key("critical_ratio"),
                              hint: "leave it out to derive it from price, cost and salvage value")
            }
        case let .forecastOrderUpTo(review, target):
            checker.checkPeriods(review, at: path.key("review"))
            checker.check(target.value, .openUnit, at: path.key(target.key), hint: "0.95 means 95 %")
        case let .quantile(review, quantile):
            checker.checkPeriods(review, at: path.key("review"))
            checker.check(quantile, .openUnit, at: path.key("quantile"))
        case let .endOfLife(policy, stopDays, clearance):
            let inner = path.key("policy").key(policy.key)
            if case .endOfLife = policy {
                checker.add(inner, .invalidValue, "an end_of_life policy cannot wrap another end_of_life",
                            hint: "give one end_of_life with the stop and the clearance")
            } else {
                policy.validate(into: &checker, at: inner)
            }
            checker.check(stopDays, .between(0, Double(CalendarSpec.maximumDays)), at: path.key("stop_days"),
                          hint: "days an order must still have to sell after it arrives; 0 stops only orders that would arrive too late")
            if let clearance {
                checker.check(clearance.days, .between(1, Double(CalendarSpec.maximumDays)),
                              at: path.key("clearance").key("days"))
                checker.check(clearance.discount, .belowOne, at: path.key("clearance").key("discount"),
                              hint: "0.3 means 30 % off the list price")
            }
        }
    }
}

extension Checker {
    /// A stock quantity in units: ≥ 0, and not absurdly large.
    mutating func checkQuantity(_ value: Int, at path: FieldPath) {
        check(value, .nonNegative, at: path)
        check(value, Bounds(upper: PolicyRule.maximumQuantity), at: path)
    }

    /// A number of periods (a review interval, a season, a window): ≥ 1, at most a century.
    mutating func checkPeriods(_ value: Int, at path: FieldPath) {
        check(value, .atLeast(1), at: path)
        check(value, Bounds(upper: Double(CalendarSpec.maximumDays)), at: path)
    }
}
