/// The search over p, q, P, Q (and the constant) of `auto.arima` (Hyndman & Khandakar 2008, §3.2;
/// R's `auto.arima`, statsforecast's `AutoARIMA`), d and D already chosen, every candidate fitted
/// by ``ARIMAEstimator`` and ranked by AICc (ties go to the model found first).
///
/// **Stepwise** (the default): the starting models are (p, q)(P, Q) = (2, 2)(1, 1) — orders
/// capped by the limits; (1, 1)(0, 0) and no seasonal start when fewer than 10 observations —,
/// (0, 0)(0, 0), (1, 0)(1, 0), (0, 1)(0, 1), each with the constant when it is allowed, and
/// (0, 0)(0, 0) without it. Then, from the best model so far, the neighbours are tried in the
/// order P − 1, Q − 1, P + 1, Q + 1, (P ∓ 1, Q ∓ 1) ×4, p − 1, q − 1, p + 1, q + 1,
/// (p ∓ 1, q ∓ 1) ×4, and the constant toggled; the first that improves AICc becomes the best
/// and the neighbours are tried again from it, until none improves or ``ARIMASearchLimits/models``
/// fits have been made. Orders already fitted are not refitted.
///
/// **Exhaustive**: every p ≤ max p, q ≤ max q, P ≤ max P, Q ≤ max Q with p + q + P + Q ≤ max
/// order, with and without the constant when it is allowed.
struct AutoARIMASearch {
    let y: [Double]
    /// d, D and m of every candidate.
    let differences: ARIMAOrder
    let limits: ARIMASearchLimits
    /// Whether a constant (mean or drift) may be included.
    let allowsConstant: Bool
    /// Whether candidates are ranked by the AICc of their conditional-sum-of-squares fit, and
    /// only the best fitted by exact likelihood (R's `approximation`, see
    /// ``ARIMAEstimator/approximateAICc(_:)``).
    let approximate: Bool
    /// Every order tried, in the order tried, with its AICc (+∞ for a failed fit).
    private(set) var tried: [(order: ARIMAOrder, aicc: Double)] = []
    private var triedOrders: Set<ARIMAOrder> = []
    /// The best order so far and its AICc.
    private var bestOrder: ARIMAOrder?
    private var bestAICc = Double.infinity
    /// The best exact fit so far (exact ranking only).
    private var bestFit: ARIMAFit?

    init(_ y: [Double], differences: ARIMAOrder, limits: ARIMASearchLimits, allowsConstant: Bool, approximate: Bool = false) {
        self.y = y
        self.differences = differences
        self.limits = limits
        self.allowsConstant = allowsConstant
        self.approximate = approximate
    }

    /// The order (p, q)(P, Q) with d, D, m and the constant.
    private func order(_ p: Int, _ q: Int, _ seasonalP: Int, _ seasonalQ: Int, constant: Bool) -> ARIMAOrder {
        ARIMAOrder(p: p, d: differences.d, q: q, seasonalP: seasonalP, seasonalD: differences.seasonalD,
                   seasonalQ: seasonalQ, period: differences.period, constant: constant)
    }

    /// Fits `order` unless it was fitted before; true when it became the best.
    @discardableResult
    private mutating func consider(_ order: ARIMAOrder) -> Bool {
        guard !triedOrders.contains(order), tried.count < limits.models else { return false }
        let estimator = ARIMAEstimator(order: order)
        var aicc = Double.infinity
        if approximate {
            aicc = estimator.approximateAICc(y) ?? .infinity
        } else if let fit = estimator.fit(y), fit.aicc.isFinite {
            aicc = fit.aicc
            if aicc < bestAICc { bestFit = fit }
        }
        tried.append((order, aicc))
        triedOrders.insert(order)
        guard aicc.isFinite, aicc < bestAICc else { return false }
        (bestOrder, bestAICc) = (order, aicc)
        return true
    }

    /// The selected model: the best exact fit, or, when ranking by the approximation, the first
    /// candidate in AICc order (ties in the order tried) that the exact likelihood can fit.
    private func selected() -> ARIMAFit? {
        guard approximate else { return bestFit }
        let ranked = tried.indices.filter { tried[$0].aicc.isFinite }
            .sorted { (tried[$0].aicc, $0) < (tried[$1].aicc, $1) }
        for index in ranked {
            if let fit = ARIMAEstimator(order: tried[index].order).fit(y), fit.aicc.isFinite { return fit }
        }
        return nil
    }

    /// The stepwise search; nil when no candidate could be fitted.
    mutating func stepwise() -> ARIMAFit? {
        let short = y.count < 10
        let l = limits
        let constant = allowsConstant
        consider(order(min(short ? 1 : 2, l.p), min(short ? 1 : 2, l.q), short ? 0 : min(1, l.seasonalP),
                       short ? 0 : min(1, l.seasonalQ), constant: constant))
        consider(order(0, 0, 0, 0, constant: constant))
        if l.p > 0 || l.seasonalP > 0 { consider(order(min(1, l.p), 0, min(1, l.seasonalP), 0, constant: constant)) }
        if l.q > 0 || l.seasonalQ > 0 { consider(order(0, min(1, l.q), 0, min(1, l.seasonalQ), constant: constant)) }
        if constant { consider(order(0, 0, 0, 0, constant: false)) }
        var improved = true
        while improved, let current = bestOrder {
            improved = false
            for candidate in neighbours(of: current) where !triedOrders.contains(candidate) && tried.count < l.models {
                if consider(candidate) {
                    improved = true
                    break
                }
            }
        }
        return selected()
    }

    /// The neighbours of `o` in the order they are tried.
    private func neighbours(of o: ARIMAOrder) -> [ARIMAOrder] {
        let l = limits
        let seasonalMoves = [(-1, 0), (0, -1), (1, 0), (0, 1), (-1, -1), (-1, 1), (1, -1), (1, 1)]
        var result: [ARIMAOrder] = []
        for (dP, dQ) in seasonalMoves {
            let (sp, sq) = (o.seasonalP + dP, o.seasonalQ + dQ)
            if sp >= 0, sq >= 0, sp <= l.seasonalP, sq <= l.seasonalQ {
                result.append(order(o.p, o.q, sp, sq, constant: o.constant))
            }
        }
        for (dp, dq) in seasonalMoves {
            let (p, q) = (o.p + dp, o.q + dq)
            if p >= 0, q >= 0, p <= l.p, q <= l.q {
                result.append(order(p, q, o.seasonalP, o.seasonalQ, constant: o.constant))
            }
        }
        if allowsConstant { result.append(order(o.p, o.q, o.seasonalP, o.seasonalQ, constant: !o.constant)) }
        return result
    }

    /// The exhaustive search; nil when no candidate could be fitted.
    mutating func exhaustive() -> ARIMAFit? {
        let l = limits
        for p in 0...l.p {
            for q in 0...l.q {
                for sp in 0...l.seasonalP {
                    for sq in 0...l.seasonalQ where p + q + sp + sq <= l.order {
                        for constant in allowsConstant ? [true, false] : [false] {
                            consider(order(p, q, sp, sq, constant: constant))
                        }
                    }
                }
            }
        }
        return selected()
    }
}

/// The largest orders an ``AutoARIMASearch`` considers, and its budget of fits.
struct ARIMASearchLimits: Hashable, Sendable {
    var p: Int
    var q: Int
    var seasonalP: Int
    var seasonalQ: Int
    /// Largest p + q + P + Q of the exhaustive search.
    var order: Int
    /// Most models fitted (R's `nmodels`, 94).
    var models: Int = 94
}
