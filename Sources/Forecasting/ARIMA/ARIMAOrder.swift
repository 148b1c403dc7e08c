/// The orders of a seasonal ARIMA(p,d,q)(P,D,Q)ₘ model and whether it carries a constant:
///
///     φ(B)·Φ(Bᵐ)·(1 − B)ᵈ(1 − Bᵐ)ᴰ·(yₜ − μ·[d + D = 0]) = θ(B)·Θ(Bᵐ)·εₜ  (+ drift μ when d + D = 1)
///
/// (Box & Jenkins; FPP3 §9.9; R's `arima`). The constant is the mean μ of the differenced series
/// wₜ = (1 − B)ᵈ(1 − Bᵐ)ᴰyₜ: the series' mean when nothing is differenced, a drift of μ per
/// period (per season for D = 1) when one difference is taken. With two or more differences a
/// constant would make a quadratic trend, so ``AutoARIMAModel`` never includes one then.
public struct ARIMAOrder: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Autoregressive order p, differences d, moving-average order q (each ≥ 0).
    public var p: Int, d: Int, q: Int
    /// Seasonal orders P, D, Q (each ≥ 0; 0 when the period is 1).
    public var seasonalP: Int, seasonalD: Int, seasonalQ: Int
    /// Season length m (periods, ≥ 1).
    public var period: Int
    /// Whether the differenced series has a mean μ to estimate (a drift when d + D = 1).
    public var constant: Bool

    public init(p: Int, d: Int, q: Int, seasonalP: Int = 0, seasonalD: Int = 0, seasonalQ: Int = 0,
                period: Int = 1, constant: Bool = false) {
        precondition(min(p, d, q, seasonalP, seasonalD, seasonalQ) >= 0 && period >= 1,
                     "ARIMAOrder: orders must be ≥ 0 and the period ≥ 1")
        (self.p, self.d, self.q) = (p, d, q)
        (self.seasonalP, self.seasonalD, self.seasonalQ) = (seasonalP, seasonalD, seasonalQ)
        self.period = period
        self.constant = constant
    }

    /// Degree of the expanded autoregressive polynomial φ(B)Φ(Bᵐ): p + mP.
    public var arDegree: Int { p + period * seasonalP }
    /// Degree of the expanded moving-average polynomial θ(B)Θ(Bᵐ): q + mQ.
    public var maDegree: Int { q + period * seasonalQ }
    /// Values lost to differencing: d + mD.
    public var differencingLength: Int { d + period * seasonalD }
    /// Estimated coefficients: p + q + P + Q, plus 1 for the constant (σ² not counted).
    public var coefficientCount: Int { p + q + seasonalP + seasonalQ + (constant ? 1 : 0) }

    /// "ARIMA(1,1,1)(0,1,1)[12]", with " with drift" or " with mean" for the constant.
    public var description: String {
        var text = "ARIMA(\(p),\(d),\(q))"
        if period > 1, seasonalP + seasonalD + seasonalQ > 0 { text += "(\(seasonalP),\(seasonalD),\(seasonalQ))[\(period)]" }
        if constant { text += d + seasonalD == 0 ? " with mean" : " with drift" }
        return text
    }
}
