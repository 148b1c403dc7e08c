import Market

/// What the strategies will do with the products, checked once every part is valid: rules that
/// need a product's life to end, and the newsvendor's launch-period buy.
extension ScenarioSpec {
    /// - A `newsvendor` (alone or inside `end_of_life`) buys once for a season, and a season
    ///   must end: on a product sold to the end of the horizon it would never buy, so that is an
    ///   error at the product's `end_of_life`, naming the policy.
    /// - Any other `end_of_life` rule on such a product is just the rule it wraps: a warning.
    /// - Every newsvendor is warned about what its buy rests on (one period of sales), and a
    ///   product it manages with no launch stock (it then buys from zero sales).
    ///
    /// Policies that no strategy runs (left out of `pairs`) are skipped: they are warned about
    /// already.
    func validateStrategyPlan(into checker: inout Checker) {
        let running = Set(strategies.choices.map(\.policy.name))
        let policies = strategies.policies.enumerated().filter { running.contains($0.element.name) && $0.element.rule.needsLifeEnd }
        guard !policies.isEmpty else { return }
        let endless = products.map(sellsToHorizonEnd)
        let ending = products.indices.filter { !endless[$0] }.map { products[$0].id }
        for (index, policy) in policies {
            let policyPath = FieldPath.root.key("strategies").key("policies").index(index)
            let managed = products.indices.filter { policy.products?.contains(products[$0].id) ?? true }
            let buysOnce = policy.rule.buysOnce
            for product in managed where endless[product] {
                let productPath = FieldPath.root.key("products").index(product)
                let path = productPath.key("end_of_life")
                let restrict = ending.isEmpty ? "no product has one yet"
                    : "products: [" + ending.joined(separator: ", ") + "]"
                let hint = "give \(productPath) an end_of_life on or before \(calendar.calendar.firstDay(of: calendar.periods - 1)), "
                    + "or restrict the policy to products whose life ends (\(restrict))"
                let sold = "\(describe(product)) is on sale to the end of the horizon (\(lifeEndText(product)))"
                if buysOnce {
                    checker.add(path, .missingField, "\(sold), so newsvendor policy '\(policy.name)' (\(policyPath)) would never "
                                    + "buy for it: a single buy is for a season, and a season must end", hint: hint)
                } else {
                    checker.warn(path, .missingField, "\(sold), so end_of_life policy '\(policy.name)' (\(policyPath)) never "
                                    + "stops ordering or marks down for it: there it is just the rule it wraps", hint: hint)
                }
            }
            guard buysOnce else { continue }
            let rulePath = policy.rule.newsvendorPath.reduce(policyPath.key(policy.rule.key)) { $0.key($1) }
            checker.warn(rulePath, .invalidValue,
                         "newsvendor policy '\(policy.name)' buys once, at the end of each product's launch period, from a "
                            + "forecast fitted to that one period's sales (censored by the launch stock)",
                         hint: Self.launchBuyHint)
            for product in managed where !endless[product] && products[product].initialStock == 0 {
                checker.warn(FieldPath.root.key("products").index(product).key("initial_stock"), .invalidValue,
                             "\(describe(product)) starts with no stock, so it sells nothing in its launch period and "
                                + "newsvendor policy '\(policy.name)' buys from zero sales: with most forecasters, nothing",
                             hint: "give it an initial_stock (the launch buy) so the launch period's sales are seen")
            }
        }
    }

    /// What a newsvendor's buy amounts to, as measured: after one observation every forecaster
    /// but bass, analog and pooled has a flat mean and no spread, so every quantile is the mean.
    static let launchBuyHint = "after one period naive, ses and most forecasters carry those sales flat to the end of "
        + "life with no spread, so the buy tops the stock on hand and on order up to launch-period sales × periods to "
        + "end of life, whatever the critical ratio (bass, analog and pooled differ); a product launched after the "
        + "calendar's start is bought for before its launch instead, from the forecast before its first sale, when "
        + "the forecaster has one (analog)"

    /// Whether `product` is on sale in the horizon's last period, so that the closed loop never
    /// sees its life end (the rule of `ClosedLoop`: an end of life counts only before the last
    /// period).
    private func sellsToHorizonEnd(_ product: ProductSpec) -> Bool {
        let life = product.marketProduct(calendar: calendar).life
        let periods = calendar.calendar
        return periods.periods(touching: life.first, until: life.end ?? periods.end).upperBound >= calendar.periods
    }

    /// "product 'mug-set'", "product 'item' (all 1000 copies)".
    private func describe(_ index: Int) -> String {
        let product = products[index]
        return "product '\(product.id)'" + (product.copies > 1 ? " (all \(product.copies) copies)" : "")
    }

    /// Why the life does not end before the last period.
    private func lifeEndText(_ index: Int) -> String {
        guard let end = products[index].endOfLife else { return "it has no end_of_life" }
        return "its end_of_life, \(end), falls in the last \(calendar.period.rawValue)"
    }
}

extension PolicyRule {
    /// Whether the rule needs a product's life to end to mean anything: the newsvendor and
    /// every `end_of_life` rule.
    var needsLifeEnd: Bool {
        switch self {
        case .newsvendor, .endOfLife: return true
        default: return false
        }
    }

    /// Whether the rule is a newsvendor single buy, alone or inside `end_of_life`.
    var buysOnce: Bool {
        switch self {
        case .newsvendor: return true
        case let .endOfLife(policy, _, _): return policy.buysOnce
        default: return false
        }
    }

    /// Below the rule's parameters, where its newsvendor is (empty for a newsvendor itself).
    var newsvendorPath: [String] {
        if case let .endOfLife(policy, _, _) = self { return ["policy", policy.key] }
        return []
    }
}
