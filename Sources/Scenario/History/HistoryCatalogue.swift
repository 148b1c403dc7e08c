import Calendar
import Evaluation
import Foundation
import GSL
import Market

/// Resolves one history-driven product's economics from, in this order: its `products:` entry
/// in the scenario, its row of the product file, `history.defaults`, and the built-in defaults
/// below. Every field but the unit cost has a built-in default:
///
/// | field | built-in default |
/// |---|---|
/// | price | the median price paid in the history file, all of it (before `start` too: a price is a fact about the product, not demand to replay); refused when it has none |
/// | unit_cost | none: it must be given (or `unit_cost_share` of the price) |
/// | salvage_value | 0 (or `salvage_share` of the unit cost) |
/// | holding | none charged |
/// | shortage_penalty, elasticity | 0 |
/// | supply | lead time 0 days, no order cost, case pack 1 (product-file columns `lead_time`, `order_cost`, `case_pack`, `min_order`) |
/// | initial_stock | cover until a first order can arrive: the mean warm-up demand per period × (lead time in periods + 1), rounded up; 0 for a product with no warm-up periods |
struct HistoryCatalogue {
    let overrides: [String: ProductOverride]
    let defaults: ProductOverride
    let productFile: [String: ProductRecord]?
    let calendar: CalendarSpec
    let warmUp: Int
    /// The median price paid per product over the whole history file (products with no
    /// recorded price absent).
    let recordedPrices: [String: Double]

    /// The product for `series`, or the fields that are missing.
    func product(for series: EvaluationSeries, demand: [Double]) -> Result<ProductSpec, MissingEconomics> {
        let override = overrides[series.id] ?? ProductOverride()
        let file = productFile?[series.id]?.economics
        let layers = [override, defaults]
        func pick<T>(_ key: KeyPath<ProductOverride, T?>) -> T? { layers.lazy.compactMap { $0[keyPath: key] }.first }
        func fromFile(_ column: ProductEconomics.Column) -> Double? { file?[column] }

        guard let price = override.price ?? fromFile(.price) ?? defaults.price ?? recordedPrices[series.id] else {
            return .failure(.price)
        }
        let unitCost = override.unitCost ?? override.unitCostShare.map { $0 * price } ?? fromFile(.unitCost)
            ?? defaults.unitCost ?? defaults.unitCostShare.map { $0 * price }
        guard let unitCost else { return .failure(.unitCost) }
        var supply = override.supply ?? SupplySpec()
        if override.supply == nil {
            supply = defaults.supply ?? SupplySpec()
            if let days = fromFile(.leadTime) { supply.leadTime = .constant(days) }
            if let cost = fromFile(.orderCost) { supply.orderCost = cost }
            if let pack = fromFile(.casePack) { supply.casePack = max(1, Int(pack)) }
            if let minimum = fromFile(.minOrder) { supply.minOrder = Int(minimum) }
        }
        var product = ProductSpec(
            id: series.id, name: override.name, category: override.category ?? productFile?[series.id]?.profile.category,
            price: price, unitCost: unitCost,
            salvageValue: override.salvageValue ?? override.salvageShare.map { $0 * unitCost } ?? fromFile(.salvageValue)
                ?? defaults.salvageValue ?? defaults.salvageShare.map { $0 * unitCost } ?? 0,
            holdingCost: pick(\.holdingCost) ?? 0,
            holdingRate: override.holdingCost == nil ? (override.holdingRate ?? fromFile(.holdingRate) ?? defaults.holdingRate) : nil,
            shortagePenalty: override.shortagePenalty ?? fromFile(.shortagePenalty) ?? defaults.shortagePenalty ?? 0,
            elasticity: pick(\.elasticity) ?? 0,
            launch: date(of: series.firstPeriod),
            endOfLife: series.firstPeriod + series.count < calendar.periods ? date(of: series.firstPeriod + series.count) : nil,
            lifecycle: .history, supply: supply, unmetDemand: pick(\.unmetDemand) ?? UnmetDemandSpec())
        product.attributes = pick(\.attributes) ?? productFile?[series.id]?.profile.attributes.sorted() ?? []
        product.initialStock = override.initialStock ?? fromFile(.initialStock).map { Int($0) } ?? defaults.initialStock
            ?? startingCover(series: series, demand: demand, leadTime: supply.leadTime)
        return .success(product.resolvingHoldingCost(calendar: calendar))
    }

    /// The first day of history period `period`.
    func date(of period: Int) -> CalendarDate {
        calendar.calendar.firstDay(of: period)
    }

    /// Mean warm-up demand per period × (mean lead time in periods + 1), rounded up.
    private func startingCover(series: EvaluationSeries, demand: [Double], leadTime: Distribution) -> Int {
        let warmUpPeriods = max(0, min(warmUp - series.firstPeriod, demand.count))
        guard warmUpPeriods > 0 else { return 0 }
        let mean = demand.prefix(warmUpPeriods).reduce(0, +) / Double(warmUpPeriods)
        let cover = mean * (leadTime.mean / calendar.period.meanDays + 1)
        return cover.isFinite ? Int(cover.rounded(.up)) : 0
    }
}

/// An economic field that no layer gives for a product.
enum MissingEconomics: Error, CaseIterable {
    /// The product file has no row for it.
    case productRow
    case price
    case unitCost
}
