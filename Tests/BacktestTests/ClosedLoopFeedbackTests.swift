import Testing
@testable import Backtest
import Forecasting
import GSL
import Inventory
import Market

/// The closed loop feeds sales back into the market: a Bass product's word of mouth grows with
/// what was actually sold, so running out during growth changes the demand that follows.
@Suite("Closed-loop feedback on a Bass product")
struct ClosedLoopFeedbackTests {
    /// Plan seed: every strategy in a replication faces the same demand uniforms.
    static let seed: UInt64 = 0xB455_2000
    static let replications = 3

    /// Bass m = 2000, p = 0.01, q = 0.2 per day over 200 days (peak ≈ m(p + q)²/(4q) ≈ 110 a day
    /// around day ln(q/p)/(p + q) ≈ 14), lost sales, lead time 2 days, 100 units at launch.
    /// "short": base stock 20, far below the ≈ 330 units the 3-day protection interval needs at
    /// the peak, so it runs out through the growth; "ample": base stock 1000, which never does.
    static func plan(churn: Double) throws -> BacktestPlan {
        let bass = BassDiffusion(marketSize: 2000, innovation: 0.01, imitation: 0.2)
        let terms = try Fixture.terms(Economics(price: 10, unitCost: 5), leadTimeDays: 2, churn: churn, initialStock: 100)
        return BacktestPlan(blueprint: Fixture.blueprint([Fixture.bassProduct(bass: bass)], periods: 200), terms: [terms],
                            strategies: [Fixture.strategy("short", try BaseStockPolicy(level: 20)),
                                         Fixture.strategy("ample", try BaseStockPolicy(level: 1000))],
                            seed: seed, replications: replications, runsOracle: false)
    }

    private static func traces(_ sink: RecordingSink, replication: Int) throws -> (short: [PeriodRecord], ample: [PeriodRecord]) {
        (try #require(sink.traces[RecordingSink.Key(replication: replication, strategy: 0, product: 0)]),
         try #require(sink.traces[RecordingSink.Key(replication: replication, strategy: 1, product: 0)]))
    }

    @Test("running out during growth sells less and slows word of mouth (same seed, churn 0.5)")
    func stockoutsSlowAdoption() async throws {
        let plan = try Self.plan(churn: 0.5)
        let (sink, _) = try await runRecording(plan)
        for replication in 0..<Self.replications {
            let (short, ample) = try Self.traces(sink, replication: replication)
            let context = "replication \(replication), seed \(Self.seed)"
            // The ample policy never loses a sale, so it sees exactly the unconstrained demand.
            #expect(ample.allSatisfy { $0.lost == 0 }, "\(context)")
            let unconstrained = try unconstrainedDemand(plan, product: 0, replication: replication)
            #expect(ample.map(\.demand) == unconstrained, "\(context)")

            // Common random numbers: both face the same demand until the first lost sale, which
            // reaches the market only from the next period on.
            let firstLoss = try #require(short.firstIndex { $0.lost > 0 }, "\(context): the short policy never ran out")
            #expect(short[...firstLoss].map(\.demand) == ample[...firstLoss].map(\.demand), "\(context)")
            #expect(short.map(\.demand) != ample.map(\.demand), "\(context): sales did not feed back")

            // Over the whole life the short policy sells fewer units…
            let soldShort = short.reduce(0) { $0 + $1.sold }, soldAmple = ample.reduce(0) { $0 + $1.sold }
            #expect(soldShort < soldAmple, "\(context): sold \(soldShort) vs \(soldAmple)")

            // …and word of mouth is slower: over the ample run's growth (launch to its peak of
            // expected demand) the short run expects less demand, and its own peak is lower.
            let peak = try #require(ample.indices.max { ample[$0].expectedDemand < ample[$1].expectedDemand })
            let growthShort = short[...peak].reduce(0.0) { $0 + $1.expectedDemand }
            let growthAmple = ample[...peak].reduce(0.0) { $0 + $1.expectedDemand }
            #expect(growthShort < growthAmple, "\(context): expected demand to day \(peak): \(growthShort) vs \(growthAmple)")
            let peakShort = short.map(\.expectedDemand).max() ?? 0
            #expect(peakShort < ample[peak].expectedDemand, "\(context): peaks \(peakShort) vs \(ample[peak].expectedDemand)")
        }
    }

    /// What total demand over the life means here. Lost would-be adopters who do not churn stay
    /// in the Bass market (m − N) and are drawn again in later periods, so each retry counts as
    /// demand: with churn 0.5 the short run's total demand *exceeds* the ample run's (which is
    /// the market size, every adopter buying once). With churn 1 every lost would-be adopter
    /// leaves, each customer demands once, and over this 200-day life both totals reach the
    /// market size (innovation alone, p = 0.01 a day, drains the market). So the slower word
    /// of mouth shows in the timing of demand (test above), not in a lower life total.
    @Test("total demand over the life counts the retries of lost customers who stay (churn 0.5 and 1)")
    func totalDemandCountsRetries() async throws {
        for churn in [0.5, 1.0] {
            let (sink, _) = try await runRecording(try Self.plan(churn: churn))
            for replication in 0..<Self.replications {
                let (short, ample) = try Self.traces(sink, replication: replication)
                let demandShort = short.reduce(0) { $0 + $1.demand }, demandAmple = ample.reduce(0) { $0 + $1.demand }
                let context = "churn \(churn), replication \(replication), seed \(Self.seed)"
                // Every adopter buys once; Poisson noise can overshoot the last few units.
                #expect(abs(demandAmple - 2000) <= 10, "\(context): ample demand \(demandAmple)")
                if churn < 1 {
                    #expect(demandShort > demandAmple, "\(context): \(demandShort) vs \(demandAmple)")
                } else {
                    #expect(abs(demandShort - 2000) <= 10, "\(context): short demand \(demandShort)")
                }
            }
        }
    }
}
