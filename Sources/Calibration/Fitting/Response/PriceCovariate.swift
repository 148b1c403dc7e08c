import Foundation

/// A product's prices as the regression's covariate: x = ln(price / reference).
///
/// The reference (list) price is the median of the product's observed prices (finite, > 0, any
/// period), as `EvaluationSeries.medianPrice` and the scenario's `price:` take it. A period
/// whose price is unknown (NaN: most histories record a price only when something sold) takes
/// the last known price before it, or the first known one before any is known: prices are
/// sticky, and dropping those periods would drop exactly the periods without sales and bias the
/// fit upwards.
struct PriceCovariate {
    /// The median observed price; nil when none was observed.
    let reference: Double?
    /// ln(price / reference) per period; 0 everywhere without a reference.
    let logRatio: [Double]
    /// Whether the period's price was observed rather than carried over.
    let observed: [Bool]

    init(prices: [Double]?, count: Int) {
        let known = (prices ?? []).filter { $0.isFinite && $0 > 0 }.sorted()
        guard let prices, !known.isEmpty else {
            reference = nil
            logRatio = [Double](repeating: 0, count: count)
            observed = [Bool](repeating: false, count: count)
            return
        }
        let middle = known.count / 2
        let reference = known.count % 2 == 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2
        let isObserved = prices.map { $0.isFinite && $0 > 0 }
        var last = prices.first { $0.isFinite && $0 > 0 } ?? reference
        self.reference = reference
        logRatio = prices.indices.map { index in
            if isObserved[index] { last = prices[index] }
            return log(last / reference)
        }
        observed = isObserved
    }

    /// How many of `periods` have an observed price at least `deviation` (a share) away from the
    /// reference.
    func changes(in periods: [Int], deviation: Double) -> Int {
        periods.count { observed[$0] && abs(exp(logRatio[$0]) - 1) >= deviation }
    }
}
