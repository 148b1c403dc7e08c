import Testing
import GSL
@testable import Forecasting

/// z used for every "within z standard errors" check: a correct implementation fails one such
/// check with probability ≈ 7e−6.
let zTolerance = 4.5

/// Observations of `values`, periods 0, 1, 2, … without stockouts.
func observations(_ values: [Double]) -> [SalesObservation] {
    values.enumerated().map { SalesObservation(period: $0.offset, sales: $0.element) }
}

/// A forecaster after observing `values`.
func fed<F: Forecaster>(_ forecaster: F, _ values: [Double]) -> F {
    var copy = forecaster
    copy.observe(contentsOf: observations(values))
    return copy
}

/// The normal spread of a forecast; fails the test for sample paths.
func normalSpread(_ forecast: Forecast, sourceLocation: SourceLocation = #_sourceLocation) -> (step: [Double], cumulative: [Double]) {
    guard case let .normal(step, cumulative) = forecast.spread else {
        Issue.record("expected a normal spread", sourceLocation: sourceLocation)
        return ([], [])
    }
    return (step, cumulative)
}

/// |a − b| ≤ tolerance·max(1, |b|).
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}

/// A series from the SES state space model ETS(A,N,N) (FPP3 §8.7):
/// y_t = ℓ_{t−1} + ε_t, ℓ_t = ℓ_{t−1} + α·ε_t, ε_t ~ N(0, σ²).
func sesProcess(count: Int, alpha: Double, initialLevel: Double, sigma: Double, seed: UInt) throws -> [Double] {
    let stream = try RandomStream(seed: seed)
    let noise = try Distribution.normal(mean: 0, sd: sigma).makeSampler()
    var level = initialLevel
    return (0..<count).map { _ in
        let error = noise.sample(stream)
        let y = level + error
        level += alpha * error
        return y
    }
}

/// A random walk plus noise (the local level model): μ_t = μ_{t−1} + η_t, y_t = μ_t + ε_t.
func randomWalkPlusNoise(count: Int, start: Double, levelSD: Double, noiseSD: Double, seed: UInt) throws -> [Double] {
    let stream = try RandomStream(seed: seed)
    let level = try Distribution.normal(mean: 0, sd: levelSD).makeSampler()
    let noise = try Distribution.normal(mean: 0, sd: noiseSD).makeSampler()
    var mu = start
    return (0..<count).map { _ in
        mu += level.sample(stream)
        return mu + noise.sample(stream)
    }
}
