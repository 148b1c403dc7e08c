/// The scale of a forecaster's one-step errors: the root mean square of its most recent in-sample
/// one-step residuals (residual = effective value − the one-step forecast made just before it).
///
/// Hyndman & Athanasopoulos estimate σ from all residuals. Here only the last `window` count,
/// because lifecycle demand is strongly heteroscedastic (errors grow with the level during growth
/// and shrink in decline), and because state must stay O(window), never O(history). With a
/// window longer than the series this is the book's estimator with divisor T (the number of
/// residuals) rather than T − K.
struct ResidualScale: Hashable, Codable, Sendable {
    /// Squared residuals, units² per period.
    private var squares: RingBuffer<Double>
    /// Σ of `squares`, kept as residuals come and go so σ̂ costs O(1) per forecast; recomputed
    /// exactly each time the buffer wraps, so rounding never accumulates.
    private var sumOfSquares = 0.0

    /// An empty scale remembering up to `window` (≥ 1) residuals.
    init(window: Int) {
        precondition(window >= 1, "residual window must be ≥ 1 period, got \(window)")
        squares = RingBuffer(capacity: window)
    }

    /// The most residuals remembered.
    var window: Int { squares.capacity }

    /// Residuals currently remembered.
    var count: Int { squares.count }

    /// Remembers one residual (units).
    mutating func record(_ residual: Double) {
        let square = residual * residual
        let dropped = squares.append(square)
        if squares.wrapsNext {
            sumOfSquares = squares.sum()
        } else {
            sumOfSquares += square - (dropped ?? 0)
        }
    }

    /// Forgets every residual.
    mutating func removeAll() {
        squares.removeAll()
        sumOfSquares = 0
    }

    /// σ̂ in units per period: √(mean of the remembered squared residuals); 0 without residuals,
    /// so a forecaster that has seen fewer than two periods forecasts with zero spread.
    var standardDeviation: Double {
        guard count > 0 else { return 0 }
        let sigma = (max(0, sumOfSquares) / Double(count)).squareRoot()
        return sigma.isFinite ? sigma : 0
    }
}
