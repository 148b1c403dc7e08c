import Foundation

/// The Kalman filter of a zero-mean ARMA process in Harvey's state space form (Harvey 1989,
/// §3.3; R's `arima`): with r = max(p, q + 1),
///
///     xₜ = Z·αₜ,  αₜ₊₁ = T·αₜ + R·εₜ₊₁,  Z = (1, 0, …, 0),  R = (1, θ₁, …, θ_{r−1})ᵀ,
///
/// T with φ₁ … φ_r in its first column and ones above the diagonal. The filter holds the state's
/// prediction a for the next observation; each observation x gives a one-step error v = x − a₀
/// with variance σ²F, and a ← T·a + L·v/F with L = T·P·Zᵀ (P the prediction's covariance per
/// unit σ², unit-free).
///
/// **Covariances in O(r) per step** (Chandrasekhar recursions: Morf, Sidhu & Kailath 1974;
/// Herbst 2015): started at the stationary covariance P₁ = P₀ (``ARMAStationaryCovariance``), the
/// change Pₜ₊₁ − Pₜ = Wₜ·Mₜ·Wₜᵀ keeps rank 1, and with z = Z·Wₜ,
/// Fₜ₊₁ = Fₜ + z²Mₜ, Lₜ₊₁ = Lₜ + T·Wₜ·Mₜz, Wₜ₊₁ = T·Wₜ − z·Lₜ/Fₜ, Mₜ₊₁ = MₜFₜ/Fₜ₊₁, from
/// F₁ = P₀[0,0], L₁ = W₁ = T·P₀[:,0], M₁ = −1/F₁. The same numbers as the r × r covariance
/// recursion (to rounding), which would cost O(r²) per step — seasonal models have r ≈ 13 to 27.
/// Only P₀'s first column is needed.
///
/// **Exact likelihood.** With S = Σvₜ²/Fₜ over n observations, σ̂² = S/n and
/// −2 log L = n·log(2πσ̂²) + Σ log Fₜ + n (σ² concentrated out; Harvey 1989, §3.4).
///
/// **Steady state.** For an invertible MA part the change vanishes; once Mₜ·|Wₜ|² is below
/// ``convergenceTolerance`` it is dropped (M = 0) and F and L stay fixed — F = 1 and L = T·R,
/// the innovations recursion a ← T(a + R·v).
struct ARMAKalmanFilter: Hashable, Codable, Sendable {
    /// AR coefficients padded to r (index 0 = lag 1).
    let ar: [Double]
    /// The state predicted for the next observation.
    var state: [Double]
    /// F, the next one-step error's variance per unit σ².
    var variance: Double
    /// L = T·P·Zᵀ.
    var gain: [Double]
    /// W and M of the covariance's change W·M·Wᵀ (M = 0 once converged).
    var change: [Double]
    var changeScale: Double

    /// Changes of the covariance smaller than this (per unit σ²) count as converged.
    static let convergenceTolerance = 1e-12

    /// A filter at the stationary start (a = 0, P = P₀), or nil when P₀ does not exist (an AR
    /// part with a unit root).
    init?(ar: [Double], ma: [Double], covariance: ARMAStationaryCovariance? = nil) {
        self.init(steadyAR: ar, ma: ma)
        let start = covariance ?? ARMAStationaryCovariance(ar: ar, ma: ma, solver: ARMAStationaryCovariance.solver(arDegree: ar.count))
        guard let column = start.firstColumn(dimension: state.count), column[0] > 0, column[0].isFinite else { return nil }
        variance = column[0]
        gain = Self.transition(self.ar, column)
        change = gain
        changeScale = -1 / column[0]
    }

    /// A filter at a = 0 already in the steady state: F = 1, L = T·R, no change — the
    /// innovations recursion alone, for a model whose stationary start is not needed.
    init(steadyAR ar: [Double], ma: [Double]) {
        let r = max(ar.count, ma.count + 1)
        self.ar = ar + [Double](repeating: 0, count: r - ar.count)
        self.state = [Double](repeating: 0, count: r)
        self.variance = 1
        self.gain = Self.transition(self.ar, [1] + ma + [Double](repeating: 0, count: r - 1 - ma.count))
        self.change = [Double](repeating: 0, count: r)
        self.changeScale = 0
    }

    /// T·x: (T·x)ᵢ = arᵢ·x₀ + xᵢ₊₁.
    private static func transition(_ ar: [Double], _ x: [Double]) -> [Double] {
        let r = x.count
        return (0..<r).map { ar[$0] * x[0] + ($0 + 1 < r ? x[$0 + 1] : 0) }
    }

    /// r, the state's dimension.
    var dimension: Int { state.count }

    /// The one-step prediction of the next observation (zero-mean scale).
    var prediction: Double { state[0] }

    /// Takes the next observation x (zero-mean scale): returns its one-step error v and F, the
    /// error's variance per unit σ², and moves the prediction on. A non-positive or non-finite
    /// F (numerical breakdown) returns nil and leaves the filter unchanged.
    mutating func step(_ x: Double) -> (error: Double, variance: Double)? {
        let f = variance
        guard f > 0, f.isFinite else { return nil }
        let r = dimension
        let error = x - state[0]
        let weight = error / f
        // a ← T·a + L·v/F.
        let first = state[0]
        for i in 0..<(r - 1) { state[i] = ar[i] * first + state[i + 1] + gain[i] * weight }
        state[r - 1] = ar[r - 1] * first + gain[r - 1] * weight
        if changeScale != 0 { advanceCovariance() }
        return (error, f)
    }

    /// One Chandrasekhar step: F, L, W and M of the next period (see the type's comment).
    private mutating func advanceCovariance() {
        let r = dimension
        let (f, m, z) = (variance, changeScale, change[0])
        let next = f + z * z * m
        guard next > 0, next.isFinite else {
            changeScale = 0
            return
        }
        var size = 0.0
        let w0 = change[0]
        for i in 0..<r {
            let tw = ar[i] * w0 + (i + 1 < r ? change[i + 1] : 0)
            let l = gain[i]
            gain[i] = l + tw * m * z
            change[i] = tw - z * l / f
            size += change[i] * change[i]
        }
        variance = next
        changeScale = m * f / next
        if abs(changeScale) * size < Self.convergenceTolerance { changeScale = 0 }
    }

    /// a ← T·a: aᵢ = arᵢ·a₀ + aᵢ₊₁.
    private mutating func predictState() {
        let r = dimension
        let first = state[0]
        for i in 0..<(r - 1) { state[i] = ar[i] * first + state[i + 1] }
        state[r - 1] = ar[r - 1] * first
    }

    /// The predictions of the next `horizon` observations from the current state (zero-mean
    /// scale): Z·Tʰ⁻¹·a.
    func predictions(horizon: Int) -> [Double] {
        var copy = self
        var values = [Double]()
        values.reserveCapacity(horizon)
        for _ in 0..<horizon {
            values.append(copy.state[0])
            copy.predictState()
        }
        return values
    }

    /// The state in other units: a × `factor` (F, L, W and M are per unit σ², unchanged).
    func rescaled(by factor: Double) -> ARMAKalmanFilter {
        var copy = self
        for i in copy.state.indices { copy.state[i] *= factor }
        return copy
    }
}

/// What filtering a whole series gives.
struct ARMALikelihood {
    /// S = Σvₜ²/Fₜ.
    var sumOfSquares = 0.0
    /// Σ log Fₜ.
    var sumOfLogVariances = 0.0
    /// n, the observations filtered.
    var count = 0

    /// Filters `x` (zero-mean scale) through `filter`, or nil when the filter breaks down.
    static func run(_ x: [Double], through filter: inout ARMAKalmanFilter) -> ARMALikelihood? {
        var result = ARMALikelihood()
        for value in x {
            guard let (error, variance) = filter.step(value) else { return nil }
            result.sumOfSquares += error * error / variance
            result.sumOfLogVariances += log(variance)
            result.count += 1
        }
        return result
    }

    /// σ̂² = S/n (units² of the filtered series).
    var variance: Double { sumOfSquares / Double(max(count, 1)) }

    /// R's optimisation criterion ½(log σ̂² + Σ log Fₜ / n): −log L/n up to a constant.
    var criterion: Double {
        0.5 * (log(variance) + sumOfLogVariances / Double(max(count, 1)))
    }

    /// −2 log L, σ² concentrated out.
    var minusTwiceLogLikelihood: Double {
        let n = Double(count)
        return n * log(2 * Double.pi * variance) + sumOfLogVariances + n
    }
}
