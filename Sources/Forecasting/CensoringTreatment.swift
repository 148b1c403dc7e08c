/// How a forecaster learns from a period in which the shelf ran empty. Sales in such a period
/// are a lower bound on demand: demand was at least what was sold, possibly much more.
///
/// Whatever the treatment, a forecaster turns each observation into one *effective value*
/// that updates its state, and decides whether the period's one-step error counts towards
/// its spread. Periods without a stockout always use the sales as they are and always count.
/// The first observation of a forecaster (when it has no forecast yet) always uses the sales.
public enum CensoringTreatment: String, Hashable, Codable, Sendable, CaseIterable {
    /// Sales are taken as demand and the error counts. Simple, but biased low: in a closed
    /// loop every stockout pulls the forecast down, the policy orders less and more stockouts
    /// follow. Use it to reproduce textbook behaviour or when stockouts are not recorded.
    case useSales = "use-sales"
    /// A stockout period updates the model with max(sales, one-step forecast): it can push the
    /// forecast up (demand was at least the sales) but never pull it down (the sales say nothing
    /// about demand above them). Its error is unobserved and does not count towards the spread.
    /// The default: it uses exactly the information a censored observation carries.
    case lowerBound = "lower-bound"
    /// A stockout period is replaced by the model's own one-step forecast: the model moves on as
    /// if the period had gone exactly as forecast (the level of naive and SES is unchanged; the
    /// moving average and seasonal naive store the forecast in the period's place). Its error
    /// does not count. Ignores even the evidence that demand exceeded the forecast.
    case skipStockouts = "skip-stockouts"

    /// The value a forecaster updates with, and whether the period's one-step error is observed.
    /// - Parameters:
    ///   - sales: units sold, ≥ 0.
    ///   - stockout: whether the shelf ran empty.
    ///   - forecast: the one-step forecast made before the period, nil before the first one.
    func effectiveValue(sales: Double, stockout: Bool, forecast: Double?) -> (value: Double, errorObserved: Bool) {
        guard stockout, let forecast else { return (sales, forecast != nil) }
        switch self {
        case .useSales: return (sales, true)
        case .lowerBound: return (max(sales, forecast), false)
        case .skipStockouts: return (forecast, false)
        }
    }
}

extension SalesObservation {
    /// Sales as the forecasters use them: negative sales (returns exceeding sales in a period)
    /// count as 0, because demand is never negative. Non-finite sales are a caller error.
    var usableSales: Double {
        precondition(sales.isFinite, "SalesObservation: sales must be finite, got \(sales) in period \(period)")
        return max(0, sales)
    }
}
