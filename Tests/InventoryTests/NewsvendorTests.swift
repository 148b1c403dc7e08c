import Testing
import GSL
@testable import Inventory

@Suite("Newsvendor single buy")
struct NewsvendorTests {
    /// Price 16, cost 10, salvage 6: cu = 6, co = 4, critical ratio 0.6.
    let economics = Economics(price: 16, unitCost: 10, salvageValue: 6)

    @Test("Q* = F⁻¹(cu/(cu + co)) = μ + σΦ⁻¹(cr) for normal demand")
    func criticalFractile() throws {
        #expect(abs(economics.criticalRatio - 0.6) < 1e-15)
        // 10 periods of N(10, 2²) each: season N(100, 40). Closed form μ + σΦ⁻¹(0.6).
        let outlook = NormalOutlook(mean: 10, sd: 2)
        let sigma = 2 * Double(10).squareRoot()
        let closedForm = 100 + sigma * StandardNormal.quantile(0.6)
        #expect(abs(StandardNormal.quantile(0.6) - 0.2533471031357997) < 1e-12)  // SciPy norm.ppf(0.6)
        let policy = try NewsvendorPolicy()
        let decision = policy.decide(context(outlook: outlook, periodsUntilEndOfLife: 10, economics: economics))
        #expect(decision.quantity == Int(closedForm.rounded(.up)))
        #expect(decision.quantity == 102)  // 100 + 6.3246·0.25335 = 101.60
        #expect(decision.reason.contains("0.6") && decision.reason.contains("101.6"))
        #expect(decision.reason.contains("cu 6") && decision.reason.contains("co 4"))
    }

    @Test("stockpyl's newsvendor_normal answer: h 4, p 6, N(100, 20²) → 105.0669")
    func stockpylCrossCheck() throws {
        // stockpyl 1.x: newsvendor.newsvendor_normal(holding_cost=4, stockout_cost=6,
        // demand_mean=100, demand_sd=20) = 105.066942062716.
        let outlook = NormalOutlook(mean: 100, sd: 20)
        let decision = try NewsvendorPolicy().decide(context(outlook: outlook, periodsUntilEndOfLife: 1, economics: economics))
        #expect(decision.quantity == 106)
        #expect(decision.reason.contains("105.07"))
    }

    @Test("a given critical ratio overrides the economics; Φ⁻¹(0.95) = 1.644854")
    func override() throws {
        let policy = try NewsvendorPolicy(criticalRatio: 0.95)
        // Season N(100, 10²): 100 + 16.45 = 116.45 → 117, less position 7.
        let decision = policy.decide(context(onHand: 7, outlook: NormalOutlook(mean: 100, sd: 10),
                                             periodsUntilEndOfLife: 1, economics: economics))
        #expect(decision.quantity == 110)
        #expect(decision.reason.contains("116.45"))
    }

    @Test("buys once, buyPeriod periods after the launch")
    func single() throws {
        let policy = try NewsvendorPolicy(buyPeriod: 2)
        let outlook = NormalOutlook(mean: 10, sd: 2)
        let buys = (0..<6).filter { policy.decide(context(period: $0, outlook: outlook, periodsUntilEndOfLife: 8)).quantity > 0 }
        #expect(buys == [2])
        // A product launched in period 10 buys in period 12, not in period 2.
        let late = (0..<20).filter {
            policy.decide(context(period: $0, outlook: outlook, periodsUntilEndOfLife: 8, launchPeriod: 10)).quantity > 0
        }
        #expect(late == [12])
    }

    @Test("season window: end of life when known, else lead time + seasonPeriods, else no buy")
    func window() throws {
        // HorizonEcho: 10 per period asked.
        let policy = try NewsvendorPolicy(seasonPeriods: 6)
        #expect(policy.decide(context(outlook: HorizonEcho(), leadTime: 2, periodsUntilEndOfLife: 9)).quantity == 90)
        #expect(policy.decide(context(outlook: HorizonEcho(), leadTime: 2)).quantity == 80)
        let open = try NewsvendorPolicy().decide(context(outlook: HorizonEcho(), leadTime: 2))
        #expect(open.quantity == 0 && open.reason.contains("seasonPeriods"))
        #expect(try NewsvendorPolicy().decide(context(outlook: HorizonEcho(), periodsUntilEndOfLife: 0)).quantity == 0)
    }

    @Test("no margin and no penalty: critical ratio 0, nothing is worth buying")
    func worthless() throws {
        let free = Economics(price: 10, unitCost: 10)
        let decision = try NewsvendorPolicy().decide(context(outlook: HorizonEcho(), periodsUntilEndOfLife: 5, economics: free))
        #expect(decision.quantity == 0)
        #expect(throws: PolicyParameterError.self) { try NewsvendorPolicy(criticalRatio: 0) }
        #expect(throws: PolicyParameterError.self) { try NewsvendorPolicy(seasonPeriods: 0) }
    }
}
