import Foundation
import Testing
@testable import Backtest
import Forecasting
import GSL
import Inventory
import Market

/// Textbook inventory models reproduced by the closed loop, within Monte Carlo error derived
/// from the run length. Each expected number is computed exactly here (GSL's Poisson pmf and
/// CDF) and, where a published value exists, checked against it too.
@Suite("Known answers")
struct KnownAnswerTests {
    /// Mean and standard error of `value` over the records of periods `window`, by batch means.
    private static func batchMeans(_ records: [PeriodRecord], window: Range<Int>, batchSize: Int,
                                   _ value: (PeriodRecord) -> Double) -> BatchMeans {
        var batches = BatchMeans(batchSize: batchSize)
        for record in records where window.contains(record.period) { batches.add(value(record)) }
        return batches
    }

    /// One product with flat Poisson(λ) demand on a daily calendar, one strategy, one long
    /// replication; returns its period records.
    private static func longRun(lambda: Double, periods: Int, terms: ProductTerms, policy: any InventoryPolicy,
                                seed: UInt64) async throws -> [PeriodRecord] {
        let plan = BacktestPlan(blueprint: Fixture.blueprint([Fixture.flatProduct(level: lambda)], periods: periods),
                                terms: [terms], strategies: [Fixture.strategy("policy", policy)], seed: seed,
                                replications: 1, runsOracle: false)
        let (sink, _) = try await runRecording(plan)
        return try #require(sink.traces[RecordingSink.Key(replication: 0, strategy: 0, product: 0)])
    }

    // MARK: Base stock with backorders

    /// Base-stock level S, Poisson(λ) demand per period, full backorders, constant lead time of
    /// L periods (daily calendar, L days), no fixed cost.
    ///
    /// Derivation under this loop's timing. The policy reviews every period and orders
    /// S − position, so after ordering at the end of period t the inventory position is S
    /// (it never exceeds S: it starts at S and only falls between reviews). Everything on order
    /// then arrives by the start of t + L + 1, and nothing ordered later arrives before t + L + 2.
    /// So the net inventory at the end of t + L + 1 is S − D, D the demand of the L + 1 periods
    /// t + 1 … t + L + 1, D ~ Poisson((L + 1)λ) — the standard base-stock result with lead-time
    /// demand over L + 1 periods (Zipkin, "Foundations of Inventory Management", 2000, ch. 6;
    /// Axsäter, "Inventory Control", 2nd ed., 2006, ch. 5):
    ///   E[on hand at end]  = E[(S − D)⁺],
    ///   E[backlog at end]  = E[(D − S)⁺],
    ///   P(no backlog at end) = P(D ≤ S).
    /// Served straight from the shelf in t + L + 1: min(D₁, (S − D_L)⁺), D_L the demand of
    /// t + 1 … t + L (Poisson(Lλ)) and D₁ that of t + L + 1, independent. Its mean over λ is the
    /// fill rate, equal to the textbook 1 − (E[(D_{L+1} − S)⁺] − E[(D_L − S)⁺])/λ (Axsäter ch. 5).
    /// A period has unmet demand iff D_{L+1} > S and D₁ > 0 (with D_L > S nothing is on the
    /// shelf, so any demand waits; with D_L ≤ S the shelf holds S − D_L), so the loop's cycle
    /// service level — the share of periods without unmet demand — is
    ///   P(D_{L+1} ≤ S) + e^{−λ}·P(D_L > S).
    ///
    /// Cross-check: stockpyl.loss_functions.poisson_loss(24, 20) = (n, n̄) =
    /// (0.48760074040174683, 4.487600740401747) for λ = 5, L = 3, S = 24.
    @Test("base stock S = 24, Poisson(5), L = 3 days, full backorders: on hand, backlog, no-backlog share, fill rate, cycle service")
    func baseStockBackorders() async throws {
        let lambda = 5.0, leadTime = 3, level = 24
        // Run length: 60,000 periods after a warm-up of 20 (≥ L + 1, after which the net
        // inventory is exactly S − D_{L+1}); the last period (salvage) is dropped.
        let warmUp = 20, measured = 60_000
        let terms = try Fixture.terms(Economics(price: 10, unitCost: 10), leadTimeDays: Double(leadTime),
                                      backorderShare: 1, initialStock: level)
        let seed: UInt64 = 0xBA5E_0001
        let records = try await Self.longRun(lambda: lambda, periods: warmUp + measured + 1, terms: terms,
                                       policy: try BaseStockPolicy(level: level), seed: seed)
        let window = warmUp..<(warmUp + measured)

        let lead = PoissonTerms(mean: lambda * Double(leadTime))
        let protection = PoissonTerms(mean: lambda * Double(leadTime + 1))
        let onePeriod = PoissonTerms(mean: lambda)
        let expectedOnHand = protection.expectedLeft(level)
        let expectedBacklog = protection.expectedShort(level)
        let expectedNoBacklog = protection.cdf(level)
        // E[min(D₁, (S − D_L)⁺)] = Σ_j P(D_L = j)·E[min(D₁, S − j)].
        let expectedServed = (0...level).reduce(0.0) { $0 + lead.pmf($1) * onePeriod.expectedMin(level - $1) }
        let expectedCycleService = protection.cdf(level) + exp(-lambda) * (1 - lead.cdf(level))
        // The loss-function form of the fill rate and stockpyl's loss values agree with the above.
        #expect(abs(expectedServed / lambda - (1 - (expectedBacklog - lead.expectedShort(level)) / lambda)) < 1e-12)
        #expect(abs(expectedBacklog - 0.48760074040174683) < 1e-9 && abs(expectedOnHand - 4.487600740401747) < 1e-9)

        // Batches of 500 periods: the per-period series are (L + 1)-dependent moving functions
        // of demand (correlation length 4 periods), so batch means 125 correlation lengths long
        // are nearly independent; 120 batches estimate the standard error to about ±7%
        // (1/√(2·119)), which z = 4.5 absorbs.
        let batch = 500
        let checks: [(String, Double, BatchMeans)] = [
            ("on hand at end", expectedOnHand, Self.batchMeans(records, window: window, batchSize: batch) { Double($0.onHandEnd) }),
            ("backlog at end", expectedBacklog, Self.batchMeans(records, window: window, batchSize: batch) { Double($0.backlog) }),
            ("share without backlog", expectedNoBacklog,
             Self.batchMeans(records, window: window, batchSize: batch) { $0.backlog == 0 ? 1 : 0 }),
            ("served from shelf", expectedServed,
             Self.batchMeans(records, window: window, batchSize: batch) { Double($0.servedFromShelf) }),
            ("cycle service", expectedCycleService,
             Self.batchMeans(records, window: window, batchSize: batch) { $0.short == 0 ? 1 : 0 }),
        ]
        for (name, expected, simulated) in checks {
            #expect(simulated.batchMeans.count == measured / batch)
            #expect(abs(simulated.mean - expected) <= zTolerance * simulated.standardError,
                    "\(name): simulated \(simulated.mean) ± \(simulated.standardError), expected \(expected) (seed \(seed))")
        }
        // After the warm-up the position after ordering is exactly S every period.
        #expect(records.filter { window.contains($0.period) }.allSatisfy {
            $0.onHandEnd - $0.backlog + $0.onOrder == level
        })
    }

    // MARK: Base stock with lost sales and no lead time

    /// Lost sales with L = 0: the order placed at the end of t (S − on hand) arrives at the start
    /// of t + 1, so every period starts with exactly S on the shelf and the periods are
    /// independent single-period newsvendors, each with stock S:
    /// E[on hand at end] = E[(S − D)⁺], E[lost] = E[(D − S)⁺], D ~ Poisson(λ).
    /// Periods are i.i.d., so the standard error is the exact σ/√n.
    /// Cross-check: stockpyl.loss_functions.poisson_loss(7, 5) = (0.25548096664525477, 2.255480966645255).
    @Test("base stock S = 7, Poisson(5), L = 0, lost sales: every period starts at S; on hand and lost match the loss functions")
    func baseStockLostSalesNoLeadTime() async throws {
        let lambda = 5.0, level = 7, measured = 30_000
        let terms = try Fixture.terms(Economics(price: 10, unitCost: 10), leadTimeDays: 0, initialStock: level)
        let seed: UInt64 = 0xBA5E_0002
        let records = try await Self.longRun(lambda: lambda, periods: measured + 1, terms: terms,
                                       policy: try BaseStockPolicy(level: level), seed: seed)
        let window = records.dropLast()
        #expect(window.count == measured)
        #expect(window.allSatisfy { $0.onHandStart + $0.arrivals == level })

        let demand = PoissonTerms(mean: lambda)
        #expect(abs(demand.expectedShort(level) - 0.25548096664525477) < 1e-9)
        #expect(abs(demand.expectedLeft(level) - 2.255480966645255) < 1e-9)
        // Exact variances: Var((S − D)⁺) and Var((D − S)⁺) from the pmf (the tail beyond 200
        // has probability < 1e-200).
        func variance(_ f: (Int) -> Double) -> Double {
            let m = (0...200).reduce(0.0) { $0 + demand.pmf($1) * f($1) }
            return (0...200).reduce(0.0) { $0 + demand.pmf($1) * (f($1) - m) * (f($1) - m) }
        }
        let cases: [(String, Double, Double, (PeriodRecord) -> Int)] = [
            ("on hand at end", demand.expectedLeft(level), variance { Double(max(level - $0, 0)) }, { $0.onHandEnd }),
            ("lost", demand.expectedShort(level), variance { Double(max($0 - level, 0)) }, { $0.lost }),
        ]
        for (name, expected, variance, value) in cases {
            let mean = Double(window.reduce(0) { $0 + value($1) }) / Double(measured)
            let standardError = (variance / Double(measured)).squareRoot()
            #expect(abs(mean - expected) <= zTolerance * standardError,
                    "\(name): simulated \(mean) ± \(standardError), expected \(expected) (seed \(seed))")
        }
    }

    // MARK: (s,S) with backorders — Zheng & Federgruen

    /// Expected cost per period of a periodic-review (s,S) policy with zero lead time and full
    /// backorders (Zheng & Federgruen, "Finding optimal (s,S) policies is about as simple as
    /// evaluating a single policy", Operations Research 39(4), 1991):
    ///   c(s,S) = (K + Σ_{d=0}^{S−s−1} m(d)·G(S − d)) / M(S − s),
    /// with G(y) = h·E[(y − D)⁺] + p·E[(D − y)⁺], m(0) = 1/(1 − p₀),
    /// m(j) = m(0)·Σ_{l=1..j} p_l·m(j − l), M(n) = Σ_{j<n} m(j).
    /// The loop charges the same costs: with L = 0, the position after ordering at the end of t
    /// is the stock at the start of t + 1, holding is on the end-of-period stock, the penalty on
    /// each unit waiting at the end of a period, K per order; reorder when position ≤ s.
    static func zhengFedergruenCost(reorderPoint s: Int, orderUpTo upTo: Int, holding h: Double, penalty p: Double,
                                    fixed k: Double, demand: PoissonTerms) -> Double {
        let gap = upTo - s
        var m = [Double](repeating: 0, count: gap)
        m[0] = 1 / (1 - demand.pmf(0))
        for j in 1..<gap {
            m[j] = m[0] * (1...j).reduce(0.0) { $0 + demand.pmf($1) * m[j - $1] }
        }
        let cycleLength = m.reduce(0, +)
        func newsvendorCost(_ y: Int) -> Double { h * demand.expectedLeft(y) + p * demand.expectedShort(y) }
        let cycleCost = k + (0..<gap).reduce(0.0) { $0 + m[$1] * newsvendorCost(upTo - $1) }
        return cycleCost / cycleLength
    }

    /// Snyder & Shen, "Fundamentals of Supply Chain Theory", 2nd ed., 2019, Example 4.7: Poisson(6)
    /// demand, h = 1, p = 4, K = 5, (s, S) = (4, 10): expected cost 8.034111561471642 per period
    /// (stockpyl.ss.s_s_cost_discrete(4, 10, 1, 4, 5, True, 6)).
    @Test("(s,S) = (4, 10), Poisson(6), h 1, p 4, K 5, L = 0: cost per period 8.0341 (Snyder & Shen Ex. 4.7)")
    func sSCostSnyderShen() async throws {
        let published = 8.034111561471642
        let demand = PoissonTerms(mean: 6)
        let expected = Self.zhengFedergruenCost(reorderPoint: 4, orderUpTo: 10, holding: 1, penalty: 4, fixed: 5,
                                                demand: demand)
        #expect(abs(expected - published) < 1e-9)

        let warmUp = 20, measured = 60_000
        let terms = try Fixture.terms(Economics(price: 10, unitCost: 10, holdingCost: 1, shortagePenalty: 4),
                                      leadTimeDays: 0, orderCost: 5, backorderShare: 1, initialStock: 10)
        let seed: UInt64 = 0x55_0047
        let records = try await Self.longRun(lambda: 6, periods: warmUp + measured + 1, terms: terms,
                                       policy: try SSPolicy(reorderPoint: 4, orderUpTo: 10), seed: seed)
        // Batches of 500 periods: an (s,S) cycle lasts M(6) ≈ 1.9 periods here, so batches
        // span ~260 regeneration cycles and their means are nearly independent; 120 batches.
        let cost = Self.batchMeans(records, window: warmUp..<(warmUp + measured), batchSize: 500) {
            $0.money.holding + $0.money.shortagePenalty + $0.money.ordering
        }
        #expect(cost.batchMeans.count == 120)
        #expect(abs(cost.mean - expected) <= zTolerance * cost.standardError,
                "cost per period: simulated \(cost.mean) ± \(cost.standardError), expected \(expected) (seed \(seed))")
    }

    // MARK: Newsvendor single buy

    /// Snyder & Shen, "Fundamentals of Supply Chain Theory", 2nd ed., Example 4.2 with Poisson
    /// demand (stockpyl.newsvendor.newsvendor_poisson_explicit(1, 0.3, 0.12, 50) = (56, 33.20276478819082)):
    /// price r = 1, cost c = 0.3, salvage v = 0.12, season demand Poisson(50). The optimal buy is
    /// the smallest Q with F(Q) ≥ (r − c)/(r − v) = 0.7955 — Q* = 56 — and the expected profit
    /// (r − c)·E[min(D, Q)] − (c − v)·E[(Q − D)⁺] = 33.2028.
    ///
    /// In the loop: a product living 10 days with Poisson(5) demand a day (season total
    /// Poisson(50)), the buy as launch stock, lost sales, no replenishment (base stock 0 never
    /// orders when nothing waits), leftovers salvaged in the last live period. Replications are
    /// independent, so the standard error is the exact σ/√R of the profit.
    @Test("newsvendor Q* = 56 for Poisson(50), r 1, c 0.3, v 0.12: mean profit 33.2028 over 3,000 seasons (Snyder & Shen Ex. 4.2)")
    func newsvendorSingleBuy() async throws {
        let economics = Economics(price: 1, unitCost: 0.3, salvageValue: 0.12)
        let season = PoissonTerms(mean: 50)
        // Q* from the critical ratio of the loop's own economics.
        let ratio = economics.criticalRatio
        let best = try #require((0...200).first { season.cdf($0) >= ratio })
        #expect(best == 56)
        func profit(_ d: Int) -> Double { 0.7 * Double(min(d, best)) - 0.18 * Double(max(best - d, 0)) }
        let expected = (0...400).reduce(0.0) { $0 + season.pmf($1) * profit($1) }
        #expect(abs(expected - 33.20276478819082) < 1e-9)
        let variance = (0...400).reduce(0.0) { $0 + season.pmf($1) * (profit($1) - expected) * (profit($1) - expected) }

        let replications = 3_000
        let product = Fixture.flatProduct(level: 5, price: 1, lifeDays: 10)
        let terms = try Fixture.terms(economics, initialStock: best)
        let seed: UInt64 = 0x4E57_0042
        let plan = BacktestPlan(blueprint: Fixture.blueprint([product], periods: 12), terms: [terms],
                                strategies: [Fixture.strategy("single buy", try BaseStockPolicy(level: 0))],
                                seed: seed, replications: replications, runsOracle: false)
        let (sink, summary) = try await runRecording(plan, traces: false)
        let profits = sink.outcomes.map(\.card.total.profit)
        #expect(profits.count == replications)
        #expect(sink.outcomes.allSatisfy { $0.card.total.orders == 0 && $0.card.total.periods == 10 })
        let mean = profits.reduce(0, +) / Double(replications)
        let standardError = (variance / Double(replications)).squareRoot()
        #expect(abs(mean - expected) <= zTolerance * standardError,
                "mean profit: simulated \(mean) ± \(standardError), expected \(expected) (seed \(seed))")
        // The summary agrees with the outcomes, and its standard error with the exact one to
        // within the sampling error of a standard deviation (relative SE ≈ 1/√(2R) ≈ 1.3%).
        let statistic = summary.strategies[0].total[.profit]
        #expect(isClose(statistic?.mean ?? .nan, mean))
        #expect(abs((statistic?.standardError ?? 0) / standardError - 1) < zTolerance / (2.0 * Double(replications)).squareRoot())
        // Units sold and left over match E[min(D, Q)] and E[(Q − D)⁺] as well.
        let sold = Double(sink.outcomes.reduce(0) { $0 + $1.card.total.sold }) / Double(replications)
        let soldVariance = (0...400).reduce(0.0) {
            let x = Double(min($1, best)) - season.expectedMin(best)
            return $0 + season.pmf($1) * x * x
        }
        #expect(abs(sold - season.expectedMin(best)) <= zTolerance * (soldVariance / Double(replications)).squareRoot(),
                "units sold: simulated \(sold), expected \(season.expectedMin(best))")
        let leftover = Double(sink.outcomes.reduce(0) { $0 + $1.card.total.leftover }) / Double(replications)
        #expect(abs(Double(best) - sold - leftover) < 1e-9)
    }
}
