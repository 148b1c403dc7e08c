import Foundation

/// The covariates of the censored-likelihood model's log-mean: log μ_t = Σ_j β_j·x_j(t), with
/// x = (trend terms in τ, cos(2πk·p/m), sin(2πk·p/m) for k = 1…K), where τ = 2t/(n − 1) − 1
/// runs over [−1, 1] across the series and p is the period's season position in a cycle of m.
///
/// The trend is one of two shapes (``Trend``). A log-mean quadratic in time rises and falls
/// once: the shape of a lifecycle (introduction, peak, decline) and a flat maturity alike, but
/// a ramp, a plateau and a decline only approximately. A natural cubic spline in τ follows them
/// too. The terms used grow with the series, so a short one is not over-fitted: the quadratic
/// needs n ≥ 12 periods (n ≥ 4: linear; else a constant), a spline with q knots n ≥ 10·(q − 1)
/// (ten periods between knots), and the season K = min(2, ⌊(m − 1)/2⌋) harmonics needs m ≥ 3
/// and n ≥ 2m (two full cycles).
struct LifecycleDesign: Sendable {
    /// The shape of the log-mean in time.
    enum Trend: Sendable, Hashable {
        /// 1, τ, τ².
        case quadratic
        /// A natural cubic spline in τ with `knots` knots equally spaced over [−1, 1], the ends
        /// included: `knots` terms (1, τ and knots − 2 curvature terms), cubic between knots and
        /// linear beyond the ends.
        case naturalSpline(knots: Int)
    }

    /// One row of covariates per period.
    let rows: [[Double]]
    let trend: Trend
    /// The number of trend terms, which lead each row (the season's follow).
    let trendCount: Int

    var parameterCount: Int { rows.first?.count ?? 1 }

    /// The design of `trend` on `series` (see ``allows(_:periods:)`` for a spline).
    init(series: CensoredSeries, trend: Trend = .quadratic) {
        let n = series.count
        let tau = (0..<n).map { t in n > 1 ? 2 * Double(t) / Double(n - 1) - 1 : 0 }
        let trendColumns: [[Double]]
        switch trend {
        case .quadratic:
            let degree = n >= 12 ? 2 : (n >= 4 ? 1 : 0)
            trendColumns = (0...degree).map { power in tau.map { pow($0, Double(power)) } }
        case let .naturalSpline(knots):
            trendColumns = Self.naturalSplineColumns(tau, knots: knots)
        }
        let harmonics = series.season >= 3 && n >= 2 * series.season ? min(2, (series.season - 1) / 2) : 0
        self.trend = trend
        trendCount = trendColumns.count
        rows = (0..<n).map { t in
            var row = trendColumns.map { $0[t] }
            let angle = 2 * Double.pi * Double(series.seasonPosition(of: t)) / Double(series.season)
            for k in stride(from: 1, through: harmonics, by: 1) {
                row.append(cos(Double(k) * angle))
                row.append(sin(Double(k) * angle))
            }
            return row
        }
    }

    /// Whether a series of `n` periods is long enough for `trend`: always for the quadratic
    /// (which drops terms itself), ten periods between knots for a spline.
    static func allows(_ trend: Trend, periods n: Int) -> Bool {
        switch trend {
        case .quadratic: true
        case let .naturalSpline(knots): knots >= 3 && n >= 10 * (knots - 1)
        }
    }

    /// The natural cubic spline basis of Hastie, Tibshirani & Friedman (2009, eq. 5.4–5.5) with
    /// knots ξ_1 < … < ξ_q: 1, x, and d_k(x) − d_{q−1}(x) for k = 1…q − 2, where
    /// d_k(x) = ((x − ξ_k)³₊ − (x − ξ_q)³₊) / (ξ_q − ξ_k). Each curvature column is scaled to a
    /// largest magnitude of 1, so the simplex's steps mean alike in every direction.
    static func naturalSplineColumns(_ x: [Double], knots q: Int) -> [[Double]] {
        let xi = (0..<q).map { -1 + 2 * Double($0) / Double(q - 1) }
        func d(_ k: Int, _ v: Double) -> Double {
            (pow(max(v - xi[k], 0), 3) - pow(max(v - xi[q - 1], 0), 3)) / (xi[q - 1] - xi[k])
        }
        var columns = [x.map { _ in 1.0 }, x]
        for k in 0..<(q - 2) {
            let column = x.map { d(k, $0) - d(q - 2, $0) }
            let scale = column.map(abs).max() ?? 0
            columns.append(scale > 0 ? column.map { $0 / scale } : column)
        }
        return columns
    }

    /// log μ_t for coefficients `beta` (the first ``parameterCount`` values).
    func logMean(_ t: Int, _ beta: [Double]) -> Double {
        var sum = 0.0
        for (x, b) in zip(rows[t], beta) { sum += x * b }
        return sum
    }
}
