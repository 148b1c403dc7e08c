import GSL
@testable import Inventory

/// Demand that is normal and independent from period to period, `mean` and `sd` units per
/// period: over n periods N(n·mean, n·sd²).
struct NormalOutlook: DemandOutlook {
    var mean: Double
    var sd: Double

    func expectedDemand(over periods: Int) -> Double { Double(periods) * mean }
    func demandStandardDeviation(over periods: Int) -> Double { sd * Double(periods).squareRoot() }
    func demandQuantile(_ probability: Double, over periods: Int) -> Double {
        expectedDemand(over: periods) + demandStandardDeviation(over: periods) * StandardNormal.quantile(probability)
    }
}

/// Known future demand, one number per period from the next one on (0 beyond the list).
struct KnownOutlook: DemandOutlook {
    var demand: [Double]

    func expectedDemand(over periods: Int) -> Double { demand.prefix(max(0, periods)).reduce(0, +) }
    func demandStandardDeviation(over periods: Int) -> Double { 0 }
    func demandQuantile(_ probability: Double, over periods: Int) -> Double { expectedDemand(over: periods) }
}

/// Answers with the horizon it was asked about, so a test can see how many periods a policy
/// protects: expected demand and every quantile over n periods are 10·n, sd is 0.
struct HorizonEcho: DemandOutlook {
    func expectedDemand(over periods: Int) -> Double { 10 * Double(periods) }
    func demandStandardDeviation(over periods: Int) -> Double { 0 }
    func demandQuantile(_ probability: Double, over periods: Int) -> Double { 10 * Double(periods) }
}

/// A context with the given stock and, unless told otherwise, an outlook of nothing, lead time 0
/// and price 10 / cost 6.
func context(period: Int = 0, onHand: Int = 0, backorders: Int = 0, onOrder: Int = 0,
             outlook: any DemandOutlook = KnownOutlook(demand: []), leadTime: Double = 0,
             periodsUntilEndOfLife: Int? = nil,
             economics: Economics = Economics(price: 10, unitCost: 6), launchPeriod: Int = 0) -> PolicyContext {
    let pipeline = onOrder > 0 ? [PipelineOrder(placed: period - 1, due: period + 1, quantity: onOrder)] : []
    let state = InventoryState(period: period, onHand: onHand, backorders: backorders, pipeline: pipeline)
    return PolicyContext(state: state, outlook: outlook, leadTime: LeadTimeOutlook(mean: leadTime, high: leadTime),
                         periodsUntilEndOfLife: periodsUntilEndOfLife, economics: economics, launchPeriod: launchPeriod)
}
