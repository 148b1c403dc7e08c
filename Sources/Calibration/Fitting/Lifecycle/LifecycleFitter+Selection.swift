import GSL

/// Rules 5–7 of ``LifecycleFitter``: the noise family, the AICc choice and the uncertainty.
extension LifecycleFitter {
    func select(_ fits: [CandidateFit], series: LiveSeries, span: LifeSpan, input: LifecycleFitInput,
                notes: [CalibrationNote]) -> LifecycleFit {
        var notes = notes
        let observations = CountObservations(sales: series.sold, censored: series.censored)
        let noiseFitter = NoiseFitter(minimizer: try? Minimizer(), maximumIterations: options.noiseIterations)
        guard let reference = fits.min(by: { series.sumOfSquares($0.baseline) < series.sumOfSquares($1.baseline) }) else {
            return Self.fallback(series, span: span, input: input, notes: notes)
        }
        let family = noiseFitter.choose(means: series.means(reference.baseline), observations: observations,
                                        prior: input.prior?.noise)
        notes += family.notes
        var scored: [(fit: CandidateFit, candidate: LifecycleCandidate, noise: NoiseFit)] = []
        for fit in fits {
            let means = series.means(fit.baseline)
            let noise: NoiseCandidate
            if case let .fitted(found, _) = noiseFitter.fit(family.best.noise, means: means, observations: observations) {
                noise = found
            } else {
                noise = noiseFitter.candidate(family.best.noise, means: means, observations: observations)
            }
            let k = fit.lifecycleParameterCount + noise.noise.parameterCount
            let n = series.count
            let aicc = n - k - 1 > 0
                ? 2 * Double(k) - 2 * noise.logLikelihood + 2 * Double(k * (k + 1)) / Double(n - k - 1)
                : nil
            let candidate = LifecycleCandidate(name: fit.name, parameters: fit.parameters, parameterCount: k,
                                               sumOfSquares: series.sumOfSquares(fit.baseline),
                                               logLikelihood: noise.logLikelihood, aicc: aicc)
            scored.append((fit, candidate, noise.noise))
        }
        let winner = scored.indices.min { a, b in
            (scored[a].candidate.aicc ?? .infinity, a) < (scored[b].candidate.aicc ?? .infinity, b)
        } ?? 0
        let chosen = scored[winner]
        if let uncertainty = chosen.fit.uncertainty {
            for sigma in uncertainty where sigma.capped {
                notes.append(.sigmaCapped(parameter: sigma.name))
            }
        } else {
            notes.append(.noCovariance(model: chosen.fit.name))
        }
        return LifecycleFit(
            launchPeriod: span.launch, endOfLifePeriod: span.endOfLife, model: chosen.fit.model,
            baseline: Self.placed(chosen.fit.baseline, live: span.live, periods: span.periods),
            candidates: scored.map(\.candidate), chosen: winner, noise: chosen.noise,
            noiseCandidates: family.all, uncertainty: chosen.fit.uncertainty ?? [], notes: notes)
    }
}
