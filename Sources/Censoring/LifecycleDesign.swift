import Foundation

/// The covariates of the censored-likelihood model's log-mean: log μ_t = Σ_j β_j·x_j(t), with
/// x = (1, τ, τ², cos(2πk·p/m), sin(2πk·p/m) for k = 1…K), where τ = 2t/(n − 1) − 1 runs over
/// [−1, 1] across the series and p is the period's season position in a cycle of m.
///
/// A log-mean quadratic in time rises and falls once: the shape of a lifecycle (introduction,
/// peak, decline) and a flat maturity alike. The terms used grow with the series, so a short one
/// is not over-fitted: the quadratic needs n ≥ 12 periods (n ≥ 4: linear; else a constant), and
/// the season K = min(2, ⌊(m − 1)/2⌋) harmonics needs m ≥ 3 and n ≥ 2m (two full cycles).
struct LifecycleDesign: Sendable {
    /// One row of covariates per period.
    let rows: [[Double]]

    var parameterCount: Int { rows.first?.count ?? 1 }

    init(series: CensoredSeries) {
        let n = series.count
        let degree = n >= 12 ? 2 : (n >= 4 ? 1 : 0)
        let harmonics = series.season >= 3 && n >= 2 * series.season ? min(2, (series.season - 1) / 2) : 0
        rows = (0..<n).map { t in
            let tau = n > 1 ? 2 * Double(t) / Double(n - 1) - 1 : 0
            var row = [1.0]
            if degree >= 1 { row.append(tau) }
            if degree >= 2 { row.append(tau * tau) }
            let angle = 2 * Double.pi * Double(series.seasonPosition(of: t)) / Double(series.season)
            for k in stride(from: 1, through: harmonics, by: 1) {
                row.append(cos(Double(k) * angle))
                row.append(sin(Double(k) * angle))
            }
            return row
        }
    }

    /// log μ_t for coefficients `beta` (the first ``parameterCount`` values).
    func logMean(_ t: Int, _ beta: [Double]) -> Double {
        var sum = 0.0
        for (x, b) in zip(rows[t], beta) { sum += x * b }
        return sum
    }
}
