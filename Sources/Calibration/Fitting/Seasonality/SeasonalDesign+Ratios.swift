/// The Poisson maximum-likelihood multipliers by ratio (EM) iterations.
///
/// Sales yₜ ~ Poisson(bₜ·fₜ) with fₜ = Σ_c share_c·yearly[month_c]·weekly[weekday_c]. One step
/// for a block (yearly or weekly) with the other held fixed splits each yₜ over its cells in
/// proportion to their expected share and sets every multiplier to its allocated sales over its
/// exposure (Σ bₜ·share_c·other_c). This is the EM algorithm for a Poisson mixture of known
/// components: each step raises the likelihood and keeps multipliers ≥ 0; with one cell per
/// period (months, days) it is the ratio Σ sales / Σ expected in one step. Alternating the two
/// blocks on daily data is iterative proportional fitting of a two-way log-linear model.
extension SeasonalDesign {
    /// Which multipliers a step updates.
    enum Block {
        case yearly
        case weekly
    }

    /// The cell → parameter maps of a block: its own parameter and the other block's.
    private func maps(_ block: Block) -> (own: [Int], other: [Int], count: Int) {
        block == .yearly ? (cellYearly, cellWeekday, yearlyCount) : (cellWeekday, cellYearly, 7)
    }

    /// The exposure of each parameter of `block`: Σ bₜ·share_c·other_c over its cells, in
    /// expected units at multiplier 1. A parameter with exposure 0 is not estimable.
    func exposure(_ block: Block, other: [Double]) -> [Double] {
        let (own, otherMap, count) = maps(block)
        var exposure = [Double](repeating: 0, count: count)
        for i in 0..<self.count {
            for c in cellStart[i]..<cellStart[i + 1] {
                exposure[own[c]] += baseline[i] * cellShare[c] * other[otherMap[c]]
            }
        }
        return exposure
    }

    /// One EM step of `block`, the other block held fixed. Parameters without exposure keep
    /// their value.
    func step(_ block: Block, yearly: [Double], weekly: [Double]) -> [Double] {
        let (own, otherMap, count) = maps(block)
        let values = block == .yearly ? yearly : weekly
        let other = block == .yearly ? weekly : yearly
        var allocated = [Double](repeating: 0, count: count)
        for i in 0..<self.count where sales[i] > 0 {
            let f = factor(i, yearly: yearly, weekly: weekly)
            guard f > 0 else { continue }
            for c in cellStart[i]..<cellStart[i + 1] {
                allocated[own[c]] += sales[i] * cellShare[c] * values[own[c]] * other[otherMap[c]] / f
            }
        }
        let exposure = exposure(block, other: other)
        return (0..<count).map { exposure[$0] > 0 ? allocated[$0] / exposure[$0] : values[$0] }
    }

    /// The Fisher information of `block`'s parameters listed in `estimated`, the other block
    /// held fixed: I_jk = Σₜ bₜ·g_tj·g_tk / f̃ₜ with g_tj = ∂fₜ/∂θⱼ. f̃ₜ is the factor with every
    /// multiplier floored at 1 / its exposure (an expected count of at least one unit per
    /// parameter), so a month without a single sale gets an information of about exposure²,
    /// a standard error near 1/exposure, instead of an infinite information.
    func information(_ block: Block, yearly: [Double], weekly: [Double], estimated: [Int]) -> [Double] {
        let (own, otherMap, parameterCount) = maps(block)
        let floored = floor(block, yearly: yearly, weekly: weekly)
        let other = block == .yearly ? weekly : yearly
        var position = [Int](repeating: -1, count: parameterCount)
        for (index, parameter) in estimated.enumerated() { position[parameter] = index }
        let n = estimated.count
        var matrix = [Double](repeating: 0, count: n * n)
        var gradient = [Double](repeating: 0, count: n)
        for i in 0..<count {
            let f = factor(i, yearly: floored.yearly, weekly: floored.weekly)
            guard f > 0 else { continue }
            for k in 0..<n { gradient[k] = 0 }
            for c in cellStart[i]..<cellStart[i + 1] {
                let j = position[own[c]]
                if j >= 0 { gradient[j] += cellShare[c] * other[otherMap[c]] }
            }
            for j in 0..<n where gradient[j] != 0 {
                for k in 0..<n where gradient[k] != 0 {
                    matrix[j * n + k] += baseline[i] * gradient[j] * gradient[k] / f
                }
            }
        }
        return matrix
    }

    private func floor(_ block: Block, yearly: [Double], weekly: [Double]) -> (yearly: [Double], weekly: [Double]) {
        let other = block == .yearly ? weekly : yearly
        let exposure = exposure(block, other: other)
        let values = block == .yearly ? yearly : weekly
        let floored = values.indices.map { exposure[$0] > 0 ? max(values[$0], 1 / exposure[$0]) : values[$0] }
        return block == .yearly ? (floored, weekly) : (yearly, floored)
    }

    /// Pearson's quasi-Poisson dispersion φ = Σ(yₜ − μₜ)²/μₜ / (n − p), floored at 1 (data are
    /// at least Poisson-noisy) and 1 when n ≤ p. Standard errors are multiplied by √φ, so
    /// over-dispersed sales (negative binomial) widen them instead of overstating the evidence.
    func dispersion(yearly: [Double], weekly: [Double], parameters: Int) -> Double {
        var pearson = 0.0
        var n = 0
        for i in 0..<count {
            let mu = baseline[i] * factor(i, yearly: yearly, weekly: weekly)
            guard mu > 0 else { continue }
            pearson += (sales[i] - mu) * (sales[i] - mu) / mu
            n += 1
        }
        return n > parameters ? max(1, pearson / Double(n - parameters)) : 1
    }
}
