extension ETSPredictionVariance {
    /// ``standardDeviations(horizon:means:)`` for ETS(A,N,N) (SES), whose weights are ψ_{j,j} = 1
    /// and ψ_{j,i} = α below the diagonal: the same sums as ``LinearErrorPropagation`` adds, in
    /// the same order (so the same bits), without its closures and in O(h) for the steps.
    /// - σ²_j = (α²σ² + … + α²σ², j − 1 terms) + σ²: a running prefix;
    /// - the variance of the total over k steps is Σ_{i=1..k} c²_{k−i}·σ², with the column sums
    ///   c_0 = 1, c_d = c_{d−1} + α, added from i = 1 as the general loop does.
    /// The closed loop asks for this forecast several times per review, so it is worth the path.
    func localLevelDeviations(horizon: Int) -> (step: [Double], cumulative: [Double]) {
        guard horizon > 0 else { return ([], []) }
        let alpha = parameters.alpha
        let variance = max(0, sigma * sigma)
        var terms = [Double](repeating: 0, count: horizon)   // c_d²σ²
        var column = 0.0
        for d in 0..<horizon {
            column += d == 0 ? 1 : alpha
            terms[d] = column * column * variance
        }
        var step = [Double](repeating: 0, count: horizon)
        var cumulative = [Double](repeating: 0, count: horizon)
        var offDiagonal = 0.0
        for j in 1...horizon {
            if j > 1 { offDiagonal += alpha * alpha * variance }
            step[j - 1] = (offDiagonal + 1 * 1 * variance).squareRoot()
            var total = 0.0
            for d in stride(from: j - 1, through: 0, by: -1) { total += terms[d] }
            cumulative[j - 1] = total.squareRoot()
        }
        return (step, cumulative)
    }
}
