import Foundation
import GSL
@testable import Calibration

/// A simulated product for the price and promotion round trips: a steady expected level, a list
/// price of 10 marked down at random, promotions at random, and sales drawn by GSL around
/// expected × (price/10)^elasticity × lift^promoted, as the scenario defines them.
struct ResponseProduct {
    var member: ResponseMember
    /// Σ expected units in promoted and in all used periods, for the standard errors' scale.
    var promotedUnits = 0.0

    /// - Parameters:
    ///   - markdown: probability that a period's price is cut by 5–40%.
    ///   - promotion: probability that a period is promoted (20% off and `lift`); nil = no
    ///     promotion column.
    init(stream: RandomStream, periods: Int, level: Double, elasticity: Double, markdown: Double,
         promotion: Double?, lift: Double = 1) {
        var sales: [Double] = []
        var prices: [Double] = []
        var flags: [Bool] = []
        for _ in 0..<periods {
            let promoted = promotion.map { stream.uniform() < $0 } ?? false
            var price = 10.0
            if promoted { price = 8 } else if stream.uniform() < markdown { price = 10 * (1 - 0.05 - 0.35 * stream.uniform()) }
            let mean = level * pow(price / 10, elasticity) * (promoted ? lift : 1)
            let count = Double(CountDistribution(mean: mean).sample(stream))
            sales.append(count)
            // As in real histories, no price is recorded for a period without a sale.
            prices.append(count > 0 ? price : .nan)
            flags.append(promoted)
            if promoted { promotedUnits += level }
        }
        member = ResponseMember(sales: sales, expected: [Double](repeating: level, count: periods), prices: prices,
                                promotions: promotion == nil ? nil : flags, live: 0..<periods)
    }
}
