/// Local regression (loess) on equally spaced points, the smoother STL is built from (Cleveland,
/// Cleveland, McRae & Terpenning 1990, section 2): the value at a position x is a weighted
/// average (degree 0) or a weighted straight line (degree 1) of the `span` nearest points, with
/// tricube weights (1 − (r/h)³)³ on the distance r, where h is the distance to the farthest of
/// them (widened by ⌊(span − n)/2⌋ when the span exceeds the n points there are).
///
/// Points sit at positions 0, 1, …, n − 1; `estimate` may be asked for a position outside that
/// range (STL extends each cycle-subseries one step beyond both ends). O(span) per position.
struct LoessSmoother {
    /// Points in the neighbourhood, ≥ 3 and odd in STL's use.
    let span: Int
    /// 0 (locally constant) or 1 (locally linear).
    let degree: Int

    /// The smoothed value of every position 0..<y.count, each from the `span` nearest points
    /// (the window slides with the position and stops at the ends). A position whose weights all
    /// vanish keeps its own value.
    func smooth(_ y: [Double]) -> [Double] {
        let n = y.count
        guard n >= 2 else { return y }
        var smoothed = y
        var left = 0
        var right = min(span, n) - 1
        let slideAfter = (span + 1) / 2 - 1
        for position in 0..<n {
            if n > span, position > slideAfter, right < n - 1 {
                left += 1
                right += 1
            }
            if let value = estimate(y, at: Double(position), left: left, right: right) {
                smoothed[position] = value
            }
        }
        return smoothed
    }

    /// The local fit at `x` from the points left...right of `y`, or nil when no point there
    /// carries weight.
    func estimate(_ y: [Double], at x: Double, left: Int, right: Int) -> Double? {
        let n = y.count
        var h = max(x - Double(left), Double(right) - x)
        if span > n { h += Double((span - n) / 2) }
        let nearlyFull = 0.999 * h
        let nearlyZero = 0.001 * h
        var weights = [Double](repeating: 0, count: right - left + 1)
        var total = 0.0
        for j in left...right {
            let r = abs(Double(j) - x)
            guard r <= nearlyFull else { continue }
            let weight: Double
            if r <= nearlyZero {
                weight = 1
            } else {
                let ratio = r / h
                let u = 1 - ratio * ratio * ratio
                weight = u * u * u
            }
            weights[j - left] = weight
            total += weight
        }
        guard total > 0 else { return nil }
        for i in weights.indices { weights[i] /= total }
        if degree > 0, h > 0 { tilt(&weights, at: x, left: left, range: Double(n - 1)) }
        var value = 0.0
        for j in left...right { value += weights[j - left] * y[j] }
        return value
    }

    /// Turns normalised local-constant weights into those of the weighted least-squares line
    /// evaluated at x; left alone when the positions barely spread (the line is not determined).
    private func tilt(_ weights: inout [Double], at x: Double, left: Int, range: Double) {
        var centre = 0.0
        for (offset, weight) in weights.enumerated() { centre += weight * Double(left + offset) }
        var spread = 0.0
        for (offset, weight) in weights.enumerated() {
            let d = Double(left + offset) - centre
            spread += weight * d * d
        }
        guard spread.squareRoot() > 0.001 * range else { return }
        let slope = (x - centre) / spread
        for offset in weights.indices {
            weights[offset] *= slope * (Double(left + offset) - centre) + 1
        }
    }
}
