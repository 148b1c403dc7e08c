import Calendar
import Market

extension ReportEvent {
    /// The events of `model` that touch product `index` within the horizon, by first period
    /// (then in the model's order): its promotions, other products' promotions with an effect
    /// on it, its price changes and the shocks that hit it.
    public static func events(of index: Int, in model: MarketModel) -> [ReportEvent] {
        let calendar = model.calendar
        func periods(_ days: DayRange) -> (first: Int, last: Int?)? {
            let range = calendar.periods(touching: days.first, until: days.end ?? calendar.end)
            guard let last = range.last else { return nil }
            let outlastsHorizon = days.end.map { $0 > calendar.end } ?? true
            return (range.lowerBound, outlastsHorizon ? nil : last)
        }
        var events: [ReportEvent] = []
        for promotion in model.promotions {
            guard let span = periods(promotion.window) else { continue }
            if promotion.products.contains(index) {
                var effects: [String] = []
                if promotion.discount > 0 { effects.append("\(percent(promotion.discount)) off") }
                if promotion.lift != 1 { effects.append("display ×\(number(promotion.lift))") }
                if let dip = promotion.dip { effects.append("then \(percent(dip.share)) of the extra taken back over \(dip.days) days") }
                events.append(ReportEvent(kind: ReportEvent.promotion, name: promotion.name, detail: effects.joined(separator: ", "),
                                          first: span.first, last: span.last))
            } else if let effect = promotion.crossEffects.first(where: { $0.product == index }) {
                let what = effect.multiplier < 1 ? "cannibalises this product" : "lifts this product"
                events.append(ReportEvent(kind: ReportEvent.promotion, name: promotion.name,
                                          detail: "another product's promotion; \(what): demand ×\(number(effect.multiplier))",
                                          first: span.first, last: span.last))
            }
        }
        for change in model.priceChanges where change.products.contains(index) && calendar.contains(change.date) {
            events.append(ReportEvent(kind: ReportEvent.priceChange, name: "price \(number(change.price))",
                                      detail: "shelf price \(number(change.price)) from then on",
                                      first: calendar.period(containing: change.date), last: nil))
        }
        for shock in model.shocks where shock.products.contains(index) {
            guard let span = periods(shock.activeDays) else { continue }
            events.append(ReportEvent(kind: ReportEvent.shock, name: shock.name, detail: describe(shock.kind),
                                      first: span.first, last: span.last))
        }
        return events.enumerated().sorted { ($0.element.first, $0.offset) < ($1.element.first, $1.offset) }.map(\.element)
    }

    /// What a shock does, in words.
    static func describe(_ kind: Shock.Kind) -> String {
        switch kind {
        case let .spike(_, lift): "demand ×\(number(lift)) while it lasts"
        case let .levelShift(_, factor): "demand ×\(number(factor)) from then on"
        case let .competitorEntry(_, shareLoss, rampDays):
            "a competitor takes \(percent(shareLoss)) of the market over \(rampDays) days"
        case let .supplyDisruption(_, leadTimeFactor, supplyFraction):
            "lead times ×\(number(leadTimeFactor)), \(percent(supplyFraction)) of each order delivered"
        }
    }

    /// "20%" for 0.2 (up to one decimal).
    static func percent(_ share: Double) -> String {
        NumberText.format(share * 100, places: 1) + "%"
    }

    /// Up to two decimals, trailing zeros dropped.
    static func number(_ value: Double) -> String {
        NumberText.format(value, places: 2)
    }
}
