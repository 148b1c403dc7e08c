import Calendar
import Market

/// Turning a validated scenario into the market model the simulator runs.
extension ScenarioSpec {
    /// The scenario's market: products in file order, events resolved to product indices and
    /// day ranges.
    ///
    /// - Throws: ``ScenarioError`` (in the file of ``origin``) when the spec was not validated
    ///   and names an unknown product; specs from ``load(contentsOf:)`` and
    ///   ``decode(yaml:file:)`` never do.
    public func marketModel() throws(ScenarioError) -> MarketModel {
        let calendar = self.calendar.calendar
        let indices = Dictionary(products.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        func resolve(_ ids: [String], at path: String) throws(ScenarioError) -> [Int] {
            var resolved: [Int] = []
            for id in ids {
                guard let index = indices[id] else {
                    throw issue(path, .unknownReference, "no product has the id '\(id)'")
                }
                resolved.append(index)
            }
            return resolved
        }

        var promotions: [Promotion] = []
        var priceChanges: [PriceChange] = []
        var shocks: [Shock] = []
        for (number, event) in events.enumerated() {
            let path = "events[\(number)]"
            switch event {
            case let .promotion(spec):
                var crossEffects: [CrossEffect] = []
                for effect in spec.effects {
                    let product = try resolve([effect.product], at: path + ".promotion.effects")[0]
                    crossEffects.append(CrossEffect(product: product, multiplier: effect.multiplier))
                }
                promotions.append(Promotion(
                    name: spec.name ?? "promotion-\(number + 1)",
                    products: try resolve(spec.products, at: path + ".promotion.products"),
                    window: spec.window.dayRange(period: calendar.length),
                    discount: spec.discount, lift: spec.lift,
                    dip: spec.dip.map { dip in
                        PostPromotionDip(share: dip.share, days: dip.length.days(from: spec.window.end(period: calendar.length),
                                                                                 period: calendar.length))
                    },
                    crossEffects: crossEffects))
            case let .priceChange(spec):
                priceChanges.append(PriceChange(products: try resolve(spec.products, at: path + ".price_change.products"),
                                                date: spec.date, price: spec.price))
            case let .shock(spec):
                shocks.append(Shock(name: spec.name ?? "shock-\(number + 1)",
                                    products: try resolve(spec.products, at: path + ".shock.products"),
                                    kind: spec.marketKind(period: calendar.length)))
            }
        }
        if let history {
            return try historyMarketModel(history)
        }
        return MarketModel(calendar: calendar, products: catalogue.map { $0.marketProduct(calendar: self.calendar) },
                           promotions: promotions, priceChanges: priceChanges, shocks: shocks)
    }
}

extension ProductSpec {
    /// The market's view of this product. Its life runs from launch to the end of life, or to
    /// the end of a last phase that has a fixed length, whichever comes first.
    /// - Parameter recorded: the product's record, for a product whose lifecycle is `history`.
    func marketProduct(calendar: CalendarSpec, recorded: RecordedDemand? = nil) -> Product {
        let launch = launchDate(in: calendar)
        let lifecycle: Lifecycle
        var lifeEnd = endOfLife
        switch self.lifecycle {
        case let .bass(bass):
            lifecycle = .bass(BassDiffusion(marketSize: bass.marketSize, innovation: bass.innovation,
                                            imitation: bass.imitation, repeatRate: bass.repeatPurchase?.rate ?? 0))
        case let .phases(phases):
            let open = endOfLife ?? calendar.calendar.end
            var segments: [LifecycleSegment] = []
            var start = launch
            for phase in phases {
                let first = phase.start ?? start
                let end = phase.extent?.end(from: first, period: calendar.period) ?? max(open, first.adding(days: 1))
                segments.append(LifecycleSegment(phase: phase.phase, start: first, end: end,
                                                 fromLevel: phase.from, toLevel: phase.to))
                start = end
            }
            if let last = phases.last, last.extent != nil {
                lifeEnd = min(lifeEnd ?? start, start)
            }
            lifecycle = .phases(segments)
        case .history:
            lifecycle = .recorded(recorded ?? RecordedDemand(demand: [], sales: [], stockout: [], price: [], promotion: [], phases: []))
        }
        return Product(
            id: id, category: category, listPrice: price, unitCost: unitCost, salvageValue: salvageValue,
            elasticity: elasticity,
            life: DayRange(first: launch, end: lifeEnd.map { max($0, launch.adding(days: 1)) }),
            lifecycle: lifecycle,
            seasonality: Seasonality(weekly: seasonality.weekly, monthly: seasonality.yearly,
                                     peaks: seasonality.peaks.map(\.marketPeak)),
            noise: noise,
            supply: SupplyTerms(leadTimeDays: supply.leadTime, orderCost: supply.orderCost,
                                minimumOrder: supply.minOrder, casePack: supply.casePack,
                                capacityPerPeriod: supply.capacity),
            initialStock: initialStock)
    }
}

extension EventWindow {
    func dayRange(period: PeriodLength) -> DayRange {
        DayRange(first: start, end: max(end(period: period), start.adding(days: 1)))
    }
}

extension ShockSpec {
    func marketKind(period: PeriodLength) -> Shock.Kind {
        switch self {
        case let .spike(spec):
            return .spike(window: spec.window.dayRange(period: period), lift: spec.lift)
        case let .levelShift(spec):
            return .levelShift(start: spec.start, factor: spec.factor)
        case let .competitorEntry(spec):
            return .competitorEntry(start: spec.start, shareLoss: spec.marketShareLoss, rampDays: spec.rampDays)
        case let .supplyDisruption(spec):
            return .supplyDisruption(window: spec.window.dayRange(period: period),
                                     leadTimeFactor: spec.leadTimeFactor, supplyFraction: spec.supplyFraction)
        }
    }
}

extension PeakSpec {
    var marketPeak: SeasonalPeak {
        SeasonalPeak(name: name, start: start, end: end, lift: lift)
    }
}
