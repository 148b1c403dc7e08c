import Foundation

/// The Kalman filter of a zero-mean ARMA process in Harvey's state space form (Harvey 1989,
/// §3.3; R's `arima`): with r = max(p, q + 1),
///
///     xₜ = Z·αₜ,  αₜ₊₁ = T·αₜ + R·εₜ₊₁,  Z = (1, 0, …, 0),  R = (1, θ₁, …, θ_{r−1})ᵀ,
///
/// T with φ₁ … φ_r in its first column and ones above the diagonal. The filter holds the state's
/// prediction for the next observation and its covariance per unit σ² (unit-free); each
/// observation gives a one-step error vₜ with variance σ²Fₜ.
///
/// **Exact likelihood.** Started at a = 0 and P = P₀ (``ARMAStationaryCovariance``), the
/// errors give the exact Gaussian likelihood: with S = Σvₜ²/Fₜ over n observations, σ̂² = S/n and
/// −2 log L = n·log(2πσ̂²) + Σ log Fₜ + n (σ² concentrated out, Harvey 1989, §3.4).
///
/// **Steady state.** For an invertible MA part the filtered covariance shrinks to 0 (the past
/// determines the state); once all its entries are below ``convergenceTolerance`` the filter
/// drops it and runs the innovations recursion a ← T(a + R·v) in O(r), F = 1 — as R's
/// `ARIMA_Like` does after convergence.
struct ARMAKalmanFilter: Hashable, Codable, Sendable {
    /// AR coefficients padded to r (index 0 = lag 1).
    let ar: [Double]
    /// R: 1, then the MA coefficients, padded to r.
    let impulse: [Double]
    /// The state predicted for the next observation.
    var state: [Double]
    /// Its covariance per unit σ², r × r row-major; empty once the steady state is reached.
    var covariance: [Double]
    /// The indices of R's non-zero entries (seasonal MA polynomials are sparse).
    let impulseLags: [Int]

    /// Filtered covariances below this (per unit σ²) count as converged.
    static let convergenceTolerance = 1e-9

    /// A filter at the stationary start (a = 0, P = P₀), or nil when P₀ does not exist (an AR
    /// part with a unit root).
    init?(ar: [Double], ma: [Double], covariance: ARMAStationaryCovariance? = nil) {
        self.init(steadyAR: ar, ma: ma)
        let start = covariance ?? ARMAStationaryCovariance(ar: ar, ma: ma, solver: ARMAStationaryCovariance.solver(arDegree: ar.count))
        guard let p0 = start.stateCovariance(dimension: dimension) else { return nil }
        self.covariance = p0
    }

    /// A filter at a = 0 already in the steady state (no covariance): the innovations
    /// recursion alone, for a model whose stationary start is not needed.
    init(steadyAR ar: [Double], ma: [Double]) {
        let r = max(ar.count, ma.count + 1)
        self.ar = ar + [Double](repeating: 0, count: r - ar.count)
        let impulse = [1] + ma + [Double](repeating: 0, count: r - 1 - ma.count)
        self.impulse = impulse
        self.impulseLags = impulse.indices.filter { impulse[$0] != 0 }
        self.state = [Double](repeating: 0, count: r)
        self.covariance = []
    }

    /// r, the state's dimension.
    var dimension: Int { state.count }

    /// The one-step prediction of the next observation (zero-mean scale).
    var prediction: Double { state[0] }

    /// Takes the next observation x (zero-mean scale): returns its one-step error v and F, the
    /// error's variance per unit σ², and moves the prediction on. A non-positive or non-finite
    /// F (numerical breakdown) returns nil and leaves the filter unchanged.
    mutating func step(_ x: Double) -> (error: Double, variance: Double)? {
        let r = dimension
        let error = x - state[0]
        guard !covariance.isEmpty else {
            // Steady state: filtered a = a + R·v, then predicted T·a.
            for i in 0..<r { state[i] += impulse[i] * error }
            predictState()
            return (error, 1)
        }
        let gain = covariance[0]
        guard gain > 0, gain.isFinite else { return nil }
        // Filtered state a + k·v/F with k = P[:,0], then predicted.
        for i in 0..<r { state[i] += covariance[i] * error / gain }
        predictState()
        if advanceCovariance(gain: gain) { covariance = [] }
        return (error, gain)
    }

    /// P ← T(P − kkᵀ/F)Tᵀ + RRᵀ with k = P[:,0], in one pass over the upper triangle, in place:
    /// with u = T·k, (TPTᵀ)ᵢⱼ = arᵢarⱼP₀₀ + arᵢP₀,ⱼ₊₁ + arⱼPᵢ₊₁,₀ + Pᵢ₊₁,ⱼ₊₁ (T's shape), and
    /// T·kkᵀ·Tᵀ = uuᵀ. Entry (i, j) reads row 0 (saved first) and entry (i + 1, j + 1), which a
    /// pass in increasing i has not yet overwritten. Returns whether the result is within
    /// ``convergenceTolerance`` of RRᵀ (the filtered covariance has vanished).
    private mutating func advanceCovariance(gain: Double) -> Bool {
        let r = dimension
        var largest = 0.0
        ar.withUnsafeBufferPointer { ar in
            covariance.withUnsafeMutableBufferPointer { p in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * r + 1) { scratch in
                    // row[j] = P₀ⱼ (= Pⱼ₀), row[r] = 0; u = T·k with k = P[:,0].
                    let row = scratch.baseAddress!, u = row + r + 1
                    for j in 0..<r { row[j] = p[j] }
                    row[r] = 0
                    let p00 = row[0]
                    for i in 0..<r { u[i] = ar[i] * p00 + row[i + 1] }
                    for i in 0..<r {
                        let (ari, below, ui) = (ar[i], row[i + 1], u[i] / gain)
                        let next = (i + 1) * r + 1
                        // Columns j < r − 1 read Pᵢ₊₁,ⱼ₊₁ (none for the last row).
                        let inner = i + 1 < r ? r - 1 : i
                        var j = i
                        while j < inner {
                            let value = ari * ar[j] * p00 + ar[j] * below + ari * row[j + 1] + p[next + j] - ui * u[j]
                            largest = max(largest, abs(value))
                            p[i * r + j] = value
                            j += 1
                        }
                        while j < r {
                            let value = ari * ar[j] * p00 + ar[j] * below + ari * row[j + 1] - ui * u[j]
                            largest = max(largest, abs(value))
                            p[i * r + j] = value
                            j += 1
                        }
                    }
                    for i in impulseLags { for j in impulseLags where j >= i { p[i * r + j] += impulse[i] * impulse[j] } }
                    for i in 1..<max(r, 1) { for j in 0..<i { p[i * r + j] = p[j * r + i] } }
                }
            }
        }
        return largest < Self.convergenceTolerance
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

    /// The state in other units: a × `factor` (P is per unit σ², unchanged).
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
