import Foundation

/// The polynomial arithmetic of ARIMA models. Autoregressive coefficients are written as in
/// wₜ = Σ arᵢ·wₜ₋ᵢ + …, i.e. the polynomial 1 − Σ arᵢBⁱ; moving-average ones as in
/// … + εₜ + Σ maⱼ·εₜ₋ⱼ, i.e. 1 + Σ maⱼBʲ (R's sign conventions). Arrays are indexed from lag 1:
/// `ar[0]` is the coefficient of lag 1.
enum ARIMAPolynomial {
    /// The lag-1-first coefficients of the AR product (1 − ΣφᵢBⁱ)(1 − ΣΦⱼBᵐʲ), p + mP long.
    static func expandedAR(_ phi: [Double], seasonal: [Double], period m: Int) -> [Double] {
        multiply(phi, seasonal, period: m, sign: -1)
    }

    /// The lag-1-first coefficients of the MA product (1 + ΣθᵢBⁱ)(1 + ΣΘⱼBᵐʲ), q + mQ long.
    static func expandedMA(_ theta: [Double], seasonal: [Double], period m: Int) -> [Double] {
        multiply(theta, seasonal, period: m, sign: 1)
    }

    /// (1 + s·Σaᵢ Bⁱ)(1 + s·Σbⱼ Bᵐʲ) = 1 + s·Σcₖ Bᵏ, returning c (s = ±1).
    private static func multiply(_ a: [Double], _ b: [Double], period m: Int, sign s: Double) -> [Double] {
        var c = [Double](repeating: 0, count: a.count + m * b.count)
        for (i, value) in a.enumerated() { c[i] += value }
        for (j, seasonal) in b.enumerated() {
            c[m * (j + 1) - 1] += seasonal
            for (i, value) in a.enumerated() { c[m * (j + 1) + i] += s * value * seasonal }
        }
        return c
    }

    /// Coefficients δ of the differencing, lag 1 first: (1 − B)ᵈ(1 − Bᵐ)ᴰ = 1 − Σδₖ Bᵏ, so
    /// yₜ = wₜ + Σδₖ yₜ₋ₖ. d + mD long.
    static func differencing(d: Int, seasonalD: Int, period m: Int) -> [Double] {
        // The polynomial itself, constant term first, then negated past it.
        var polynomial = [1.0]
        func times(_ factor: [Double]) {
            var product = [Double](repeating: 0, count: polynomial.count + factor.count - 1)
            for (i, a) in polynomial.enumerated() { for (j, b) in factor.enumerated() { product[i + j] += a * b } }
            polynomial = product
        }
        for _ in 0..<d { times([1, -1]) }
        for _ in 0..<seasonalD { times([1] + [Double](repeating: 0, count: m - 1) + [-1]) }
        return polynomial.dropFirst().map { -$0 }
    }

    /// wₜ = (1 − B)ᵈ(1 − Bᵐ)ᴰ yₜ for t from d + mD on (the differenced series, shorter by d + mD).
    static func difference(_ y: [Double], by delta: [Double]) -> [Double] {
        guard y.count > delta.count else { return [] }
        return (delta.count..<y.count).map { t in
            var w = y[t]
            for (k, coefficient) in delta.enumerated() where coefficient != 0 { w -= coefficient * y[t - k - 1] }
            return w
        }
    }

    /// Coefficients of a stationary AR polynomial 1 − Σaᵢzⁱ from unconstrained values: each
    /// vᵢ becomes a partial autocorrelation tanh(vᵢ) ∈ (−1, 1), and the Durbin–Levinson recursion
    /// turns partial autocorrelations into coefficients (Barndorff-Nielsen & Schou 1973; Jones
    /// 1980; R's `arima` transform). Every v gives a stationary polynomial, and v = 0 gives 0.
    /// For a moving average, negate the result: 1 + Σθᵢzⁱ with θ = −a is then invertible.
    static func stationaryCoefficients(_ v: ArraySlice<Double>) -> [Double] {
        var a = [Double]()
        a.reserveCapacity(v.count)
        for value in v {
            let partial = tanh(value)
            let previous = a
            for j in previous.indices { a[j] = previous[j] - partial * previous[previous.count - 1 - j] }
            a.append(partial)
        }
        return a
    }

    /// The unconstrained values that ``stationaryCoefficients(_:)`` maps to `a`, or nil when `a`
    /// is not strictly stationary (a partial autocorrelation of modulus ≥ 1): the Durbin–Levinson
    /// recursion run backwards (step-down).
    static func unconstrained(_ a: [Double]) -> [Double]? {
        var current = a
        var values = [Double](repeating: 0, count: a.count)
        for k in stride(from: a.count - 1, through: 0, by: -1) {
            let partial = current[k]
            guard abs(partial) < 1 else { return nil }
            values[k] = atanh(partial)
            let denominator = 1 - partial * partial
            var previous = [Double](repeating: 0, count: k)
            for j in 0..<k { previous[j] = (current[j] + partial * current[k - 1 - j]) / denominator }
            current = previous
        }
        return values
    }

    /// ψ₀ … ψ_{count−1} of the model with AR coefficients `ar` and MA coefficients `ma`
    /// (ψ₀ = 1, ψⱼ = maⱼ + Σᵢ arᵢ·ψⱼ₋ᵢ): the weights of past shocks in the series, and of future
    /// shocks in a forecast's error.
    static func psiWeights(ar: [Double], ma: [Double], count: Int) -> [Double] {
        guard count > 0 else { return [] }
        var psi = [Double](repeating: 0, count: count)
        psi[0] = 1
        for j in stride(from: 1, to: count, by: 1) {
            var value = j <= ma.count ? ma[j - 1] : 0
            for i in stride(from: 1, through: min(j, ar.count), by: 1) where ar[i - 1] != 0 { value += ar[i - 1] * psi[j - i] }
            psi[j] = value
        }
        return psi
    }

    /// The coefficients of (1 − Σaᵢzⁱ)(1 − Σδₖzᵏ) as AR coefficients: a full ARIMA model's
    /// autoregressive side with its differencing.
    static func integrated(_ a: [Double], _ delta: [Double]) -> [Double] {
        guard !delta.isEmpty else { return a }
        var c = [Double](repeating: 0, count: a.count + delta.count)
        for (i, value) in a.enumerated() { c[i] += value }
        for (k, value) in delta.enumerated() {
            c[k] += value
            for (i, other) in a.enumerated() { c[i + k + 1] -= other * value }
        }
        return c
    }
}
