@testable import Backtest
import Calendar
import Forecasting
import GSL
import Inventory
import Market
import TestSupport

/// A random backtest plan for the property tests: one or two products with random demand
/// (λ log-uniform in 0.1…50 per period, Poisson / negative binomial / zero-inflated noise, phase
/// or Bass lifecycles, late launches and early ends of life, promotions, spikes and supply
/// disruptions), random terms (lead time 0…10 days, constant or gamma; backorder share 0, ½ or
/// 1; churn; initial stock; order constraints; costs) and two random strategies (forecaster ×
/// one of eight policy kinds), over a short horizon of 30–90 days.
struct RandomScenario {
    var plan: BacktestPlan
    /// The parameters in words, for failure messages.
    var summary: String
    /// Whether a supply disruption may stretch lead times or cut orders (some checks assume not).
    var hasSupplyShock: Bool
    /// Labels of what the scenario exercises (policy kinds, noise, shares), for a coverage check.
    var features: Set<String>

    static func make(_ rng: inout SplitMix64, index: Int) throws -> RandomScenario {
        var words: [String] = []
        var features: Set<String> = []
        let length: PeriodLength = rng.chance(0.2) ? .week : .day
        let horizonDays = rng.int(30...90)
        let periods = length == .day ? horizonDays : max(5, horizonDays / 7)
        words.append("\(periods) \(length.rawValue)s")
        features.insert("length:\(length.rawValue)")

        let productCount = rng.chance(0.25) ? 2 : 1
        var products: [Product] = []
        var terms: [ProductTerms] = []
        var scales: [Double] = []
        for index in 0..<productCount {
            let (product, scale, text, labels) = randomProduct(&rng, id: "p\(index)", horizonDays: horizonDays)
            let (productTerms, termsText, termLabels) = try randomTerms(&rng, product: product, scale: scale)
            products.append(product)
            terms.append(productTerms)
            scales.append(scale)
            words.append("[\(product.id): \(text); \(termsText)]")
            features.formUnion(labels)
            features.formUnion(termLabels)
        }

        var promotions: [Promotion] = []
        if rng.chance(0.3) {
            let first = rng.int(0...(horizonDays - 2))
            let days = rng.int(1...14)
            let dip = rng.chance(0.5) ? PostPromotionDip(share: rng.uniform(0...1), days: rng.int(1...14)) : nil
            promotions.append(Promotion(name: "promo", products: [0], window: DayRange(first: Fixture.day(first), days: days),
                                        discount: rng.uniform(0...0.5), lift: rng.uniform(1...3), dip: dip))
            words.append("promotion day \(first)+\(days)")
            features.insert("promotion")
        }
        var shocks: [Shock] = []
        var hasSupplyShock = false
        if rng.chance(0.2) {
            let first = rng.int(0...(horizonDays - 2))
            let days = rng.int(1...30)
            let factor = rng.uniform(1...3), fraction = rng.uniform(0...1)
            shocks.append(Shock(name: "strike", products: Array(0..<productCount),
                                kind: .supplyDisruption(window: DayRange(first: Fixture.day(first), days: days),
                                                        leadTimeFactor: factor, supplyFraction: fraction)))
            hasSupplyShock = true
            words.append("supply disruption day \(first)+\(days) ×\(factor) lead, \(fraction) supplied")
            features.insert("supply-disruption")
        }
        if rng.chance(0.15) {
            let first = rng.int(0...(horizonDays - 2))
            shocks.append(Shock(name: "spike", products: [0],
                                kind: .spike(window: DayRange(first: Fixture.day(first), days: rng.int(1...7)),
                                             lift: rng.uniform(1.5...5))))
            words.append("spike day \(first)")
            features.insert("spike")
        }

        var strategies: [Strategy] = []
        for index in 0..<2 {
            let leadPeriods = terms[0].leadTimeDays.distribution.mean / length.meanDays
            let (policy, policyName) = try randomPolicy(&rng, scale: scales[0], leadPeriods: leadPeriods)
            let (forecaster, forecasterName) = randomForecaster(&rng)
            // The second strategy runs a fixed-level policy without a forecaster, as a scenario
            // does (the draw above is kept so the scenarios stay what they were).
            if index == 1 && !policy.readsForecast {
                strategies.append(Strategy(name: "s\(index) \(policyName)", policy: policy))
                features.insert("no-forecaster")
            } else {
                strategies.append(Strategy(name: "s\(index) \(forecasterName) × \(policyName)", forecaster: forecaster,
                                           policy: policy))
            }
            features.insert("policy:\(policyName.split(separator: " ").first ?? "")")
            words.append("strategy \(index): \(forecasterName) × \(policyName)")
        }

        let blueprint = MarketBlueprint(model: MarketModel(
            calendar: PeriodCalendar(start: Fixture.start, periods: periods, length: length), products: products,
            promotions: promotions, shocks: shocks))
        let seed = rng.next()
        let replications = rng.chance(0.2) ? 2 : 1
        words.append("seed \(seed), \(replications) replication(s)")
        let plan = BacktestPlan(blueprint: blueprint, terms: terms, strategies: strategies, seed: seed,
                                replications: replications, runsOracle: true)
        return RandomScenario(plan: plan, summary: words.joined(separator: "; "), hasSupplyShock: hasSupplyShock,
                              features: features)
    }

    /// A product with random demand; also returns λ (its demand scale per period) and a description.
    private static func randomProduct(_ rng: inout SplitMix64, id: String, horizonDays: Int)
        -> (Product, Double, String, Set<String>) {
        var labels: Set<String> = []
        let lambda = rng.logUniform(0.1...50)
        let noise: DemandNoise
        switch rng.int(0...2) {
        case 0:
            noise = .poisson
            labels.insert("noise:poisson")
        case 1:
            noise = .negativeBinomial(dispersion: rng.logUniform(0.3...20))
            labels.insert("noise:negative-binomial")
        default:
            let base: DemandNoise.Base = rng.chance(0.5) ? .poisson : .negativeBinomial(dispersion: rng.logUniform(0.3...20))
            noise = .zeroInflated(zeroProbability: rng.uniform(0.05...0.8), base: base)
            labels.insert("noise:zero-inflated")
        }
        let launchDay = rng.chance(0.7) ? 0 : rng.int(1...(horizonDays / 3))
        let lifeEnd: Int? = rng.chance(0.5) ? nil : launchDay + rng.int(max(2, horizonDays / 3)...(horizonDays + 10))
        if launchDay > 0 { labels.insert("late-launch") }
        if let lifeEnd, lifeEnd < horizonDays { labels.insert("end-of-life") }
        let life = DayRange(first: Fixture.day(launchDay), end: lifeEnd.map(Fixture.day))

        let lifecycle: Lifecycle
        var text = "λ \(lambda), \(noise), life day \(launchDay)…\(lifeEnd.map(String.init) ?? "open")"
        if rng.chance(0.6) {
            // Phases in forward order over [launch, end), cut at random days.
            let count = rng.int(1...4)
            var phases = LifecyclePhase.allCases
            while phases.count > count { phases.remove(at: rng.int(0...(phases.count - 1))) }
            let spanEnd = lifeEnd ?? (horizonDays + 30)
            var cuts = Set<Int>()
            while cuts.count < count - 1 { cuts.insert(rng.int((launchDay + 1)...(spanEnd - 1))) }
            let bounds = [launchDay] + cuts.sorted() + [spanEnd]
            let segments = phases.indices.map { index in
                LifecycleSegment(phase: phases[index], start: Fixture.day(bounds[index]), end: Fixture.day(bounds[index + 1]),
                                 fromLevel: rng.uniform(0...(2 * lambda)), toLevel: rng.uniform(0...(2 * lambda)))
            }
            lifecycle = .phases(segments)
            text += ", phases \(phases.map(\.rawValue))"
            labels.insert("lifecycle:phases")
        } else {
            // Market size chosen so that the peak adoption rate m(p + q)²/(4q) is about λ.
            let p = rng.logUniform(0.002...0.05)
            let q = rng.uniform(0...0.6)
            let repeatRate = rng.chance(0.3) ? rng.uniform(0...0.05) : 0
            let bass = BassDiffusion(marketSize: 1, innovation: p, imitation: q, repeatRate: repeatRate)
            let size = max(1, lambda / bass.peakAdoptionRate)
            lifecycle = .bass(BassDiffusion(marketSize: size, innovation: p, imitation: q, repeatRate: repeatRate))
            text += ", Bass m \(size) p \(p) q \(q) repeat \(repeatRate)"
            labels.insert("lifecycle:bass")
        }
        let price = rng.uniform(1...100)
        let unitCost = price * rng.uniform(0.2...1.1)
        let product = Product(id: id, listPrice: price, unitCost: unitCost, salvageValue: unitCost * rng.uniform(0...1),
                              elasticity: rng.uniform(-3...0), life: life, lifecycle: lifecycle, noise: noise)
        return (product, lambda, text, labels)
    }

    /// Random supplier and customer terms for `product`, scaled to its λ.
    private static func randomTerms(_ rng: inout SplitMix64, product: Product, scale: Double) throws
        -> (ProductTerms, String, Set<String>) {
        var labels: Set<String> = []
        let economics = Economics(price: product.listPrice, unitCost: product.unitCost,
                                  holdingCost: product.unitCost * rng.uniform(0...0.02),
                                  salvageValue: product.salvageValue,
                                  shortagePenalty: rng.chance(0.5) ? 0 : rng.uniform(0...product.listPrice))
        let leadDays = rng.int(0...10)
        let leadTime: Distribution
        if leadDays > 0 && rng.chance(0.3) {
            leadTime = .gamma(mean: Double(leadDays), sd: Double(leadDays) * rng.uniform(0.1...1))
            labels.insert("lead:gamma")
        } else {
            leadTime = .constant(Double(leadDays))
            labels.insert("lead:constant")
        }
        let share = rng.pick([0.0, 0.5, 1.0])
        labels.insert("backorder-share:\(share)")
        let churn = rng.chance(0.5) ? 0 : rng.uniform(0...1)
        let initialStock = rng.int(0...Int(scale * 10))
        let orderCost = rng.chance(0.5) ? 0 : rng.uniform(0...100)
        var constraints = OrderConstraints()
        if rng.chance(0.3) {
            constraints = OrderConstraints(minimumOrder: rng.int(0...(Int(3 * scale) + 1)), casePack: rng.int(1...12),
                                           capacity: rng.chance(0.5) ? nil : rng.int(1...(Int(5 * scale) + 5)))
            labels.insert("constraints")
        }
        let terms = ProductTerms(economics: economics, constraints: constraints, orderCost: orderCost,
                                 leadTimeDays: try leadTime.makeSampler(), backorderShare: share, churn: churn,
                                 initialStock: initialStock)
        let text = "\(economics), lead \(leadTime) days, share \(share), churn \(churn), initial \(initialStock), "
            + "order cost \(orderCost), \(constraints)"
        return (terms, text, labels)
    }

    /// One of the eight policy kinds (plus an end-of-life run-down with clearance, which marks
    /// prices down), with parameters scaled to the demand over the lead time.
    private static func randomPolicy(_ rng: inout SplitMix64, scale lambda: Double, leadPeriods: Double) throws
        -> (any InventoryPolicy, String) {
        let cover = lambda * (leadPeriods.rounded() + 1)
        let top = Int(2 * cover) + 2
        let review = rng.chance(0.6) ? 1 : rng.int(2...7)
        switch rng.int(0...8) {
        case 0:
            let s = rng.int(-2...top)
            let upTo = max(0, s + rng.int(1...top))
            return (try SSPolicy(reorderPoint: s, orderUpTo: upTo, reviewPeriod: review), "(s,S) (\(s), \(upTo)) R \(review)")
        case 1:
            let s = rng.int(-2...top)
            let q = rng.int(1...top)
            return (try ReorderQuantityPolicy(reorderPoint: s, quantity: q, reviewPeriod: review),
                    "(s,Q) (\(s), \(q)) R \(review)")
        case 2:
            let level = rng.int(0...top)
            return (try BaseStockPolicy(level: level), "base-stock \(level)")
        case 3:
            let level = rng.int(0...(top * review))
            return (try PeriodicOrderUpToPolicy(reviewPeriod: review, level: level), "(R,S) (\(review), \(level))")
        case 4:
            let minimum = rng.int(0...top)
            let maximum = minimum + rng.int(0...top)
            return (try MinMaxPolicy(minimum: minimum, maximum: maximum, reviewPeriod: review),
                    "min-max (\(minimum), \(maximum)) R \(review)")
        case 5:
            let p = rng.uniform(0.5...0.99)
            let target: ServiceTarget = rng.chance(0.5) ? .cycleServiceLevel(p) : .fillRate(p)
            return (try ForecastOrderUpToPolicy(reviewPeriod: review, target: target), "forecast-order-up-to \(target) R \(review)")
        case 6:
            let q = rng.uniform(0.05...0.99)
            return (try QuantilePolicy(reviewPeriod: review, quantile: q), "quantile \(q) R \(review)")
        case 7:
            let ratio: Double? = rng.chance(0.5) ? nil : rng.uniform(0.05...0.95)
            let season: Int? = rng.chance(0.5) ? nil : rng.int(1...20)
            let buy = rng.int(0...5)
            return (try NewsvendorPolicy(criticalRatio: ratio, seasonPeriods: season, buyPeriod: buy),
                    "newsvendor ratio \(ratio.map { "\($0)" } ?? "economics") season \(season.map(String.init) ?? "-") buy \(buy)")
        default:
            let s = rng.int(0...top)
            let base = try SSPolicy(reorderPoint: s, orderUpTo: s + rng.int(1...top))
            let clearance = try ClearanceMarkdown(periodsBefore: rng.int(1...10), priceFactor: rng.uniform(0.3...1))
            return (try EndOfLifeRunDown(base: base, stopPeriods: rng.int(0...3), clearance: clearance),
                    "run-down (s,S) (\(base.reorderPoint), \(base.orderUpTo)) clearance \(clearance.priceFactor)")
        }
    }

    private static func randomForecaster(_ rng: inout SplitMix64) -> (any Forecaster, String) {
        let censoring = rng.pick([CensoringTreatment.lowerBound, .useSales, .skipStockouts])
        switch rng.int(0...3) {
        case 0: return (NaiveForecaster(censoring: censoring), "naive \(censoring.rawValue)")
        case 1:
            let window = rng.int(1...14)
            return (MovingAverageForecaster(window: window, censoring: censoring), "ma \(window) \(censoring.rawValue)")
        case 2:
            let alpha = rng.uniform(0.05...1)
            return (ModelForecaster.ses(alpha: alpha, censoring: censoring), "ses α \(alpha) \(censoring.rawValue)")
        default: return (ModelForecaster.ses(censoring: censoring), "ses optimised \(censoring.rawValue)")
        }
    }
}
