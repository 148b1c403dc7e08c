import Testing
import GSL
@testable import Inventory

/// Policies whose level comes from the outlook: the protection interval L + R, the safety factor
/// of each service target, and known answers for normal demand.
@Suite("Forecast-driven policies")
struct ForecastPolicyTests {
    @Test("the protection interval is L + R periods")
    func protectionInterval() throws {
        // HorizonEcho answers 10 per period asked: L 2 + R 3 → S 50.
        let forecast = try ForecastOrderUpToPolicy(reviewPeriod: 3, target: .cycleServiceLevel(0.95))
        #expect(forecast.decide(context(outlook: HorizonEcho(), leadTime: 2)).quantity == 50)
        let quantile = try QuantilePolicy(reviewPeriod: 3, quantile: 0.9)
        #expect(quantile.decide(context(outlook: HorizonEcho(), leadTime: 2)).quantity == 50)
        // A lead time of 1.4 periods plans as 1: L + R = 2 → 20.
        let daily = try QuantilePolicy(quantile: 0.9)
        #expect(daily.decide(context(outlook: HorizonEcho(), leadTime: 1.4)).quantity == 20)
        #expect(daily.decide(context(outlook: HorizonEcho(), leadTime: 1.6)).quantity == 30)
    }

    @Test("cycle service level: k = Φ⁻¹(p), S = μ(L+R) + kσ(L+R), rounded up")
    func cycleService() throws {
        let target = ServiceTarget.cycleServiceLevel(0.95)
        #expect(abs(target.safetyFactor(standardDeviation: 7, cycleDemand: 99) - 1.6448536269514722) < 1e-12)
        // μ 20/period, σ 5/period, L 3, R 1: mean 80, σ 10, S = 80 + 16.4485 = 96.45 → 97.
        let policy = try ForecastOrderUpToPolicy(target: target)
        let decision = policy.decide(context(onHand: 30, outlook: NormalOutlook(mean: 20, sd: 5), leadTime: 3))
        #expect(decision.quantity == 97 - 30)
        for text in ["80", "1.645", "10", "96.45", "97", "30", "67", "95%"] {
            #expect(decision.reason.contains(text), "reason lacks \(text): \(decision.reason)")
        }
    }

    @Test("fill rate: σ·G(k) = (1 − β)·cycle demand, at β = 0.98")
    func fillRate() throws {
        // σ 100, cycle demand 1 000: G(k) = 0.02·1000/100 = 0.2, k = 0.492887 (stockpyl + brentq;
        // Silver–Pyke–Peterson table B.1 brackets it between 0.49 and 0.50).
        let target = ServiceTarget.fillRate(0.98)
        let k = target.safetyFactor(standardDeviation: 100, cycleDemand: 1_000)
        #expect(abs(StandardNormal.lossFunction(k) - 0.2) < 1e-9)
        #expect(abs(k - 0.49288732720681866) < 1e-9)
        // No spread: no safety stock. No cycle demand: capped, not infinite.
        #expect(target.safetyFactor(standardDeviation: 0, cycleDemand: 1_000) == 0)
        #expect(target.safetyFactor(standardDeviation: 10, cycleDemand: 0) == ServiceTarget.maximumSafetyFactor)
        // A low fill rate against a small spread: k < 0.
        #expect(ServiceTarget.fillRate(0.5).safetyFactor(standardDeviation: 1, cycleDemand: 100) < 0)
    }

    @Test("fill-rate policy uses the cycle after arrival, E[D over L+R] − E[D over L]")
    func fillRatePolicy() throws {
        // μ 100/period, σ 50/period, L 3, R 1: mean 400, σ 100, cycle demand 100.
        // G(k) = 0.05·100/100 = 0.05 → k = 1.25558 → S = 400 + 125.558 = 525.56 → 526.
        let policy = try ForecastOrderUpToPolicy(target: .fillRate(0.95))
        let decision = policy.decide(context(onHand: 26, outlook: NormalOutlook(mean: 100, sd: 50), leadTime: 3))
        #expect(decision.quantity == 500)
        #expect(decision.reason.contains("1.256") && decision.reason.contains("fill rate 95%"))
    }

    @Test("quantile policy holds the q-quantile of demand over L + R")
    func quantilePolicy() throws {
        // μ 10, σ 3 per period, L 1, R 1: N(20, 18); 0.8-quantile 20 + 4.2426·0.84162 = 23.57 → 24.
        let policy = try QuantilePolicy(quantile: 0.8)
        let decision = policy.decide(context(onHand: 4, outlook: NormalOutlook(mean: 10, sd: 3), leadTime: 1))
        #expect(decision.quantity == 20)
        #expect(decision.reason.contains("23.57") && decision.reason.contains("S 24"))
        let weekly = try QuantilePolicy(reviewPeriod: 7, quantile: 0.8)
        #expect(weekly.decide(context(period: 3, outlook: NormalOutlook(mean: 10, sd: 3))).quantity == 0)
    }

    @Test("a whole-number level is not bumped up by floating-point noise")
    func rounding() throws {
        #expect(OrderUpTo.wholeUnits(30.000000000000004) == 30)
        #expect(OrderUpTo.wholeUnits(30.01) == 31)
        #expect(OrderUpTo.wholeUnits(-2.5) == -2)
        #expect(OrderUpTo.wholeUnits(.nan) == nil)
        // Beyond about 2⁵² units a level saturates: a policy wanting more than any order can
        // bring orders the most it may, never silently nothing.
        #expect(OrderUpTo.wholeUnits(.infinity) == OrderUpTo.largestLevel)
        #expect(OrderUpTo.wholeUnits(1e16) == OrderUpTo.largestLevel)
        #expect(OrderUpTo.wholeUnits(-1e300) == -OrderUpTo.largestLevel)
        let astronomical = try QuantilePolicy(quantile: 0.95)
        let wanted = astronomical.decide(context(onHand: 4, outlook: NormalOutlook(mean: 1e16, sd: 1e16), leadTime: 1))
        #expect(wanted.quantity > 0 && OrderConstraints().apply(to: wanted.quantity) == OrderConstraints.largestOrder)
    }

    @Test("perfect foresight orders exactly the next L + 1 periods' demand less the position")
    func perfectForesight() {
        let policy = PerfectForesightPolicy()
        // L 2: demand of the next 3 periods = 3 + 7 + 5 = 15; position 4 → order 11.
        let decision = policy.decide(context(onHand: 4, outlook: KnownOutlook(demand: [3, 7, 5, 100]), leadTime: 2))
        #expect(decision.quantity == 11)
        #expect(decision.reason.contains("15") && decision.reason.contains("11"))
        // 0.1 + 0.2 + 7 + 5 = 12.3 → 13 (a fraction of a unit is still a unit); position 4 → 9.
        let truth = KnownOutlook(demand: [0.1 + 0.2, 7, 5, 100])
        #expect(policy.decide(context(onHand: 4, outlook: truth, leadTime: 2)).quantity == 9)
        #expect(policy.decide(context(onHand: 20, outlook: truth, leadTime: 2)).quantity == 0)
        // Whole units summed in floating point stay whole: 0.1·10 + 2 → 3, not 4.
        let tenths = KnownOutlook(demand: Array(repeating: 0.1, count: 10) + [2])
        #expect(policy.decide(context(outlook: tenths, leadTime: 10)).quantity == 3)
    }

    @Test("probabilities outside (0, 1) are refused")
    func validation() {
        #expect(throws: PolicyParameterError.self) { try QuantilePolicy(quantile: 1) }
        #expect(throws: PolicyParameterError.self) { try QuantilePolicy(quantile: .nan) }
        #expect(throws: PolicyParameterError.self) { try ForecastOrderUpToPolicy(target: .fillRate(0)) }
        #expect(throws: PolicyParameterError.self) { try ForecastOrderUpToPolicy(target: .cycleServiceLevel(1.2)) }
        #expect(throws: PolicyParameterError.self) { try ForecastOrderUpToPolicy(reviewPeriod: 0, target: .fillRate(0.9)) }
    }
}
