import Foundation

/// Durbin's (1973) matrix for P(D_n < d), in the form and with the overflow scaling of
/// Marsaglia, Tsang & Wang (2003, §2 and their C function `K`). Order m = 2k − 1,
/// k = ⌊nd⌋ + 1, h = k − nd ∈ (0, 1]: H_ij = 1/(i − j + 1)! for i − j + 1 ≥ 0 (0-based
/// i, j), less h^{i+1}/(i+1)! down the first column and h^{m−j}/(m−j)! along the last row,
/// plus (2h − 1)₊^m / m! in the bottom-left corner. P(D_n < d) = (n!/nⁿ)·(Hⁿ)_{k−1,k−1}.
struct DurbinMatrix {
    let n: Int
    let order: Int
    let k: Int
    /// Row-major entries of H.
    let entries: [Double]

    init(n: Int, d: Double, k: Int) {
        self.n = n
        self.k = k
        let m = 2 * k - 1
        order = m
        let h = Double(k) - Double(n) * d
        var entries = [Double](repeating: 0, count: m * m)
        for i in 0..<m {
            for j in 0..<m where i - j + 1 >= 0 { entries[i * m + j] = 1 }
        }
        for i in 0..<m {
            entries[i * m] -= pow(h, Double(i + 1))
            entries[(m - 1) * m + i] -= pow(h, Double(m - i))
        }
        if 2 * h - 1 > 0 { entries[(m - 1) * m] += pow(2 * h - 1, Double(m)) }
        // 1/g! built by division, so large orders reach 0 instead of overflowing to ∞.
        var inverseFactorial = [1.0]
        for g in 1...m { inverseFactorial.append(inverseFactorial[g - 1] / Double(g)) }
        for i in 0..<m {
            for j in 0..<m where i - j + 1 > 0 {
                entries[i * m + j] *= inverseFactorial[i - j + 1]
            }
        }
        self.entries = entries
    }

    /// P(D_n < d) = (n!/nⁿ)·(Hⁿ)_{k−1,k−1}, the factor applied one i/n at a time with the
    /// decimal exponent carried alongside, as the original does, so neither side overflows.
    func cumulative() -> Double {
        var (power, exponent) = ScaledMatrix(entries: entries, order: order).power(n)
        var s = power.entries[(k - 1) * order + k - 1]
        for i in 1...n {
            s = s * Double(i) / Double(n)
            if s < 1e-140 {
                s *= 1e140
                exponent -= 140
            }
        }
        return s * pow(10, Double(exponent))
    }
}

/// A square matrix with a decimal exponent: value = entries × 10^exponent.
struct ScaledMatrix {
    var entries: [Double]
    let order: Int

    /// selfⁿ as (matrix, decimal exponent), by repeated squaring; rescaled by 10⁻¹⁴⁰ whenever
    /// the centre entry passes 10¹⁴⁰. n ≥ 1.
    func power(_ n: Int) -> (ScaledMatrix, Int) {
        if n == 1 { return (self, 0) }
        let (half, halfExponent) = power(n / 2)
        var result = half.times(half)
        var exponent = 2 * halfExponent
        if n % 2 == 1 { result = times(result) }
        let centre = (order / 2) * order + order / 2
        if result.entries[centre] > 1e140 {
            result.entries = result.entries.map { $0 * 1e-140 }
            exponent += 140
        }
        return (result, exponent)
    }

    /// self × other, both of order `order`.
    func times(_ other: ScaledMatrix) -> ScaledMatrix {
        let m = order
        var product = [Double](repeating: 0, count: m * m)
        entries.withUnsafeBufferPointer { a in
            other.entries.withUnsafeBufferPointer { b in
                product.withUnsafeMutableBufferPointer { c in
                    // i-k-j order walks rows of b and c contiguously.
                    for i in 0..<m {
                        for l in 0..<m {
                            let factor = a[i * m + l]
                            if factor == 0 { continue }
                            for j in 0..<m { c[i * m + j] += factor * b[l * m + j] }
                        }
                    }
                }
            }
        }
        return ScaledMatrix(entries: product, order: m)
    }
}
