import Forecasting
import Foundation
import GSL

/// One numeric field's allowed values, and why they stop where they do.
struct FieldLimit: Sendable {
    var bounds: Bounds
    /// The reason for the bounds, shown as the hint when a value is too large, and in the
    /// Limits table of docs/scenario-format.md.
    var why: String
    /// How the table shows the range, when `bounds` alone would read badly (2⁶⁴ − 1).
    var shown: String?

    init(_ bounds: Bounds, _ why: String, shown: String? = nil) {
        self.bounds = bounds
        self.why = why
        self.shown = shown
    }

    /// The range as the Limits table writes it: `0 … 10⁸`, `(0, 1)`.
    var rangeText: String {
        if let shown { return shown }
        let lower = bounds.lower.map(Self.text) ?? "−∞"
        let upper = bounds.upper.map(Self.text) ?? "∞"
        if bounds.lowerInclusive && bounds.upperInclusive { return "\(lower) … \(upper)" }
        return (bounds.lowerInclusive ? "[" : "(") + "\(lower), \(upper)" + (bounds.upperInclusive ? "]" : ")")
    }

    /// Powers of ten as 10ⁿ, other numbers with thin groups of three digits.
    static func text(_ value: Double) -> String {
        if value < 0 { return "−" + text(-value) }
        let exponent = log10(value)
        if value >= 1e6, exponent == exponent.rounded() {
            let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
            return "10" + String(String(Int(exponent)).compactMap { $0.wholeNumberValue.map { superscripts[$0] } })
        }
        let plain = formatNumber(value)
        guard value >= 10_000, value == value.rounded() else { return plain }
        var grouped = ""
        for (offset, character) in plain.reversed().enumerated() {
            if offset > 0, offset % 3 == 0 { grouped.append(" ") }
            grouped.append(character)
        }
        return String(grouped.reversed())
    }
}

/// The limits of every number a scenario file may hold, each with its reason, in one place:
/// validation checks every field against them (file, line, field path) and the Limits table
/// of docs/scenario-format.md is rendered from ``rows`` (a test keeps the two equal).
///
/// The engine counts units in 64-bit integers and money in doubles. The limits sit far above
/// any real planner's numbers, and low enough that what the engine derives from them stays in
/// range on the longest calendar (36 600 days) with the largest catalogue (10⁶ products):
/// 10⁸ units in every one of those 3.7·10¹⁰ product-periods sum to 3.7·10¹⁸ < 2⁶³; money
/// totals stay finite, so the bootstrap over them is defined; lead times fit whole periods.
/// Where an engine quantity depends on draws or a forecaster rather than on the file (a
/// long-tailed lead time, an order-up-to level from a runaway trend), the engine saturates
/// instead (see `Saturating` and `OrderConstraints.largestOrder` in the engine's modules).
enum ScenarioLimits {
    // MARK: Scales

    /// Units of stock named by one number: an initial stock, a reorder point or order-up-to
    /// level, an order size, a minimum order, a case pack, a capacity per period.
    static let units = 1e8
    /// Money per unit (price, cost, salvage value, holding cost, shortage penalty), currency.
    static let moneyPerUnit = 1e8
    /// Money per order placed, currency.
    static let moneyPerOrder = 1e10
    /// Days: the longest calendar, lead time, ramp or stop.
    static let days = Double(CalendarSpec.maximumDays)
    /// Multipliers of demand: season, lifts, shocks, cross effects.
    static let multiplier = 1e3
    /// Expected units per period of one product (see ``ScenarioSpec/maximumExpectedDemand``).
    static let demandPerPeriod = ScenarioSpec.maximumExpectedDemand
    /// Potential adopters of one product.
    static let marketSize = 1e10
    /// Replications of one run.
    static let replications = 1_000_000
    /// Characters of a scenario name, a product id or an ensemble name.
    static let nameLength = 100
    /// The largest absolute value any parameter of an uncertainty distribution may take; the
    /// largest limit of a field that can be drawn (a market size, a cost per order).
    static let drawnValue = 1e10

    // MARK: Reasons

    private static let moneyWhy = "money per unit: far above any real price, even in currencies of small units, "
        + "and it keeps every money total of a catalogue's life finite and exact to the cent"
    private static let unitsWhy = "units of stock: far above any real product's stock; 10⁸ units on hand in every period "
        + "of the largest catalogue on the longest calendar still sum within 64-bit integers"
    private static let shareWhy = "a share"
    private static let multiplierWhy = "a demand multiplier: a thousandfold is beyond any real season, promotion or shock"
    private static let daysWhy = "days: at most the longest calendar (about a century)"

    // MARK: Fields

    static let seed = FieldLimit(.between(0, Double(UInt64.max)), "any 64-bit seed; every random stream is derived from it",
                                 shown: "0 … 2⁶⁴ − 1")
    static let replicationCount = FieldLimit(
        .between(1, Double(replications)),
        "replications are scheduled up front; a million already runs for hours, more is a typo")
    static let copies = FieldLimit(.between(1, Double(ScenarioSpec.maximumCatalogueSize)), "the largest catalogue",
                                   shown: "1 … 10⁶, and 10⁶ products in all")
    static let price = FieldLimit(Bounds(lower: 0, lowerInclusive: false, upper: moneyPerUnit), moneyWhy)
    static let money = FieldLimit(.between(0, moneyPerUnit), moneyWhy)
    static let holdingRate = FieldLimit(.between(0, 100), "a yearly share of unit_cost: 100 is 10 000 % a year")
    static let elasticity = FieldLimit(.between(-20, 20),
                                       "an elasticity of −20 already makes a 10 % discount an 8× lift; beyond, any price change makes demand explode or vanish")
    static let stock = FieldLimit(.between(0, units), unitsWhy)
    static let positiveStock = FieldLimit(Bounds(lower: 0, lowerInclusive: false, upper: units), unitsWhy)
    static let casePack = FieldLimit(.between(1, units), unitsWhy)
    static let share = FieldLimit(.probability, shareWhy)
    static let openShare = FieldLimit(.openUnit, "a share, strictly between 0 and 1")
    static let belowOne = FieldLimit(.belowOne, "a share below 1")
    static let zeroProbability = FieldLimit(Bounds(upper: 0.99).narrowed(to: CountDistribution.zeroProbabilityDomain),
                                            "the count drawn in the other periods has mean expected / (1 − π): 100× at 0.99, more is not demand but a lottery")
    static let marketSizeLimit = FieldLimit(Bounds(lower: 0, lowerInclusive: false, upper: marketSize),
                                            "potential adopters: more than the people on Earth")
    static let innovation = FieldLimit(.openUnit, "a rate per period")
    static let imitation = FieldLimit(.belowOne, "a rate per period")
    static let repeatRate = FieldLimit(.between(0, 1000), "purchases per adopter per period")
    static let level = FieldLimit(.between(0, demandPerPeriod), "expected units per period: the demand limit of one product")
    static let seasonal = FieldLimit(.between(0, multiplier), multiplierWhy)
    static let lift = FieldLimit(Bounds(lower: 0, lowerInclusive: false, upper: multiplier), multiplierWhy)
    static let dispersion = FieldLimit(Bounds.between(1e-3, 1e6).narrowed(to: .positive),
                                       "below 0.001 nearly all demand comes in rare enormous spikes; above 10⁶ it is Poisson to six digits")
    static let orderCost = FieldLimit(.between(0, moneyPerOrder), "money per order: far above any real fixed cost of an order")
    static let leadTimeFactor = FieldLimit(.between(1, 100), "100× already stretches a week into two years")
    static let periodCount = FieldLimit(.between(1, days), "periods: at most the longest calendar")
    static let dayCount = FieldLimit(.between(0, days), daysWhy)
    static let windowLength = FieldLimit(.between(1, days), daysWhy, shown: "1 … 36 600 days")

    /// A lead time, in days: no longer than the longest calendar.
    static let leadTimeDays = days
    private static let leadTimeWhy = "a lead time is at most 36 600 days, the longest calendar "
        + "(for a family without an upper end: its mean and its sd)"

    // MARK: Distributions

    /// The parameters of a distribution whose draws are values at most `value` (and at least 0
    /// when `nonNegative`), keyed by family and parameter as files write them, e.g. `gamma.scale`:
    /// each GSL parameter's domain narrowed to the scenario's scale (so `sd` is in (0, value]:
    /// GSL says > 0, the scenario ≤ value). The mean, sd and median a file may give a gamma or
    /// lognormal by must be > 0 for the conversion to GSL's parameters.
    static func distributionLimits(value: Double, nonNegative: Bool, why: String) -> [(String, FieldLimit)] {
        let inRange = Bounds.between(nonNegative ? 0 : -value, value)
        let upToValue = Bounds(upper: value)
        func limit(_ family: Distribution.Family, _ name: String, _ bounds: Bounds, _ why: String,
                   shown: String? = nil) -> (String, FieldLimit) {
            let parameter = family.parameter(name)
            let key = DistributionCoding.Family(family).rawValue
            let field = family == .constant ? key : key + "." + name + (parameter?.isList == true ? "[]" : "")
            return (field, FieldLimit(bounds.narrowed(to: parameter?.domain ?? .positive), why, shown: shown))
        }
        let bound = why + "; or left out"
        return [
            limit(.constant, "value", inRange, why),
            limit(.uniform, "lower", inRange, why), limit(.uniform, "upper", inRange, why),
            limit(.normal, "mean", inRange, why), limit(.normal, "sd", upToValue, why),
            limit(.truncatedNormal, "mean", .between(-value, value), why), limit(.truncatedNormal, "sd", upToValue, why),
            limit(.truncatedNormal, "lower", inRange, bound), limit(.truncatedNormal, "upper", inRange, bound),
            limit(.lognormal, "median", upToValue, why), limit(.lognormal, "mean", upToValue, why),
            limit(.lognormal, "sd", upToValue, why),
            limit(.lognormal, "mu", .between(-log(value), log(value)), "±ln of the value limit; " + why,
                  shown: "±" + String(format: "%.2f", log(value))),
            limit(.lognormal, "sigma", Bounds(upper: 5), "e⁵ ≈ 148: a factor of 148 either way for one standard deviation"),
            limit(.gamma, "shape", Bounds(upper: 1e8), "beyond 10⁸ a gamma is a constant to four digits"),
            limit(.gamma, "scale", upToValue, why), limit(.gamma, "mean", upToValue, why), limit(.gamma, "sd", upToValue, why),
            limit(.exponential, "mean", upToValue, why),
            limit(.poisson, "mean", upToValue, why),
            limit(.negativeBinomial, "mean", upToValue, why),
            limit(.negativeBinomial, "dispersion", dispersion.bounds, dispersion.why),
            limit(.binomial, "trials", upToValue, why),
            limit(.binomial, "probability", .unrestricted, shareWhy), limit(.bernoulli, "probability", .unrestricted, shareWhy),
            limit(.empirical, "values", inRange, why),
            limit(.empirical, "weights", Bounds(upper: 1e9), "relative weights; their sum must stay exact"),
        ]
    }

    static let leadTimeParameters = distributionLimits(value: leadTimeDays, nonNegative: true, why: leadTimeWhy)
    static let drawnParameters = distributionLimits(
        value: drawnValue, nonNegative: false,
        why: "the largest limit of a field that can be drawn; the draws must also fit the drawn field's own limit")

    // MARK: The table

    /// Every numeric field: its patterns (list indices written `[]`) and its limit, in the
    /// order of the documentation. A policy's parameters have the same limits inside
    /// `end_of_life.policy`. Forecaster parameters are not listed: each has the range
    /// `sellthrough list` shows (``limit(for:)`` looks them up in the catalogue).
    static let rows: [(patterns: [String], limit: FieldLimit)] = {
        let product = "products[]."
        let policy = "strategies.policies[]."
        func window(_ prefix: String) -> [String] { [prefix + "days", prefix + "periods"] }
        var rows: [(patterns: [String], limit: FieldLimit)] = [
            (["seed"], seed),
            (["replications"], replicationCount),
            (["calendar.periods"], FieldLimit(.between(1, days), "about a century, far from overflowing date arithmetic",
                                              shown: "1 … 36 600 days in all")),
            ([product + "copies"], copies),
            ([product + "price", "events[].price_change.price"], price),
            ([product + "unit_cost", product + "salvage_value", product + "holding_cost", product + "shortage_penalty"], money),
            ([product + "holding_rate"], holdingRate),
            ([product + "elasticity"], elasticity),
            ([product + "initial_stock", product + "supply.min_order", policy + "base_stock.level", policy + "s_S.s",
              policy + "s_S.S", policy + "s_Q.s", policy + "order_up_to.level", policy + "min_max.min", policy + "min_max.max"],
             stock),
            ([product + "supply.capacity", policy + "s_Q.Q"], positiveStock),
            ([product + "supply.case_pack"], casePack),
            ([product + "supply.order_cost"], orderCost),
            ([product + "lifecycle.bass.market_size"], marketSizeLimit),
            ([product + "lifecycle.bass.innovation"], innovation),
            ([product + "lifecycle.bass.imitation"], imitation),
            ([product + "lifecycle.bass.repeat.rate"], repeatRate),
            ([product + "lifecycle.phases[].from", product + "lifecycle.phases[].to", product + "lifecycle.phases[].level"], level),
            (window(product + "lifecycle.phases[].") + window("events[].promotion.") + window("events[].promotion.dip.")
                + window("events[].shock.spike.") + window("events[].shock.supply_disruption."), windowLength),
            ([product + "seasonality.weekly[]", product + "seasonality.yearly[]"], seasonal),
            ([product + "seasonality.peaks[].lift", "events[].promotion.lift", "events[].promotion.effects[].multiplier",
              "events[].shock.spike.lift", "events[].shock.level_shift.factor"], lift),
            ([product + "noise.negative_binomial.dispersion", product + "noise.zero_inflated.base.negative_binomial.dispersion"],
             dispersion),
            ([product + "noise.zero_inflated.zero_probability"], zeroProbability),
            ([product + "unmet_demand.backorder_share", product + "unmet_demand.churn", "events[].promotion.dip.share",
              "events[].shock.supply_disruption.supply_fraction"], share),
            (["events[].promotion.discount", policy + "end_of_life.clearance.discount"], belowOne),
            (["events[].shock.competitor_entry.market_share_loss", policy + "newsvendor.critical_ratio",
              policy + "forecast_order_up_to.service_level", policy + "forecast_order_up_to.fill_rate",
              policy + "quantile.quantile"], openShare),
            (["events[].shock.competitor_entry.ramp_days", policy + "end_of_life.stop_days"], dayCount),
            (["events[].shock.supply_disruption.lead_time_factor"], leadTimeFactor),
            ([policy + "s_S.review", policy + "order_up_to.review", policy + "min_max.review",
              policy + "forecast_order_up_to.review", policy + "quantile.review", policy + "end_of_life.clearance.days"],
             periodCount),
        ]
        rows += grouped(leadTimeParameters, prefix: product + "supply.lead_time", bare: true)
        rows += grouped(drawnParameters, prefix: "uncertainty[]", bare: false)
        return rows
    }()

    /// Distribution parameters under `prefix`, one row per distinct limit; `bare` adds the
    /// prefix itself, where a bare number is a constant.
    private static func grouped(_ parameters: [(String, FieldLimit)], prefix: String, bare: Bool) -> [(patterns: [String], limit: FieldLimit)] {
        var rows: [(patterns: [String], limit: FieldLimit)] = []
        for (name, limit) in parameters {
            var patterns = [prefix + "." + name]
            if bare, name == "constant" { patterns.insert(prefix, at: 0) }
            if let index = rows.firstIndex(where: { $0.limit.rangeText == limit.rangeText && $0.limit.why == limit.why }) {
                rows[index].patterns += patterns
            } else {
                rows.append((patterns, limit))
            }
        }
        return rows
    }

    private static let byPattern: [String: FieldLimit] = {
        var table: [String: FieldLimit] = [:]
        for row in rows {
            for pattern in row.patterns { table[pattern] = row.limit }
        }
        // A rule wrapped in end_of_life takes the same parameters.
        let policy = "strategies.policies[]."
        for (pattern, limit) in table where pattern.hasPrefix(policy) && !pattern.hasPrefix(policy + "end_of_life.") {
            table[policy + "end_of_life.policy." + pattern.dropFirst(policy.count)] = limit
        }
        return table
    }()

    /// The limit of the field at `pattern` (a field path with every list index written `[]`),
    /// forecaster parameters included; nil for a path that is no numeric field.
    static func limit(for pattern: String) -> FieldLimit? {
        if let limit = byPattern[pattern] { return limit }
        return forecasterParameterLimit(pattern)
    }

    /// `strategies.forecasters[].NAME.PARAMETER`, also inside ensembles' `members[]`.
    private static func forecasterParameterLimit(_ pattern: String) -> FieldLimit? {
        let prefix = "strategies.forecasters[]."
        guard pattern.hasPrefix(prefix) else { return nil }
        var parts = pattern.dropFirst(prefix.count).split(separator: ".").map(String.init)
        while parts.count > 2, parts[0] == "ensemble", parts[1] == "members[]" { parts.removeFirst(2) }
        guard parts.count == 2, let entry = ForecasterCatalogue.entry(named: parts[0]),
              let parameter = entry.parameters.first(where: { $0.name == parts[1] }) else { return nil }
        let why = "the parameter's range (`sellthrough list`)"
        switch parameter.kind {
        case let .integer(range): return FieldLimit(.between(Double(range.lowerBound), Double(range.upperBound)), why)
        case let .real(range): return FieldLimit(.between(range.lowerBound, range.upperBound), why)
        case .choice: return nil
        }
    }

    /// `path` with every list index written `[]`: the key of ``limit(for:)``.
    static func pattern(of path: FieldPath) -> String {
        var text = ""
        for component in path.components {
            switch component {
            case let .key(name): text += text.isEmpty ? name : "." + name
            case .index: text += "[]"
            }
        }
        return text
    }

    /// Sections whose fields the table lists after their common prefix, most specific first.
    private static let sections = ["products[].supply.lead_time.", "products[].", "events[].", "strategies.policies[].", "uncertainty[]."]

    /// The Limits table of docs/scenario-format.md: one row per limit, its fields grouped by section
    /// (`products[].` `unit_cost`, `salvage_value`).
    static func markdownTable() -> String {
        var lines = ["| fields | allowed | why |", "| --- | --- | --- |"]
        for row in rows {
            var groups: [(prefix: String, names: [String])] = []
            for pattern in row.patterns {
                let prefix = sections.first { pattern.hasPrefix($0) } ?? ""
                let name = "`\(pattern.dropFirst(prefix.count))`"
                if let index = groups.firstIndex(where: { $0.prefix == prefix }) {
                    groups[index].names.append(name)
                } else {
                    groups.append((prefix, [name]))
                }
            }
            let fields = groups.map { group in
                (group.prefix.isEmpty ? "" : "`\(group.prefix)` ") + group.names.joined(separator: ", ")
            }.joined(separator: "; ")
            lines.append("| \(fields) | \(row.limit.rangeText) | \(row.limit.why) |")
        }
        lines.append("| `strategies.forecasters[].NAME.PARAMETER` | as `sellthrough list` shows | the parameter's range |")
        return lines.joined(separator: "\n")
    }
}

extension Bounds {
    /// These bounds within GSL's `domain` of a parameter: on each side the tighter end (an end
    /// both have is allowed only when both allow it). The domain is where the parameter means
    /// anything; the bounds are the scenario's scale.
    func narrowed(to domain: ParameterDomain) -> Bounds {
        var narrowed = self
        if let end = domain.lower {
            if lower.map({ end > $0 }) ?? true {
                (narrowed.lower, narrowed.lowerInclusive) = (end, domain.lowerInclusive)
            } else if lower == end {
                narrowed.lowerInclusive = lowerInclusive && domain.lowerInclusive
            }
        }
        if let end = domain.upper {
            if upper.map({ end < $0 }) ?? true {
                (narrowed.upper, narrowed.upperInclusive) = (end, domain.upperInclusive)
            } else if upper == end {
                narrowed.upperInclusive = upperInclusive && domain.upperInclusive
            }
        }
        return narrowed
    }
}
