@testable import GSL

/// z used for every "within z standard errors" check: a correct implementation fails one such
/// check with probability ≈ 7e−6, so the suite as a whole essentially never fails by chance.
let zTolerance = 4.5

/// The p-value below which a chi-square test fails. Tests use fixed seeds, so a pass is
/// reproducible; the threshold only guards against unlucky seeds when tests are changed.
let minimumPValue = 1e-4

/// Sample moments of a list of draws, computed in two passes for accuracy.
struct SampleMoments {
    let count: Int
    let mean: Double
    /// Unbiased sample variance s² (divisor n − 1).
    let variance: Double
    /// Fourth central sample moment m₄ (divisor n).
    let fourthCentralMoment: Double

    init(_ values: [Double]) {
        count = values.count
        let n = Double(values.count)
        mean = values.reduce(0, +) / n
        var sumSquares = 0.0
        var sumFourth = 0.0
        for value in values {
            let d = (value - mean) * (value - mean)
            sumSquares += d
            sumFourth += d * d
        }
        variance = sumSquares / (n - 1)
        fourthCentralMoment = sumFourth / n
    }

    /// Allowed |sample mean − μ|: z·σ/√n, σ² the true variance.
    func meanTolerance(trueVariance: Double) -> Double {
        zTolerance * (trueVariance / Double(count)).squareRoot()
    }

    /// Allowed |s² − σ²|: z·√Var(s²), Var(s²) = (μ₄ − σ⁴(n−3)/(n−1))/n with μ₄ estimated by m₄,
    /// plus a rounding allowance.
    func varianceTolerance(trueVariance: Double) -> Double {
        let n = Double(count)
        let varianceOfVariance = (fourthCentralMoment - trueVariance * trueVariance * (n - 3) / (n - 1)) / n
        return zTolerance * max(varianceOfVariance, 0).squareRoot() + 1e-12 * trueVariance
    }
}

/// Pearson correlation of paired samples.
func correlation(_ x: [Double], _ y: [Double]) -> Double {
    let mx = x.reduce(0, +) / Double(x.count)
    let my = y.reduce(0, +) / Double(y.count)
    var sxy = 0.0, sxx = 0.0, syy = 0.0
    for (a, b) in zip(x, y) {
        sxy += (a - mx) * (b - my)
        sxx += (a - mx) * (a - mx)
        syy += (b - my) * (b - my)
    }
    return sxy / (sxx * syy).squareRoot()
}

/// Result of a chi-square goodness-of-fit test.
struct ChiSquareResult: CustomStringConvertible {
    let statistic: Double
    let degreesOfFreedom: Int
    let pValue: Double
    var description: String { "χ² = \(statistic), df = \(degreesOfFreedom), p = \(pValue)" }
}

/// Chi-square goodness of fit of integer draws against a pmf. Consecutive counts are pooled
/// into bins with expected frequency ≥ 5 (the usual validity condition); everything beyond the
/// last closed bin, including probability never enumerated, forms the final bin.
func chiSquareGoodnessOfFit(_ draws: [Int], pmf: (Int) -> Double) -> ChiSquareResult {
    let n = Double(draws.count)
    var observedAt: [Int: Int] = [:]
    for draw in draws { observedAt[draw, default: 0] += 1 }
    let largestDraw = draws.max() ?? 0
    var bins: [(expected: Double, observed: Double)] = []
    var expected = 0.0, observed = 0.0, enumerated = 0.0, lastK = -1
    var k = 0
    while (k <= largestDraw || enumerated < 1 - 1e-10) && k < 50_000_000 {
        let p = pmf(k)
        enumerated += p
        expected += n * p
        observed += Double(observedAt[k] ?? 0)
        if expected >= 5 {
            bins.append((expected, observed))
            expected = 0
            observed = 0
            lastK = k
        }
        k += 1
    }
    let tailObserved = Double(draws.filter { $0 > lastK }.count)
    let tailExpected = max(0, n - bins.reduce(0) { $0 + $1.expected })
    if tailExpected >= 5 || bins.isEmpty {
        bins.append((tailExpected, tailObserved))
    } else if let last = bins.popLast() {
        bins.append((last.expected + tailExpected, last.observed + tailObserved))
    }
    let statistic = bins.reduce(0.0) { sum, bin in
        bin.expected > 0 ? sum + (bin.observed - bin.expected) * (bin.observed - bin.expected) / bin.expected : sum
    }
    let degreesOfFreedom = max(1, bins.count - 1)
    let pValue = Distribution.chiSquareUpperTail(statistic, degreesOfFreedom: Double(degreesOfFreedom))
    return ChiSquareResult(statistic: statistic, degreesOfFreedom: degreesOfFreedom, pValue: pValue)
}
