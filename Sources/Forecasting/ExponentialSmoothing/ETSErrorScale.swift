/// σ̂ of a fitted ETS model's one-step errors (ε = u in units for additive errors, u/μ for
/// multiplicative ones), and what it takes to move σ̂ on by one observed period in O(1): every
/// model of the ETS family refreshes its spread each period between refits, with the rule it
/// was fitted by.
///
/// - ``pooled(sumOfSquares:count:parameterCount:)``: √(Σε²/(n − k)), n − k floored at 1, over
///   every error since the fitted window began (Hyndman et al. 2008, §5.1), k counting the
///   estimated parameters and initial states and σ²; a new error adds to Σε² and to n.
/// - ``recent(window:)``: the root mean square of the last errors (``ResidualScale``, as the baseline
///   forecasters estimate it) — SES's rule, see ``ExponentialSmoothingModel``.
public struct ETSErrorScale: Hashable, Codable, Sendable {
    /// Σε² of the errors recorded.
    private var sumOfSquares: Double
    /// n, the errors recorded.
    private var count: Int
    /// k of the pooled rule.
    private let parameterCount: Int
    /// The recent errors, under the recent rule (nil under the pooled one).
    private var recentErrors: ResidualScale?

    /// √(Σε²/max(n − k, 1)) of `count` errors with sum of squares `sumOfSquares` and k =
    /// `parameterCount`.
    public static func pooled(sumOfSquares: Double, count: Int, parameterCount: Int) -> ETSErrorScale {
        ETSErrorScale(sumOfSquares: sumOfSquares, count: count, parameterCount: parameterCount, recentErrors: nil)
    }

    /// The root mean square of the last `window` (≥ 1) errors; none recorded yet.
    public static func recent(window: Int) -> ETSErrorScale {
        ETSErrorScale(sumOfSquares: 0, count: 0, parameterCount: 0, recentErrors: ResidualScale(window: window))
    }

    /// The same rule with no error recorded.
    var emptied: ETSErrorScale {
        recentErrors.map { .recent(window: $0.window) } ?? .pooled(sumOfSquares: 0, count: 0, parameterCount: parameterCount)
    }

    /// Records one more one-step error, in O(1).
    mutating func record(_ error: Double) {
        sumOfSquares += error * error
        count += 1
        recentErrors?.record(error)
    }

    /// σ̂, finite and ≥ 0 (0 without errors).
    public var sigma: Double {
        if let recentErrors { return recentErrors.standardDeviation }
        let sigma = (sumOfSquares / max(Double(count - parameterCount), 1)).squareRoot()
        return sigma.isFinite && sigma > 0 ? sigma : 0
    }
}
