import Calendar
import Market

/// A large made-up catalogue for the benchmark: a realistic mix of lifecycles, seasonality,
/// noise and events, built deterministically from the product count (no randomness needed).
public enum SyntheticCatalogue {
    /// `products` products over `periods` daily periods from 2026-01-05, with one promotion and
    /// one spike per ten products.
    public static func model(products count: Int, periods: Int) -> MarketModel {
        let start = CalendarDate(dayNumber: 20458) // 2026-01-05, a Monday
        let calendar = PeriodCalendar(start: start, periods: periods, length: .day)
        let weekly = Seasonality(weekly: [0.85, 0.9, 0.95, 1.0, 1.1, 1.3, 0.9])
        let yearly = Seasonality(weekly: [0.9, 0.9, 1.0, 1.0, 1.1, 1.2, 0.9],
                                 monthly: [0.8, 0.8, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.3, 1.6])
        var products: [Product] = []
        var promotions: [Promotion] = []
        var shocks: [Shock] = []
        for index in 0..<count {
            // Spread launches over the first year and sizes over two orders of magnitude.
            let launch = start.adding(days: (index * 37) % 365)
            let scale = 1 + Double((index * 7919) % 100) / 10
            let lifecycle: Lifecycle
            if index % 2 == 0 {
                lifecycle = .bass(BassDiffusion(marketSize: 400 * scale, innovation: 0.003, imitation: 0.03,
                                                repeatRate: index % 4 == 0 ? 0.002 : 0))
            } else {
                let phases: [(LifecyclePhase, Int, Double, Double)] = [
                    (.introduction, 30, 0.2 * scale, 1.0 * scale), (.growth, 60, 1.0 * scale, 3.0 * scale),
                    (.maturity, 240, 3.0 * scale, 3.0 * scale), (.decline, 400, 3.0 * scale, 0.3 * scale),
                ]
                var day = launch
                lifecycle = .phases(phases.map { phase, days, from, to in
                    defer { day = day.adding(days: days) }
                    return LifecycleSegment(phase: phase, start: day, end: day.adding(days: days),
                                            fromLevel: from, toLevel: to)
                })
            }
            let noise: DemandNoise = switch index % 3 {
            case 0: .poisson
            case 1: .negativeBinomial(dispersion: 3)
            default: .zeroInflated(zeroProbability: 0.3, base: .poisson)
            }
            products.append(Product(
                id: "sku-\(index)", listPrice: 20 + scale, unitCost: 8, elasticity: -1.5,
                life: DayRange(first: launch, end: nil), lifecycle: lifecycle,
                seasonality: index % 5 == 0 ? yearly : weekly, noise: noise))
            if index % 10 == 0 {
                promotions.append(Promotion(
                    name: "promo-\(index)", products: [index], window: DayRange(first: launch.adding(days: 90), days: 7),
                    discount: 0.2, lift: 1.3, dip: PostPromotionDip(share: 0.3, days: 14)))
                shocks.append(Shock(name: "spike-\(index)", products: [index],
                                    kind: .spike(window: DayRange(first: launch.adding(days: 200), days: 5), lift: 2)))
            }
        }
        return MarketModel(calendar: calendar, products: products, promotions: promotions, shocks: shocks)
    }
}
