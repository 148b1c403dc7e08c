import Foundation

/// The Bass diffusion curve (Bass 1969, "A new product growth for model consumer durables",
/// *Management Science* 15(5)) in closed form: the share of the market that has adopted by age t,
///
///     F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t}),
///
/// and sales per period s(t) = m·[F(t) − F(t − 1)]. Age is counted in periods from the launch:
/// the launch period is age 1 and covers F(1) − F(0), F(0) = 0.
///
/// Units: m in units of demand (the market's eventual adopters), p and q per period (innovation
/// and imitation), 0 < p, q < 1. Every value is finite and ≥ 0.
struct BassCurve: Hashable, Codable, Sendable {
    /// Market size m, units, ≥ 0.
    var marketSize: Double
    /// Coefficient of innovation p, per period, in (0, 1).
    var innovation: Double
    /// Coefficient of imitation q, per period, in (0, 1).
    var imitation: Double

    /// F(age), the adopted share by the end of period `age` (age ≥ 0), in [0, 1].
    func cumulativeShare(age: Double) -> Double {
        guard age > 0 else { return 0 }
        let decay = exp(-(innovation + imitation) * age)
        return Self.share(decay: decay, ratio: imitation / innovation)
    }

    /// Expected sales in period `age` (≥ 1), units: m·[F(age) − F(age − 1)].
    func sales(age: Int) -> Double {
        let value = marketSize * (cumulativeShare(age: Double(age)) - cumulativeShare(age: Double(age - 1)))
        return value.isFinite && value > 0 ? value : 0
    }

    /// Writes s(firstAge), s(firstAge + 1), … into `output` (every slot), with one `exp` in
    /// all: e^{−(p+q)t} is carried from one age to the next by multiplication.
    func fillSales(_ output: inout [Double], firstAge: Int) {
        guard !output.isEmpty else { return }
        let ratio = imitation / innovation
        let step = exp(-(innovation + imitation))
        var decay = exp(-(innovation + imitation) * Double(firstAge - 1))
        var previous = firstAge - 1 > 0 ? Self.share(decay: decay, ratio: ratio) : 0
        for index in output.indices {
            decay *= step
            let share = Self.share(decay: decay, ratio: ratio)
            let value = marketSize * (share - previous)
            output[index] = value.isFinite && value > 0 ? value : 0
            previous = share
        }
    }

    /// The derivatives of s(1), s(2), … s(count) with respect to m, p and q, written into
    /// `rows` as `rows[(t − 1)·stride + column + k]` for k = 0 (m), 1 (p), 2 (q). With
    /// E = e^{−(p+q)t} and r = q/p,
    ///
    ///     ∂F/∂p = [tE(1 + r) + (1 − E)E·q/p²]/(1 + rE)²,  ∂F/∂q = [tE(1 + r) − (1 − E)E/p]/(1 + rE)²,
    ///
    /// ∂s/∂m = F(t) − F(t − 1) and ∂s/∂p = m[∂F(t)/∂p − ∂F(t − 1)/∂p] (likewise q).
    func fillGradient(_ rows: inout [Double], count: Int, stride: Int, column: Int = 0) {
        guard count > 0 else { return }
        let (p, q) = (innovation, imitation)
        let ratio = q / p
        let step = exp(-(p + q))
        var decay = 1.0
        var previous = (share: 0.0, dp: 0.0, dq: 0.0)
        for t in 1...count {
            decay *= step
            let time = Double(t)
            let denominator = (1 + ratio * decay) * (1 + ratio * decay)
            let common = time * decay * (1 + ratio)
            let current = (share: Self.share(decay: decay, ratio: ratio),
                           dp: (common + (1 - decay) * decay * q / (p * p)) / denominator,
                           dq: (common - (1 - decay) * decay / p) / denominator)
            let row = (t - 1) * stride + column
            rows[row] = current.share - previous.share
            rows[row + 1] = marketSize * (current.dp - previous.dp)
            rows[row + 2] = marketSize * (current.dq - previous.dq)
            previous = current
        }
    }

    /// (1 − e)/(1 + r·e) for e = e^{−(p+q)t}, r = q/p.
    static func share(decay: Double, ratio: Double) -> Double {
        (1 - decay) / (1 + ratio * decay)
    }

    /// The age of peak sales, t* = ln(q/p)/(p + q) periods (0 when q ≤ p: sales only fall).
    var peakAge: Double {
        imitation > innovation ? log(imitation / innovation) / (innovation + imitation) : 0
    }
}
