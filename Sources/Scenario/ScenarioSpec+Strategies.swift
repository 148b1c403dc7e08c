import Backtest
import Forecasting
import GSL
import Inventory
import Market

/// Turning a validated scenario into the backtest `sellthrough run` performs.
extension ScenarioSpec {
    /// The backtest of every strategy of `strategies` (``StrategiesSpec/choices``), on the
    /// scenario's market.
    ///
    /// - Parameters:
    ///   - seed, replications: overrides of the file's values (nil keeps them).
    ///   - runsOracle: whether to run the perfect-foresight oracle for regret.
    /// - Throws: ``ScenarioError`` when the scenario names no policy, or when a policy or
    ///   distribution cannot be built (which validation normally rules out); its issues name
    ///   the file the scenario was read from (``origin``).
    public func backtestPlan(seed: UInt64? = nil, replications: Int? = nil,
                             runsOracle: Bool = true) throws(ScenarioError) -> BacktestPlan {
        guard !strategies.policies.isEmpty else {
            throw issue("strategies.policies", .missingField, "a backtest needs at least one policy",
                        hint: "add strategies: {policies: [{name: s-S, s_S: {s: 20, S: 40}}]}; see docs/scenario-format.md")
        }
        let choices = strategies.choices
        guard !choices.isEmpty else {
            throw issue("strategies.pairs", .missingField, "the pairs name no strategy to run",
                        hint: "list pairs such as {forecaster: ses, policy: weekly-95} or {policy: s-S}")
        }
        let model = try marketModel()
        let terms = try productTerms()
        let contexts = try forecastingContexts(choices.compactMap(\.forecaster), seed: seed ?? self.seed)
        let positions = Dictionary(catalogue.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var built: [Strategy] = []
        for choice in choices {
            built.append(try strategy(choice, contexts: contexts, positions: positions))
        }
        return BacktestPlan(blueprint: MarketBlueprint(model: model), terms: terms, strategies: built,
                            seed: seed ?? self.seed, replications: replications ?? self.replications,
                            generator: generator, runsOracle: runsOracle)
    }

    /// Money, supplier terms and unmet-demand behaviour of each catalogue product.
    private func productTerms() throws(ScenarioError) -> [ProductTerms] {
        var terms: [ProductTerms] = []
        for (index, product) in catalogue.enumerated() {
            do {
                terms.append(try product.productTerms(calendar: calendar))
            } catch {
                throw issue("products[\(index)].supply.lead_time", .outOfRange, error.description)
            }
        }
        return terms
    }

    /// One strategy: its policy, the products it manages and, when its policy reads a forecast,
    /// a fresh forecaster per product.
    private func strategy(_ choice: StrategyChoice, contexts: [ForecastingContext],
                          positions: [String: Int]) throws(ScenarioError) -> Strategy {
        let policyIndex = strategies.policies.firstIndex(of: choice.policy) ?? 0
        let path = "strategies.policies[\(policyIndex)]"
        let policy: any InventoryPolicy
        do {
            policy = try choice.policy.rule.policy(periodDays: calendar.period.meanDays)
        } catch {
            throw issue(path, .outOfRange, "\(error)")
        }
        let managed = try managedProducts(choice.policy, positions: positions, path: path)
        guard let forecaster = choice.forecaster else {
            // Validation rules this out for files; a spec built in code gets an error, not a trap.
            guard !policy.readsForecast else {
                throw issue(path, .missingField, "policy '\(choice.policy.name)' reads a forecast but is paired with no forecaster",
                            hint: "pair it with a forecaster: {forecaster: naive, policy: \(choice.policy.name)}")
            }
            return Strategy(name: choice.name, policy: policy, products: managed)
        }
        let made: [any Forecaster]
        do {
            made = try forecaster.prototypes(contexts: contexts)
        } catch {
            throw issue("strategies.forecasters", .invalidValue, error.description)
        }
        return Strategy(name: choice.name, policy: policy, products: managed) { made[$0] }
    }

    /// The catalogue positions of the products `policy` manages; nil for all. A product with
    /// copies stands for all of them.
    private func managedProducts(_ policy: PolicySpec, positions: [String: Int], path: String) throws(ScenarioError) -> Set<Int>? {
        guard let ids = policy.products else { return nil }
        var managed: Set<Int> = []
        for id in ids {
            let copies = catalogueIDs(of: id).compactMap { positions[$0] }
            guard !copies.isEmpty else {
                throw issue(path + ".products", .unknownReference, "no product has the id '\(id)'")
            }
            managed.formUnion(copies)
        }
        return managed
    }

    /// Each product's forecasting context; the previous season's launches are simulated only
    /// when some forecaster borrows from comparable products.
    private func forecastingContexts(_ forecasters: [ForecasterSpec], seed: UInt64) throws(ScenarioError) -> [ForecastingContext] {
        guard forecasters.contains(where: \.choice.usesAnalogs) else { return forecastingContexts(analogs: nil) }
        do {
            return forecastingContexts(analogs: try pastLaunchLibrary(seed: seed))
        } catch let error as ScenarioError {
            throw error
        } catch {
            throw issue("strategies.forecasters", .invalidValue, "cannot simulate the previous season for analogs: \(error)")
        }
    }

    /// A problem found while building, at the field `path`, in the file the scenario was read
    /// from: no line, as the spec no longer knows where in the text the field was.
    func issue(_ path: String, _ kind: ScenarioIssue.Kind, _ message: String, hint: String? = nil) -> ScenarioError {
        ScenarioError(issues: [ScenarioIssue(kind: kind, file: origin.file, path: path, message: message, hint: hint)])
    }
}

extension ProductSpec {
    /// Money, supplier terms and unmet-demand behaviour for the closed loop.
    /// - Throws: the ``GSLError`` of a lead time that cannot be sampled.
    func productTerms(calendar: CalendarSpec) throws(GSLError) -> ProductTerms {
        ProductTerms(
            economics: Economics(price: price, unitCost: unitCost, holdingCost: holdingCostPerPeriod(calendar: calendar),
                                 salvageValue: salvageValue, shortagePenalty: shortagePenalty),
            constraints: OrderConstraints(minimumOrder: supply.minOrder, casePack: supply.casePack,
                                          capacity: supply.capacity.map { $0 > 0 ? Int(min($0, Double(OrderConstraints.largestOrder))) : 0 }),
            orderCost: supply.orderCost, leadTimeDays: try supply.leadTime.makeSampler(),
            backorderShare: unmetDemand.backorderShare, churn: unmetDemand.churn, initialStock: initialStock)
    }
}

extension PolicyRule {
    /// The policy this rule describes — the one place where a rule becomes an inventory policy.
    /// Review periods are in periods; `stop_days` and clearance days are converted to whole
    /// periods of `periodDays` days (the calendar's mean period length, 30.4375 for a month),
    /// rounding up. Concrete, Hashable and Codable, so that an `end_of_life` rule wraps
    /// the policy of the rule it names with its type intact.
    func policy(periodDays: Double) throws(PolicyParameterError) -> any InventoryPolicy & Hashable & Codable {
        switch self {
        case let .baseStock(level): return try BaseStockPolicy(level: level)
        case let .sS(s, S, review): return try SSPolicy(reorderPoint: s, orderUpTo: S, reviewPeriod: review)
        case let .sQ(s, q): return try ReorderQuantityPolicy(reorderPoint: s, quantity: q)
        case let .orderUpTo(review, level): return try PeriodicOrderUpToPolicy(reviewPeriod: review, level: level)
        case let .minMax(min, max, review): return try MinMaxPolicy(minimum: min, maximum: max, reviewPeriod: review)
        case let .newsvendor(criticalRatio): return try NewsvendorPolicy(criticalRatio: criticalRatio)
        case let .forecastOrderUpTo(review, target):
            return try ForecastOrderUpToPolicy(reviewPeriod: review, target: target.serviceTarget)
        case let .quantile(review, quantile): return try QuantilePolicy(reviewPeriod: review, quantile: quantile)
        case let .endOfLife(rule, stopDays, clearance):
            let markdown = try clearance.map { clearance throws(PolicyParameterError) in
                try ClearanceMarkdown(periodsBefore: Self.periods(days: clearance.days, periodDays: periodDays),
                                      priceFactor: 1 - clearance.discount)
            }
            return try Self.runDown(rule.policy(periodDays: periodDays),
                                    stopPeriods: Self.periods(days: stopDays, periodDays: periodDays), clearance: markdown)
        }
    }

    /// `base` in an end-of-life run-down; generic, so the run-down keeps its base's type.
    private static func runDown<Base: InventoryPolicy & Hashable & Codable>(
        _ base: Base, stopPeriods: Int, clearance: ClearanceMarkdown?
    ) throws(PolicyParameterError) -> any InventoryPolicy & Hashable & Codable {
        try EndOfLifeRunDown(base: base, stopPeriods: stopPeriods, clearance: clearance)
    }

    static func periods(days: Int, periodDays: Double) -> Int {
        Int((Double(days) / periodDays).rounded(.up))
    }
}

extension ServiceTargetSpec {
    var serviceTarget: ServiceTarget {
        switch self {
        case let .serviceLevel(level): return .cycleServiceLevel(level)
        case let .fillRate(rate): return .fillRate(rate)
        }
    }
}

extension ForecasterSpec {
    /// One fresh forecaster per product (catalogue order), each made with its product's context.
    func prototypes(contexts: [ForecastingContext]) throws(ForecasterChoiceError) -> [any Forecaster] {
        var made: [any Forecaster] = []
        made.reserveCapacity(contexts.count)
        for context in contexts {
            made.append(try choice.makeForecaster(context: context))
        }
        return made
    }
}
