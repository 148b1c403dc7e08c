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
        let scored = fits.map { fit in
            Self.score(fit, family: family.best.noise, series: series, observations: observations, noiseFitter: noiseFitter)
        }
        let winner = scored.indices.min { a, b in
            (scored[a].candidate.aicc ?? .infinity, a) < (scored[b].candidate.aicc ?? .infinity, b)
        } ?? 0
        let chosen = fits[winner]
        if let uncertainty = chosen.uncertainty {
            notes += uncertainty.filter(\.capped).map { .sigmaCapped(parameter: $0.name) }
        } else {
            notes.append(.noCovariance(model: chosen.name))
        }
        return LifecycleFit(
            launchPeriod: span.launch, endOfLifePeriod: span.endOfLife, model: chosen.model,
            baseline: Self.placed(chosen.baseline, live: span.live, periods: span.periods),
            candidates: scored.map(\.candidate), chosen: winner, noise: scored[winner].noise,
            noiseCandidates: family.all, uncertainty: chosen.uncertainty ?? [], notes: notes)
    }

    /// A candidate's figures under the chosen family: its own maximum-likelihood k or π (the
    /// reference's, held, if that search fails), the log-likelihood and the AICc.
    static func score(_ fit: CandidateFit, family: NoiseFit, series: LiveSeries, observations: CountObservations,
                      noiseFitter: NoiseFitter) -> (candidate: LifecycleCandidate, noise: NoiseFit) {
        let means = series.means(fit.baseline)
        let noise: NoiseCandidate
        if case let .fitted(found, _) = noiseFitter.fit(family, means: means, observations: observations) {
            noise = found
        } else {
            noise = noiseFitter.candidate(family, means: means, observations: observations)
        }
        let k = fit.lifecycleParameterCount + noise.noise.parameterCount
        let n = series.count
        let aicc = n - k - 1 > 0 ? 2 * Double(k) - 2 * noise.logLikelihood + 2 * Double(k * (k + 1)) / Double(n - k - 1) : nil
        let candidate = LifecycleCandidate(name: fit.name, parameters: fit.parameters, parameterCount: k,
                                           sumOfSquares: series.sumOfSquares(fit.baseline),
                                           logLikelihood: noise.logLikelihood, aicc: aicc)
        return (candidate, noise.noise)
    }
}
