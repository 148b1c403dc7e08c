import Backtest
import Scenario

/// What the swept strategy's reported figures can depend on, so that a sweep of a field they
/// never read — which would give the same figures at every point — is refused before anything
/// runs, naming the strategy and what it does read.
///
/// The rules, from how a backtest is built (``ScenarioSpec/backtestPlan(seed:replications:runsOracle:)``):
/// - the calendar is read by every strategy;
/// - a product entry's fields (market, supply, costs, launch stock) are read when its figures
///   are reported: it is among the products the policy manages, or is the product asked for. Products do
///   not interact through sales, so another product's fields change nothing — except its market
///   when the strategy reads a forecaster that borrows from comparable products (`analog`, the
///   pooled stack, an ensemble with one): that forecaster sees every product's previous season;
/// - an event is read when it touches a reported product, or every event with such a
///   forecaster; a promotion that touches it only through its `effects` reaches it through its
///   dates and that effect's multiplier alone (not its discount, lift or dip);
/// - of `strategies.policies`, only the strategy's own policy; of `strategies.forecasters`, only
///   its own forecaster, and only when the policy reads a forecast (or a constraint measures the
///   forecast's accuracy);
/// - a drawn parameter's distribution (`uncertainty[i]`) when the field it draws is read;
/// - anything else is assumed read.
struct StrategyReach {
    let strategy: WhatIfStrategy
    let spec: ScenarioSpec
    /// Catalogue ids whose figures are reported: the product asked for, or the policy's products.
    let reported: Set<String>
    /// The product asked for, if any.
    let product: String?
    /// Whether the forecaster's output reaches the figures.
    let readsForecaster: Bool
    /// Whether the forecaster reads every product's previous season.
    let borrowsFromCatalogue: Bool
    /// Where a path leads in the scenario (for the fields `uncertainty` draws).
    let locate: (ScenarioFieldPath) -> FieldPath?

    /// Metrics that measure the forecast itself: a forecaster matters to them even when the
    /// policy ignores its forecasts.
    static let forecastMetrics: Set<Metric> = [.maeDemand, .rmseDemand, .biasDemand, .maeSales, .biasSales]

    /// Product fields used only in the closed loop of the product itself (stock, supply,
    /// money): a forecaster that borrows from comparable products sees their demand, not these.
    static let closedLoopKeys: Set<String> = ["initial_stock", "unit_cost", "salvage_value", "holding_cost", "holding_rate",
                                              "shortage_penalty", "supply", "unmet_demand"]

    init(strategy: WhatIfStrategy, spec: ScenarioSpec, focus: Set<String>?, product: String?,
         constraints: [WhatIfConstraint], locate: @escaping (ScenarioFieldPath) -> FieldPath?) {
        self.strategy = strategy
        self.spec = spec
        self.product = product
        self.locate = locate
        let managed = strategy.policy.products.map { Set($0.flatMap { spec.catalogueIDs(of: $0) }) }
        reported = focus ?? managed ?? Set(spec.catalogue.map(\.id))
        let measuresForecast = constraints.contains { constraint in
            if case let .metric(metric) = constraint.measure { return Self.forecastMetrics.contains(metric) }
            return false
        }
        readsForecaster = strategy.forecaster != nil && (strategy.policy.rule.readsForecast || measuresForecast)
        borrowsFromCatalogue = readsForecaster && strategy.forecaster?.choice.usesAnalogs == true
    }

    /// Why the strategy's figures never depend on the field at `field`; nil when they may.
    func unread(_ field: FieldPath) -> String? {
        let parts = field.components
        guard case let .key(section)? = parts.first else { return nil }
        switch section {
        case "products": return unreadProduct(parts)
        case "events": return unreadEvent(parts)
        case "strategies": return unreadStrategy(parts)
        case "uncertainty":
            guard parts.count > 1, case let .index(index) = parts[1], spec.uncertainty.indices.contains(index) else { return nil }
            let drawn = spec.uncertainty[index].path
            guard let target = locate(drawn), let reason = unread(target) else { return nil }
            return "uncertainty[\(index)] draws \(drawn), and \(reason)"
        default:
            return nil
        }
    }

    private func unreadProduct(_ parts: [FieldPath.Component]) -> String? {
        guard parts.count > 2, case let .index(index) = parts[1], spec.products.indices.contains(index),
              case let .key(key) = parts[2] else { return nil }
        let entry = spec.products[index]
        guard reported.isDisjoint(with: entry.catalogueIDs) else { return nil }
        if borrowsFromCatalogue, !Self.closedLoopKeys.contains(key) { return nil }
        var reason: String
        if let product {
            reason = "the figures asked for are \(product)'s alone, and products do not interact through sales"
        } else {
            reason = "\(entry.id) is not among the products its policy \(strategy.policy.name) manages"
        }
        if borrowsFromCatalogue {
            reason += "; its forecaster borrows \(entry.id)'s demand from the previous season, but not its \(key)"
        }
        return reason
    }

    private func unreadEvent(_ parts: [FieldPath.Component]) -> String? {
        guard parts.count > 1, case let .index(index) = parts[1], spec.events.indices.contains(index), !borrowsFromCatalogue else {
            return nil
        }
        let event = spec.events[index]
        let whom = product.map { "the figures asked for are \($0)'s alone" }
            ?? "its policy \(strategy.policy.name) manages none of them"
        guard reported.isDisjoint(with: event.products.flatMap { spec.catalogueIDs(of: $0) }) else {
            // An effect on a product that is not reported changes that product's demand alone.
            guard case let .promotion(promotion) = event, parts.count > 4, parts[3] == .key("effects"),
                  case let .index(effect) = parts[4], promotion.effects.indices.contains(effect) else { return nil }
            let target = promotion.effects[effect].product
            guard reported.isDisjoint(with: spec.catalogueIDs(of: target)) else { return nil }
            return "effects[\(effect)] changes the demand of \(target) alone, and "
                + (product.map { "the figures asked for are \($0)'s alone" } ?? "its policy \(strategy.policy.name) does not manage it")
        }
        // A promotion reaches the products of its effects through its dates and their multipliers alone.
        if case let .promotion(promotion) = event {
            let felt = promotion.effects.indices.filter { !reported.isDisjoint(with: spec.catalogueIDs(of: promotion.effects[$0].product)) }
            if !felt.isEmpty {
                guard parts.count > 3, case let .key(key) = parts[3] else { return nil }
                if ["start", "end", "days", "periods"].contains(key) { return nil }
                if key == "effects", parts.count > 4, case let .index(effect) = parts[4], felt.contains(effect) { return nil }
                let through = felt.map { "effects[\($0)].multiplier" }.joined(separator: ", ")
                return "the promotion changes the demand of \(promotion.products.joined(separator: ", ")), and "
                    + "\(promotion.effects[felt[0]].product) feels it only through its dates and \(through)"
            }
        }
        return "the event touches only \(Self.touched(by: event).joined(separator: ", ")), and \(whom)"
    }

    private func unreadStrategy(_ parts: [FieldPath.Component]) -> String? {
        guard parts.count > 2, case let .key(list) = parts[1], case let .index(index) = parts[2] else { return nil }
        switch list {
        case "policies":
            guard index != strategy.policyIndex, spec.strategies.policies.indices.contains(index) else { return nil }
            return "it is a parameter of the policy \(spec.strategies.policies[index].name), not of \(strategy.policy.name)"
        case "forecasters":
            guard spec.strategies.forecasters.indices.contains(index) else { return nil }
            let named = spec.strategies.forecasters[index].name
            guard index == strategy.forecasterIndex else {
                let own = strategy.forecaster.map { "its forecaster is \($0.name)" } ?? "it runs without a forecaster"
                return "it is a parameter of the forecaster \(named), and \(own)"
            }
            guard !readsForecaster else { return nil }
            return "its policy \(strategy.policy.name) (\(strategy.policy.rule.key)) orders from the stock position alone "
                + "and never reads the forecast of \(named)"
        default:
            return nil
        }
    }

    /// The products an event changes the demand or supply of, as the file names them.
    static func touched(by event: EventSpec) -> [String] {
        var products = event.products
        if case let .promotion(promotion) = event {
            for effect in promotion.effects where !products.contains(effect.product) { products.append(effect.product) }
        }
        return products
    }
}

extension StrategyReach {
    /// What the strategy reads, in a sentence for the refusal's hint: its policy and parameters,
    /// its forecaster (or that it reads no forecast), the products whose fields count.
    var summary: String {
        let policy = strategy.policy
        var parts = ["its policy \(policy.name) (strategies.policies[\(strategy.policyIndex)].\(policy.rule.key): "
                     + policy.rule.parameterPaths.joined(separator: ", ") + ")"]
        if let forecaster = strategy.forecaster {
            let place = strategy.forecasterIndex.map { " (strategies.forecasters[\($0)])" } ?? ""
            if !readsForecaster {
                parts.append("no forecast: the policy orders from the stock position alone, so its forecaster \(forecaster.name) does not matter")
            } else if borrowsFromCatalogue {
                parts.append("its forecaster \(forecaster.name)\(place), which borrows every product's demand of the previous season")
            } else {
                parts.append("its forecaster \(forecaster.name)\(place)")
            }
        } else {
            parts.append("no forecaster: the policy orders from the stock position alone")
        }
        let entries = spec.products.indices.filter { !reported.isDisjoint(with: spec.products[$0].catalogueIDs) }
        let named = entries.prefix(4).map { "\(spec.products[$0].id) (products[\($0)])" }
        let more = entries.count > 4 ? " and \(entries.count - 4) more" : ""
        parts.append("the fields of " + named.joined(separator: ", ") + more + (product == nil ? "" : " (the product asked for)")
                     + ", the events touching \(entries.count == 1 ? "it" : "them") and the calendar")
        return "\(strategy.name) reads " + parts.joined(separator: "; ")
    }
}
