/// The weights of WRMSSE (M5, §2.3): each series' share of the catalogue's revenue over the
/// last 28 periods before the cutoff, revenue = price × units.
///
/// A period with a sale but no known price is priced at the series' median price. Without
/// prices (a history without a `price` column) every series weighs the same, and so it does in
/// a window where no series earned anything.
public enum RevenueWeights {
    /// Periods of revenue counted before the cutoff (M5: the last 28 days).
    public static let periods = 28

    /// The revenue of `series` over the `periods` before `cutoff`; 1 without prices.
    public static func revenue(of series: EvaluationSeries, before cutoff: Int, medianPrice: Double?) -> Double {
        guard let prices = series.prices else { return 1 }
        var total = 0.0
        for index in max(0, cutoff - periods)..<cutoff where series.sales[index] > 0 {
            let price = prices[index].isFinite ? prices[index] : (medianPrice ?? 0)
            total += price * series.sales[index]
        }
        return total
    }
}
