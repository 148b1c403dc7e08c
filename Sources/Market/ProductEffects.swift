import Calendar
import Foundation

/// The dated events that touch one product, gathered from the whole market, and the rules that
/// turn them into ``PeriodConditions``.
///
/// Evaluation walks the days of a period, so it is only done when conditions can change (see
/// ``changePeriods``), never per period in the hot path.
struct ProductEffects: Sendable {
    let productIndex: Int
    let listPrice: Double
    let elasticity: Double
    /// Competitor entry shrinks the Bass market instead of multiplying demand.
    let competitorShrinksMarket: Bool
    /// (index, promotion) for the product's own promotions.
    let ownPromotions: [(index: Int, promotion: Promotion)]
    /// Promotions of other products that affect this one, with their multiplier.
    let crossPromotions: [(window: DayRange, multiplier: Double)]
    /// Shelf price changes, in date order.
    let priceChanges: [(date: CalendarDate, price: Double)]
    let shocks: [(index: Int, shock: Shock)]

    init(model: MarketModel, productIndex index: Int, events: EventIndex) {
        let product = model.products[index]
        productIndex = index
        listPrice = product.listPrice
        elasticity = product.elasticity
        if case .bass = product.lifecycle { competitorShrinksMarket = true } else { competitorShrinksMarket = false }
        ownPromotions = events.promotions[index].map { (index: $0, promotion: model.promotions[$0]) }
        crossPromotions = events.crossEffects[index].map { promotion, multiplier in
            (window: model.promotions[promotion].window, multiplier: multiplier)
        }
        priceChanges = events.priceChanges[index].map { (date: model.priceChanges[$0].date, price: model.priceChanges[$0].price) }
            .sorted { $0.date < $1.date }
        shocks = events.shocks[index].map { (index: $0, shock: model.shocks[$0]) }
    }

    /// The conditions of `period`: day-level values averaged over its own days.
    func conditions(in period: Int, calendar: PeriodCalendar) -> PeriodConditions {
        let first = calendar.firstDay(of: period)
        let days = calendar.days(in: period)
        var price = 0.0, multiplier = 0.0, withoutPromotions = 0.0, marketSize = 0.0
        var promotion: Int?, shock: Int?
        var supply = SupplyCondition.normal
        for offset in 0..<days {
            let day = first.adding(days: offset)
            let today = dayValues(on: day)
            price += today.price
            multiplier += today.multiplier
            withoutPromotions += today.withoutOwnPromotions
            marketSize += today.marketSizeFactor
            promotion = promotion ?? today.promotion
            shock = shock ?? today.shock
            supply.leadTimeFactor = max(supply.leadTimeFactor, today.supply.leadTimeFactor)
            supply.supplyFraction = min(supply.supplyFraction, today.supply.supplyFraction)
        }
        let count = Double(days)
        return PeriodConditions(
            price: price / count,
            demandMultiplier: multiplier / count,
            promotionShare: multiplier > 0 ? max(0, 1 - withoutPromotions / multiplier) : 0,
            marketSizeFactor: marketSize / count,
            promotion: promotion, shock: shock, supply: supply)
    }

    /// Periods in which conditions may differ from the period before: those holding the first
    /// day and the day after the last day of each event, the one after each (a boundary inside
    /// a weekly period changes two periods), and every period of a competitor's ramp. Sorted,
    /// without duplicates, clamped to the horizon.
    func changePeriods(calendar: PeriodCalendar) -> [Int] {
        var boundaries: [CalendarDate] = []
        for (_, promotion) in ownPromotions { boundaries += [promotion.window.first] + [promotion.window.end].compactMap { $0 } }
        for (window, _) in crossPromotions { boundaries += [window.first] + [window.end].compactMap { $0 } }
        boundaries += priceChanges.map(\.date)
        var periods: Set<Int> = []
        for (_, shock) in shocks {
            let active = shock.activeDays
            boundaries += [active.first] + [active.end].compactMap { $0 }
            if case let .competitorEntry(start, _, rampDays) = shock.kind, rampDays > 0 {
                periods.formUnion(calendar.periods(touching: start, until: start.adding(days: rampDays + 1)))
            }
        }
        for day in boundaries {
            let period = calendar.period(containing: day)
            periods.insert(period)
            periods.insert(period + 1)
        }
        return periods.filter { (0..<calendar.periods).contains($0) }.sorted()
    }

    private struct DayValues {
        var price: Double
        var multiplier: Double
        var withoutOwnPromotions: Double
        var marketSizeFactor: Double
        var promotion: Int?
        var shock: Int?
        var supply: SupplyCondition
    }

    private func dayValues(on day: CalendarDate) -> DayValues {
        let shelfPrice = priceChanges.last { $0.date <= day }?.price ?? listPrice
        var promotedPrice = shelfPrice
        var promotionLift = 1.0
        var promotion: Int?
        for (index, own) in ownPromotions where own.window.contains(day) {
            promotedPrice *= 1 - own.discount
            promotionLift *= own.lift
            promotion = promotion ?? index
        }
        var other = 1.0
        for (window, crossMultiplier) in crossPromotions where window.contains(day) {
            other *= crossMultiplier
        }
        var marketSizeFactor = 1.0
        var shockIndex: Int?
        var supply = SupplyCondition.normal
        for (index, shock) in shocks where shock.activeDays.contains(day) {
            shockIndex = shockIndex ?? index
            switch shock.kind {
            case let .spike(_, lift):
                other *= lift
            case let .levelShift(_, factor):
                other *= factor
            case let .competitorEntry(start, shareLoss, rampDays):
                let phasedIn = rampDays > 0 ? min(1, Double(start.days(to: day) + 1) / Double(rampDays)) : 1
                let remaining = 1 - shareLoss * phasedIn
                if competitorShrinksMarket { marketSizeFactor *= remaining } else { other *= remaining }
            case let .supplyDisruption(_, leadTimeFactor, supplyFraction):
                supply.leadTimeFactor = max(supply.leadTimeFactor, leadTimeFactor)
                supply.supplyFraction = min(supply.supplyFraction, supplyFraction)
            }
        }
        let withPromotions = priceEffect(promotedPrice) * promotionLift * other
        let withoutPromotions = priceEffect(shelfPrice) * other
        return DayValues(price: promotedPrice, multiplier: withPromotions, withoutOwnPromotions: withoutPromotions,
                         marketSizeFactor: marketSizeFactor, promotion: promotion, shock: shockIndex, supply: supply)
    }

    /// (price / list price)^elasticity.
    private func priceEffect(_ price: Double) -> Double {
        elasticity == 0 ? 1 : pow(price / listPrice, elasticity)
    }
}

/// For every product, the indices of the events that touch it: built once per market in one
/// pass over the events, so setting up a large catalogue costs O(products + events).
struct EventIndex: Sendable {
    var promotions: [[Int]]
    /// (promotion index, multiplier) for promotions of other products with a cross effect.
    var crossEffects: [[(Int, Double)]]
    var priceChanges: [[Int]]
    var shocks: [[Int]]

    init(model: MarketModel) {
        let empty = Array(repeating: [Int](), count: model.products.count)
        promotions = empty
        priceChanges = empty
        shocks = empty
        crossEffects = Array(repeating: [], count: model.products.count)
        for (index, promotion) in model.promotions.enumerated() {
            for product in Set(promotion.products) { promotions[product].append(index) }
            for effect in promotion.crossEffects { crossEffects[effect.product].append((index, effect.multiplier)) }
        }
        for (index, change) in model.priceChanges.enumerated() {
            for product in Set(change.products) { priceChanges[product].append(index) }
        }
        for (index, shock) in model.shocks.enumerated() {
            for product in Set(shock.products) { shocks[product].append(index) }
        }
        // Sets above only drop duplicates within one event; keep event order per product.
        promotions = promotions.map { $0.sorted() }
        priceChanges = priceChanges.map { $0.sorted() }
        shocks = shocks.map { $0.sorted() }
    }
}
