import Foundation
import GSL

/// Maximum likelihood of the noise around known per-period means, and the family's choice.
///
/// **Families.** Poisson (no parameter); negative binomial, k by maximum likelihood over
/// ln k ∈ [ln 0.05, ln 10⁴] (from strongly over-dispersed to practically Poisson); zero-inflated
/// Poisson, π by maximum likelihood over logit π ∈ [−7, 3] (π from 0.09% to 95%) with the mean
/// preserved (the Poisson part has mean μ/(1 − π), as the simulator draws it). A zero-inflated
/// negative binomial is not tried: two noise parameters are poorly identified on two years of
/// weekly sales.
///
/// **Search.** The one parameter is scanned on a grid of ``gridPoints`` equally spaced values
/// over its range; the best grid point and its neighbours bracket the maximum for GSL's Brent
/// minimiser (``Minimizer``) on −ℓ, tolerance 10⁻⁴ in the transformed unit. A best point at an
/// end of the grid is kept there (the likelihood still rises beyond the range: said as a note
/// when that family is chosen).
///
/// **Choice.** The lowest AIC = 2k − 2ℓ wins. A family whose search GSL refuses is dropped with
/// a note naming the status, unless the group prior has that family, whose parameter is then
/// used; the Poisson always remains.
struct NoiseFitter {
    static let logDispersionRange = log(0.05)...log(1e4)
    static let logitZeroRange = -7.0...3.0
    static let gridPoints = 9

    /// nil when GSL could not allocate one: every search then fails with that status.
    let minimizer: Minimizer?
    /// Brent iterations allowed per search.
    let maximumIterations: Int

    /// One family's outcome.
    enum Outcome {
        case fitted(NoiseCandidate, onBound: (parameter: String, value: Double)?)
        case failed(status: String)
    }

    /// The three families fitted to `observations` around `means`, the AIC winner, and the notes.
    func choose(means: [Double], observations: CountObservations, prior: NoiseFit?) -> (best: NoiseCandidate, all: [NoiseCandidate], notes: [CalibrationNote]) {
        let poisson = candidate(.poisson, means: means, observations: observations)
        var all = [poisson]
        var bounds: [String: CalibrationNote] = [:]
        var notes: [CalibrationNote] = []
        for family in [NoiseFit.negativeBinomial(dispersion: 1), .zeroInflated(zeroProbability: 0.5, base: .poisson)] {
            switch fit(family, means: means, observations: observations) {
            case let .fitted(found, onBound):
                all.append(found)
                if let onBound {
                    bounds[family.family] = .noiseParameterOnBound(family: family.family, parameter: onBound.parameter, value: onBound.value)
                }
            case let .failed(status):
                if let prior, prior.family == family.family {
                    all.append(candidate(prior, means: means, observations: observations))
                    notes.append(.noiseFitFailed(family: family.family, status: status, fallback: prior))
                } else {
                    notes.append(.noiseFitFailed(family: family.family, status: status, fallback: .poisson))
                }
            }
        }
        let best = all.min { $0.aic < $1.aic } ?? poisson
        if let bound = bounds[best.noise.family] { notes.append(bound) }
        return (best, all, notes)
    }

    /// ``NoiseCandidate`` of a given noise (its parameter held).
    func candidate(_ noise: NoiseFit, means: [Double], observations: CountObservations) -> NoiseCandidate {
        let value = observations.logLikelihood(noise, means: means)
        return NoiseCandidate(noise: noise, logLikelihood: value, aic: 2 * Double(noise.parameterCount) - 2 * value)
    }

    /// The maximum-likelihood member of `family`'s kind (its parameter is ignored; the Poisson
    /// has nothing to fit).
    func fit(_ family: NoiseFit, means: [Double], observations: CountObservations) -> Outcome {
        let range: ClosedRange<Double>
        let make: (Double) -> NoiseFit
        let parameter: String
        switch family {
        case .poisson:
            return .fitted(candidate(.poisson, means: means, observations: observations), onBound: nil)
        case .negativeBinomial:
            (range, parameter) = (Self.logDispersionRange, "dispersion")
            make = { .negativeBinomial(dispersion: exp($0)) }
        case .zeroInflated:
            (range, parameter) = (Self.logitZeroRange, "zero probability")
            make = { .zeroInflated(zeroProbability: 1 / (1 + exp(-$0)), base: .poisson) }
        }
        let cost = { (x: Double) in -observations.logLikelihood(make(x), means: means) }
        do {
            let (x, onBound) = try minimise(cost, over: range)
            let found = candidate(make(x), means: means, observations: observations)
            return .fitted(found, onBound: onBound ? (parameter, Self.parameterValue(found.noise)) : nil)
        } catch {
            return .failed(status: error.description)
        }
    }

    /// The minimum of `cost` over `range`: grid, then Brent between the best point's neighbours.
    /// Returns the point and whether it is an end of the range.
    private func minimise(_ cost: (Double) -> Double, over range: ClosedRange<Double>) throws(GSLError) -> (Double, Bool) {
        let step = (range.upperBound - range.lowerBound) / Double(Self.gridPoints - 1)
        let grid = (0..<Self.gridPoints).map { range.lowerBound + Double($0) * step }
        let values = grid.map(cost)
        let best = values.indices.min { values[$0] < values[$1] } ?? 0
        if best == 0 || best == grid.count - 1 { return (grid[best], true) }
        // A flat likelihood (every mean 0 and every count 0) has no interior minimum to bracket.
        guard values[best] < values[best - 1], values[best] < values[best + 1] else { return (grid[best], false) }
        guard let minimizer else { throw .allocationFailed(what: "a Brent minimiser") }
        let result = try minimizer.minimize(cost, guess: grid[best], lower: grid[best - 1], upper: grid[best + 1],
                                            absoluteTolerance: 1e-4, maximumIterations: maximumIterations)
        return (result.x, false)
    }

    /// k or π of a fitted noise, for a note.
    private static func parameterValue(_ noise: NoiseFit) -> Double {
        switch noise {
        case .poisson: 0
        case let .negativeBinomial(k): k
        case let .zeroInflated(pi, _): pi
        }
    }
}
