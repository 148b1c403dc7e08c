extension ETSPredictionVariance {
    /// Whether the form is ETS(A,N,N), whose spread has the path below.
    var isLocalLevel: Bool { form.error == .additive && !form.hasTrend && !form.hasSeason }

    /// ``standardDeviations(horizon:means:)`` for ETS(A,N,N) (SES), whose weights are ψ_{j,j} = 1
    /// and ψ_{j,i} = α below the diagonal: the same sums as ``LinearErrorPropagation`` adds, in
    /// the same order (so the same bits), without its closures (see ``fillLocalLevel``).
    func localLevelDeviations(horizon: Int) -> (step: [Double], cumulative: [Double]) {
        guard horizon > 0 else { return ([], []) }
        var terms = [Double](repeating: 0, count: horizon)
        var step = [Double](repeating: 0, count: horizon)
        var cumulative = [Double](repeating: 0, count: horizon)
        terms.withUnsafeMutableBufferPointer { terms in
            step.withUnsafeMutableBufferPointer { step in
                cumulative.withUnsafeMutableBufferPointer { fillLocalLevel(terms: terms, step: step, cumulative: $0) }
            }
        }
        return (step, cumulative)
    }

    /// The forecast of ETS(A,N,N) with σ > 0: every mean ℓ_T, the spread of
    /// ``localLevelDeviations(horizon:)``, worked out in a temporary buffer on the stack. The
    /// closed loop asks for this forecast several times per review, so it is worth the path.
    func localLevelForecast(horizon: Int) -> Forecast {
        let level = state.level
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * horizon) { buffer in
            let terms = UnsafeMutableBufferPointer(rebasing: buffer[0..<horizon])
            let step = UnsafeMutableBufferPointer(rebasing: buffer[horizon..<2 * horizon])
            let cumulative = UnsafeMutableBufferPointer(rebasing: buffer[2 * horizon..<3 * horizon])
            fillLocalLevel(terms: terms, step: step, cumulative: cumulative)
            return .normal(horizon: horizon, sigma: 1, mean: { _ in level },
                           stepFactor: { step[$0 - 1] }, cumulativeFactor: { cumulative[$0 - 1] })
        }
    }

    /// The first step's standard deviation, as ``fillLocalLevel(terms:step:cumulative:)``
    /// computes it: with no off-diagonal term yet, (0 + 1·1·σ²)^½ is exactly (σ²)^½ (adding 0
    /// and multiplying by 1 are exact), so the same bits without the buffers.
    func localLevelFirstStepFactor() -> Double {
        max(0, sigma * sigma).squareRoot()
    }

    /// Writes the standard deviations per step and of the cumulative totals (each buffer
    /// `horizon` long; `terms` is scratch):
    /// - σ²_j = (α²σ² + … + α²σ², j − 1 terms) + σ²: a running prefix;
    /// - the variance of the total over k steps is Σ_{i=1..k} c²_{k−i}·σ², with the column sums
    ///   c_0 = 1, c_d = c_{d−1} + α, added from i = 1 as the general loop does (O(h²)).
    private func fillLocalLevel(terms: UnsafeMutableBufferPointer<Double>, step: UnsafeMutableBufferPointer<Double>,
                                cumulative: UnsafeMutableBufferPointer<Double>) {
        let horizon = terms.count
        let alpha = parameters.alpha
        let variance = max(0, sigma * sigma)
        var column = 0.0
        for d in 0..<horizon {
            column += d == 0 ? 1 : alpha
            terms[d] = column * column * variance   // c_d²σ²
        }
        var offDiagonal = 0.0
        for j in 1...horizon {
            if j > 1 { offDiagonal += alpha * alpha * variance }
            step[j - 1] = (offDiagonal + 1 * 1 * variance).squareRoot()
            var total = 0.0
            for d in stride(from: j - 1, through: 0, by: -1) { total += terms[d] }
            cumulative[j - 1] = total.squareRoot()
        }
    }
}
