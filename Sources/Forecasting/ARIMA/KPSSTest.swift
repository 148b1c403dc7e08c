/// The KPSS test of level stationarity (Kwiatkowski, Phillips, Schmidt & Shin 1992), the test by
/// which `auto.arima` (R's `ndiffs`, statsforecast's `ndiffs`) chooses the number of differences.
///
/// With eₜ = yₜ − ȳ, partial sums Sₜ = e₁ + … + eₜ and the Newey–West long-run variance
/// s²(l) = (1/n)Σeₜ² + (2/n)Σ_{s=1}^{l} (1 − s/(l + 1)) Σ_{t>s} eₜeₜ₋ₛ, the statistic is
/// η = Σ Sₜ² / (n²·s²(l)), with l = ⌊3√n/13⌋ lags (Hobijn, Franses & Ooms 1998; R's `ndiffs`).
/// Large η rejects stationarity; the critical value at α = 0.05 is 0.463 (KPSS 1992, table 1).
enum KPSSTest {
    /// The 5% critical value of the level-stationarity statistic.
    static let criticalValue5 = 0.463

    /// η for `y` (n ≥ 2), or nil when it is undefined (constant series: s² = 0).
    static func statistic(_ y: [Double]) -> Double? {
        let n = y.count
        guard n >= 2 else { return nil }
        let mean = y.reduce(0, +) / Double(n)
        let e = y.map { $0 - mean }
        var partial = 0.0
        var sumOfPartialSquares = 0.0
        for value in e {
            partial += value
            sumOfPartialSquares += partial * partial
        }
        let lags = Int((3 * Double(n).squareRoot() / 13).rounded(.down))
        var longRun = e.reduce(0) { $0 + $1 * $1 } / Double(n)
        if lags > 0 {
            for s in 1...lags {
                var products = 0.0
                for t in s..<n { products += e[t] * e[t - s] }
                longRun += 2 * (1 - Double(s) / Double(lags + 1)) * products / Double(n)
            }
        }
        guard longRun > 0 else { return nil }
        let statistic = sumOfPartialSquares / (Double(n) * Double(n) * longRun)
        return statistic.isFinite ? statistic : nil
    }

    /// Differences d = 0 … `maximum`: difference while the KPSS test rejects level stationarity
    /// at 5% and the differenced series is not constant (R's `ndiffs(test = "kpss")`).
    static func differences(_ y: [Double], maximum: Int) -> Int {
        var x = y
        var d = 0
        while d < maximum, !isConstant(x), let statistic = statistic(x), statistic > criticalValue5 {
            d += 1
            x = ARIMAPolynomial.difference(x, by: [1])
        }
        return d
    }

    /// Whether every value equals the first (an empty series counts as constant).
    static func isConstant(_ y: [Double]) -> Bool {
        guard let first = y.first else { return true }
        return y.allSatisfy { $0 == first }
    }
}
