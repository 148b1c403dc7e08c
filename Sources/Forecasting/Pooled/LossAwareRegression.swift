import GSL

/// A linear combination of candidate forecasts fitted to the loss a forecast is judged by: the
/// mean over training origins of RMSE_i / q_i, the root mean squared error of a flat forecast
/// f_i = x_i·θ over the next h periods, divided by the product's error scale q_i (M5's RMSSE).
///
/// With ȳ_i the mean of the h future values and S_i their sum of squared deviations from it,
/// RMSE_i² = (S_i + h·(ȳ_i − f_i)²)/h, so only (ȳ_i − f_i)² depends on θ. The ratio RMSE/q is
/// minimised by iteratively reweighted least squares: since RMSE/q = (RMSE²/q²)/(RMSE/q), each
/// iteration solves the weighted least squares of ȳ_i on x_i with weights
/// 1/(q_i²·max(RMSE_i/q_i, 10⁻³)) from the previous θ (the first with 1/q_i²), through the
/// normal equations and GSL's Cholesky solver. A fixed number of iterations keeps the result
/// a deterministic function of the rows.
///
/// The loss rewards a low forecast for intermittent products (a week without a sale costs f/q,
/// a week with one gains less), so the fitted forecasts sit below the mean: this is a point
/// forecast for the scored loss, not an expectation.
struct LossAwareRegression {
    /// Training rows, row-major: `features[i * width + j]`.
    private(set) var features: [Double] = []
    /// ȳ_i, the mean of each row's next h values.
    private(set) var targetMeans: [Double] = []
    /// S_i, each row's sum of squared deviations of its next h values from ȳ_i.
    private(set) var targetSpread: [Double] = []
    /// q_i > 0, each row's error scale.
    private(set) var scales: [Double] = []
    /// Number of features per row.
    let width: Int
    /// h, the periods each row's loss covers.
    let horizon: Int

    init(width: Int, horizon: Int) {
        self.width = width
        self.horizon = horizon
    }

    var rowCount: Int { scales.count }

    /// Adds a row: its features, its next `horizon` values and its error scale (> 0).
    mutating func append(features row: [Double], future: ArraySlice<Double>, scale: Double) {
        precondition(row.count == width && future.count == horizon && scale > 0, "LossAwareRegression: malformed row")
        let mean = future.reduce(0, +) / Double(horizon)
        features.append(contentsOf: row)
        targetMeans.append(mean)
        targetSpread.append(future.reduce(0) { $0 + ($1 - mean) * ($1 - mean) })
        scales.append(scale)
    }

    /// θ after `iterations` reweighting steps; nil when there are fewer rows than features or
    /// the normal equations are singular.
    func fit(iterations: Int) -> [Double]? {
        guard rowCount > width else { return nil }
        var weights = scales.map { 1 / ($0 * $0) }
        var theta = [Double]()
        for _ in 0..<iterations {
            guard let next = weightedLeastSquares(weights: weights) else { return nil }
            theta = next
            for i in 0..<rowCount {
                let gap = targetMeans[i] - prediction(row: i, theta: theta)
                let rmse = ((targetSpread[i] + Double(horizon) * gap * gap) / Double(horizon)).squareRoot()
                weights[i] = 1 / (scales[i] * scales[i] * max(rmse / scales[i], 1e-3))
            }
        }
        return theta
    }

    /// x_i·θ.
    func prediction(row: Int, theta: [Double]) -> Double {
        var sum = 0.0
        for j in 0..<width { sum += features[row * width + j] * theta[j] }
        return sum
    }

    /// argmin Σ w_i (ȳ_i − x_i·θ)² from (XᵀWX + 10⁻⁹·I) θ = XᵀWȳ; the tiny ridge only keeps
    /// exactly collinear features (two windows equal for every young product) solvable.
    private func weightedLeastSquares(weights: [Double]) -> [Double]? {
        var normal = [Double](repeating: 0, count: width * width)
        var rhs = [Double](repeating: 0, count: width)
        for i in 0..<rowCount {
            let base = i * width
            let w = weights[i]
            for j in 0..<width {
                let wx = w * features[base + j]
                rhs[j] += wx * targetMeans[i]
                for k in 0...j { normal[j * width + k] += wx * features[base + k] }
            }
        }
        for j in 0..<width {
            normal[j * width + j] += 1e-9
            for k in 0..<j { normal[k * width + j] = normal[j * width + k] }
        }
        return try? PositiveDefiniteSystem.solve(matrix: normal, rhs: rhs)
    }
}
