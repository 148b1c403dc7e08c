import Foundation
import Market
import Scenario

/// A varied field in words, for chart axes and headings: `products[earbuds-pro].initial_stock`
/// is "Launch stock of earbuds-pro" in units. Derived from the field's place in the scenario
/// format, naming products, events and policies by their ids and names; a field this table
/// does not know is named by its key ("Market size" from `market_size`).
struct FieldLabel: Hashable, Sendable {
    /// Starts with a capital; names what the value is and whose.
    var title: String
    /// The unit ("units", "currency", "days", "0–1"); nil for a pure number.
    var unit: String?

    /// The label of the field at `field` in `spec`, its units in the calendar's periods ("units
    /// per week"); `locate` finds the field a drawn parameter's `path` names.
    static func of(_ field: FieldPath, in spec: ScenarioSpec, locate: (ScenarioFieldPath) -> FieldPath?) -> FieldLabel {
        let label = described(field, in: spec, locate: locate)
        let period = spec.calendar.period.rawValue
        return FieldLabel(title: label.title, unit: label.unit?.replacingOccurrences(of: "period", with: period))
    }

    private static func described(_ field: FieldPath, in spec: ScenarioSpec, locate: (ScenarioFieldPath) -> FieldPath?) -> FieldLabel {
        let parts = field.components.map { component -> String in
            switch component {
            case let .key(name): return name
            case let .index(index): return "#\(index)"
            }
        }
        let index = { (position: Int) -> Int? in
            guard field.components.indices.contains(position), case let .index(value) = field.components[position] else { return nil }
            return value
        }
        switch parts.first {
        case "calendar" where parts.count == 2 && parts[1] == "periods":
            return FieldLabel(title: "Horizon", unit: "periods")
        case "products":
            guard let entry = index(1).flatMap({ spec.products.indices.contains($0) ? spec.products[$0] : nil }) else { break }
            return product(Array(parts.dropFirst(2)), entry).owned(by: entry.id)
        case "events":
            guard let position = index(1), spec.events.indices.contains(position) else { break }
            return event(Array(parts.dropFirst(2)), spec.events[position]).owned(by: eventName(spec.events[position], position))
        case "strategies" where parts.count > 3 && parts[1] == "policies":
            guard let position = index(2), spec.strategies.policies.indices.contains(position) else { break }
            return policy(Array(parts.dropFirst(4))).owned(by: "policy " + spec.strategies.policies[position].name)
        case "strategies" where parts.count > 3 && parts[1] == "forecasters":
            guard let position = index(2), spec.strategies.forecasters.indices.contains(position) else { break }
            return FieldLabel(title: humanised(parts.last ?? ""), unit: nil)
                .owned(by: "forecaster " + spec.strategies.forecasters[position].name)
        case "uncertainty" where parts.count > 3:
            guard let position = index(1), spec.uncertainty.indices.contains(position),
                  let drawn = locate(spec.uncertainty[position].path) else { break }
            let target = described(drawn, in: spec, locate: locate)
            let unit = ["mean", "median", "sd", "lower", "upper", "value", "scale"].contains(parts[3]) ? target.unit : nil
            return FieldLabel(title: "\(parameterWords[parts[3]] ?? humanised(parts[3])) of the drawn \(target.title.lowercasedFirstWord)",
                              unit: unit)
        default:
            break
        }
        return FieldLabel(title: humanised(parts.last ?? ""), unit: nil)
    }

    /// "Launch stock" → "Launch stock of earbuds-pro".
    func owned(by owner: String) -> FieldLabel {
        FieldLabel(title: "\(title) of \(owner)", unit: unit)
    }

    /// "Launch stock of earbuds-pro (units)".
    var text: String {
        unit.map { "\(title) (\($0))" } ?? title
    }

    // MARK: - Sections

    private static let productFields: [String: FieldLabel] = [
        "initial_stock": FieldLabel(title: "Launch stock", unit: "units"),
        "price": FieldLabel(title: "List price", unit: "currency"),
        "unit_cost": FieldLabel(title: "Unit cost", unit: "currency"),
        "salvage_value": FieldLabel(title: "Salvage value", unit: "currency per unit"),
        "holding_cost": FieldLabel(title: "Holding cost", unit: "currency per unit and period"),
        "holding_rate": FieldLabel(title: "Holding rate", unit: "share of unit cost a year"),
        "shortage_penalty": FieldLabel(title: "Shortage penalty", unit: "currency per unit"),
        "elasticity": FieldLabel(title: "Price elasticity", unit: nil),
        "supply.lead_time": FieldLabel(title: "Lead time", unit: "days"),
        "supply.order_cost": FieldLabel(title: "Order cost", unit: "currency"),
        "supply.min_order": FieldLabel(title: "Minimum order", unit: "units"),
        "supply.case_pack": FieldLabel(title: "Case pack", unit: "units"),
        "supply.capacity": FieldLabel(title: "Supply capacity", unit: "units per period"),
        "lifecycle.bass.market_size": FieldLabel(title: "Market size", unit: "buyers"),
        "lifecycle.bass.innovation": FieldLabel(title: "Innovation coefficient p", unit: "per period"),
        "lifecycle.bass.imitation": FieldLabel(title: "Imitation coefficient q", unit: "per period"),
        "lifecycle.bass.repeat.rate": FieldLabel(title: "Repeat-purchase rate", unit: "per period"),
        "noise.negative_binomial.dispersion": FieldLabel(title: "Demand dispersion", unit: nil),
        "noise.zero_inflated.zero_probability": FieldLabel(title: "Probability of a zero-demand period", unit: "0–1"),
        "unmet_demand.backorder_share": FieldLabel(title: "Backordered share of unmet demand", unit: "0–1"),
        "unmet_demand.churn": FieldLabel(title: "Churn of lost first buyers", unit: "0–1"),
    ]

    private static func product(_ parts: [String], _ entry: ProductSpec) -> FieldLabel {
        if let known = productFields[parts.joined(separator: ".")] { return known }
        if parts.count == 4, parts[0] == "supply", parts[1] == "lead_time" {
            return distributionParameter(parts[3], of: "lead time", unit: "days")
        }
        if parts.count == 4, parts[0] == "lifecycle", parts[1] == "phases",
           let position = Int(parts[2].dropFirst()), case let .phases(phases) = entry.lifecycle, phases.indices.contains(position) {
            let phase = "the \(phases[position].phase.rawValue) phase"
            switch parts[3] {
            case "from": return FieldLabel(title: "Starting level of \(phase)", unit: "units per period")
            case "to": return FieldLabel(title: "Final level of \(phase)", unit: "units per period")
            case "level": return FieldLabel(title: "Level of \(phase)", unit: "units per period")
            case "days", "periods": return FieldLabel(title: "Length of \(phase)", unit: parts[3])
            default: break
            }
        }
        if parts.count == 3, parts[0] == "seasonality", parts[1] == "weekly" || parts[1] == "yearly",
           let position = Int(parts[2].dropFirst()) {
            return FieldLabel(title: "\(parts[1] == "weekly" ? "Weekly" : "Yearly") season factor \(position + 1)", unit: "×")
        }
        if parts.count == 4, parts[0] == "seasonality", parts[1] == "peaks", parts[3] == "lift" {
            return FieldLabel(title: "Lift of season peak \(parts[2])", unit: "×")
        }
        return FieldLabel(title: humanised(parts.last ?? ""), unit: nil)
    }

    private static let policyFields: [String: FieldLabel] = [
        "level": FieldLabel(title: "Order-up-to level", unit: "units"),
        "s": FieldLabel(title: "Reorder point s", unit: "units"),
        "S": FieldLabel(title: "Order-up-to level S", unit: "units"),
        "Q": FieldLabel(title: "Order quantity Q", unit: "units"),
        "min": FieldLabel(title: "Reorder level min", unit: "units"),
        "max": FieldLabel(title: "Order-up-to level max", unit: "units"),
        "review": FieldLabel(title: "Review period", unit: "periods"),
        "service_level": FieldLabel(title: "Target cycle service level", unit: "0–1"),
        "fill_rate": FieldLabel(title: "Target fill rate", unit: "0–1"),
        "critical_ratio": FieldLabel(title: "Critical ratio", unit: "0–1"),
        "quantile": FieldLabel(title: "Demand quantile", unit: "0–1"),
        "stop_days": FieldLabel(title: "Days before end of life orders stop", unit: "days"),
        "clearance.days": FieldLabel(title: "Clearance length", unit: "days"),
        "clearance.discount": FieldLabel(title: "Clearance discount", unit: "share of price"),
    ]

    /// Parts below the rule key (`review`, `policy.s_S.s`, `clearance.days`).
    private static func policy(_ parts: [String]) -> FieldLabel {
        if parts.first == "policy", parts.count > 2 { return policy(Array(parts.dropFirst(2))) }
        return policyFields[parts.joined(separator: ".")] ?? FieldLabel(title: humanised(parts.last ?? ""), unit: nil)
    }

    private static let eventFields: [String: FieldLabel] = [
        "promotion.discount": FieldLabel(title: "Discount", unit: "share of price"),
        "promotion.lift": FieldLabel(title: "Display lift", unit: "×"),
        "promotion.days": FieldLabel(title: "Length", unit: "days"),
        "promotion.periods": FieldLabel(title: "Length", unit: "periods"),
        "promotion.dip.share": FieldLabel(title: "Post-promotion dip", unit: "share of demand"),
        "price_change.price": FieldLabel(title: "New price", unit: "currency"),
        "shock.spike.lift": FieldLabel(title: "Spike lift", unit: "×"),
        "shock.level_shift.factor": FieldLabel(title: "Level-shift factor", unit: "×"),
        "shock.competitor_entry.market_share_loss": FieldLabel(title: "Market share lost", unit: "0–1"),
        "shock.competitor_entry.ramp_days": FieldLabel(title: "Ramp of the entry", unit: "days"),
        "shock.supply_disruption.lead_time_factor": FieldLabel(title: "Lead-time factor", unit: "×"),
        "shock.supply_disruption.supply_fraction": FieldLabel(title: "Share of orders supplied", unit: "0–1"),
    ]

    private static func event(_ parts: [String], _ event: EventSpec) -> FieldLabel {
        if let known = eventFields[parts.joined(separator: ".")] { return known }
        if parts.count == 4, parts[0] == "promotion", parts[1] == "effects", parts[3] == "multiplier",
           case let .promotion(promotion) = event, let position = Int(parts[2].dropFirst()), promotion.effects.indices.contains(position) {
            return FieldLabel(title: "Effect on \(promotion.effects[position].product)", unit: "×")
        }
        return FieldLabel(title: humanised(parts.last ?? ""), unit: nil)
    }

    /// "promotion black-friday-2027", or "event 2" for one without a name.
    private static func eventName(_ event: EventSpec, _ position: Int) -> String {
        switch event {
        case let .promotion(spec): return "promotion " + (spec.name ?? "\(position)")
        case let .priceChange(spec): return "price change " + (spec.name ?? "\(position)")
        case let .shock(spec): return "shock " + (spec.name ?? "\(position)")
        }
    }

    /// A distribution's parameter: "Mean lead time", "Standard deviation of lead time".
    private static func distributionParameter(_ name: String, of quantity: String, unit: String?) -> FieldLabel {
        switch name {
        case "mean": return FieldLabel(title: "Mean \(quantity)", unit: unit)
        case "median": return FieldLabel(title: "Median \(quantity)", unit: unit)
        case "sd": return FieldLabel(title: "Standard deviation of \(quantity)", unit: unit)
        case "lower": return FieldLabel(title: "Lowest \(quantity)", unit: unit)
        case "upper": return FieldLabel(title: "Highest \(quantity)", unit: unit)
        case "value": return FieldLabel(title: quantity.uppercasedFirst, unit: unit)
        case "scale": return FieldLabel(title: "Scale of \(quantity)", unit: unit)
        case "mu": return FieldLabel(title: "μ of log \(quantity)", unit: nil)
        case "sigma": return FieldLabel(title: "σ of log \(quantity)", unit: nil)
        default: return FieldLabel(title: "\(humanised(name)) of \(quantity)", unit: nil)
        }
    }

    /// A distribution's parameter as the subject of "… of the drawn market size".
    private static let parameterWords = [
        "mean": "Mean", "median": "Median", "sd": "Standard deviation", "lower": "Lower bound", "upper": "Upper bound",
        "value": "Value", "mu": "μ of the log", "sigma": "σ of the log", "shape": "Shape", "scale": "Scale",
    ]

    /// `market_size` → "Market size".
    static func humanised(_ key: String) -> String {
        key.replacingOccurrences(of: "_", with: " ").uppercasedFirst
    }
}

extension String {
    /// With its first character in capitals: "lead time" → "Lead time".
    var uppercasedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// "Launch stock of earbuds-pro" → "launch stock of earbuds-pro", for use mid-sentence (a
    /// first word that is not a capitalised plain word, such as "P(stockout)" or "μ", is kept).
    public var lowercasedFirstWord: String {
        let first = prefix { $0 != " " }
        guard first.count > 1, first.dropFirst().allSatisfy(\.isLowercase) else { return self }
        return first.lowercased() + dropFirst(first.count)
    }
}
