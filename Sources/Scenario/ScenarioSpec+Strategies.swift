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
    ///   distribution cannot be built (which validation normally rules out).
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
        let products = catalogue
        var terms: [ProductTerms] = []
        for (index, product) in products.enumerated() {
            terms.append(try product.productTerms(calendar: calendar, path: "products[\(index)]"))
        }
        let forecasters = choices.compactMap(\.forecaster)
        let contexts = try forecastingContexts(forecasters, seed: seed ?? self.seed)
        let positions = Dictionary(products.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var built: [Strategy] = []
        for choice in choices {
            let policyIndex = strategies.policies.firstIndex(of: choice.policy) ?? 0
            let path = "strategies.policies[\(policyIndex)]"
            let policy = try choice.policy.rule.policy(periodDays: calendar.period.days, path: path)
            let managed = try managedProducts(choice.policy, positions: positions, path: path)
            guard let forecaster = choice.forecaster else {
                // Validation rules this out for files; a spec built in code gets an error, not a trap.
                guard !policy.readsForecast else {
                    throw issue(path, .missingField, "policy '\(choice.policy.name)' reads a forecast but is paired with no forecaster",
                                hint: "pair it with a forecaster: {forecaster: naive, policy: \(choice.policy.name)}")
                }
                built.append(Strategy(name: choice.name, policy: policy, products: managed))
                continue
            }
            let made = try forecaster.prototypes(contexts: contexts, path: "strategies.forecasters")
            built.append(Strategy(name: choice.name, policy: policy, products: managed) { made[$0] })
        }
        return BacktestPlan(blueprint: MarketBlueprint(model: model), terms: terms, strategies: built,
                            seed: seed ?? self.seed, replications: replications ?? self.replications,
                            generator: generator, runsOracle: runsOracle)
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

    func issue(_ path: String, _ kind: ScenarioIssue.Kind, _ message: String, hint: String? = nil) -> ScenarioError {
        ScenarioError(issues: [ScenarioIssue(kind: kind, file: name, path: path, message: message, hint: hint)])
    }
}

extension ProductSpec {
    /// Money, supplier terms and unmet-demand behaviour for the closed loop.
    func productTerms(calendar: CalendarSpec, path: String) throws(ScenarioError) -> ProductTerms {
        let sampler: DistributionSampler
        do {
            sampler = try supply.leadTime.makeSampler()
        } catch {
            throw ScenarioError(issues: [ScenarioIssue(kind: .outOfRange, file: id, path: path + ".supply.lead_time",
                                                       message: error.description)])
        }
        return ProductTerms(
            economics: Economics(price: price, unitCost: unitCost, holdingCost: holdingCostPerPeriod(calendar: calendar),
                                 salvageValue: salvageValue, shortagePenalty: shortagePenalty),
            constraints: OrderConstraints(minimumOrder: supply.minOrder, casePack: supply.casePack,
                                          capacity: supply.capacity.map { $0 > 0 ? Int(min($0, Double(OrderConstraints.largestOrder))) : 0 }),
            orderCost: supply.orderCost, leadTimeDays: sampler,
            backorderShare: unmetDemand.backorderShare, churn: unmetDemand.churn, initialStock: initialStock)
    }
}

extension PolicyRule {
    /// ``policy(periodDays:)``, its problem as an issue at `path`.
    func policy(periodDays: Int, path: String) throws(ScenarioError) -> any InventoryPolicy {
        do {
            return try policy(periodDays: periodDays)
        } catch {
            throw ScenarioError(issues: [ScenarioIssue(kind: .outOfRange, file: "", path: path, message: "\(error)")])
        }
    }

    /// The policy this rule describes — the one place where a rule becomes an inventory policy.
    /// Review periods are in periods; `stop_days` and clearance days are converted to whole
    /// periods, rounding up. Concrete, Hashable and Codable, so that an `end_of_life` rule wraps
    /// the policy of the rule it names with its type intact.
    func policy(periodDays: Int) throws(PolicyParameterError) -> any InventoryPolicy & Hashable & Codable {
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

    static func periods(days: Int, periodDays: Int) -> Int {
        (days + periodDays - 1) / periodDays
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
    func prototypes(contexts: [ForecastingContext], path: String) throws(ScenarioError) -> [any Forecaster] {
        var made: [any Forecaster] = []
        made.reserveCapacity(contexts.count)
        for context in contexts {
            do {
                made.append(try choice.makeForecaster(context: context))
            } catch {
                throw ScenarioError(issues: [ScenarioIssue(kind: .invalidValue, file: "", path: path, message: error.description)])
            }
        }
        return made
    }
}
