/// Prefix sums that give the weighted least-squares line of any run of live periods in O(1):
/// the segment [i, j) is fitted as y_t ≈ w_t·g(t), g linear in time with g(z) = from + (to −
/// from)·z/L, z = t − i + ½ the mid-period time from the segment's start and L = j − i (the
/// simulator's phase ramp, whose j-th period sits at (j + ½)/L).
///
/// With W = Σw², Wz = Σw²z, Wzz = Σw²z², Y = Σwy, Zy = Σwzy the normal equations of
/// g(z) = a + bz are solved in closed form. When a or a + bL is negative the best line with
/// both ends ≥ 0 has one end at 0 (the cost is convex): g = c·z or g = c·(L − z), c ≥ 0, each a
/// one-parameter fit; the better is kept.
struct SegmentSums: Sendable {
    /// Prefix sums, index k = sum over periods < k: w², w²x, w²x², wy, wxy, y² with x = t + ½.
    private var w2: [Double], w2x: [Double], w2x2: [Double], wy: [Double], wxy: [Double], yy: [Double]

    init(values y: [Double], weights w: [Double]) {
        let n = y.count
        w2 = Array(repeating: 0, count: n + 1)
        (w2x, w2x2, wy, wxy, yy) = (w2, w2, w2, w2, w2)
        for t in 0..<n {
            let x = Double(t) + 0.5
            let (ww, wyt) = (w[t] * w[t], w[t] * y[t])
            w2[t + 1] = w2[t] + ww
            w2x[t + 1] = w2x[t] + ww * x
            w2x2[t + 1] = w2x2[t] + ww * x * x
            wy[t + 1] = wy[t] + wyt
            wxy[t + 1] = wxy[t] + wyt * x
            yy[t + 1] = yy[t] + y[t] * y[t]
        }
    }

    /// The best ramp over [i, j) with levels ≥ 0, and its sum of squared residuals.
    func line(_ i: Int, _ j: Int) -> (from: Double, to: Double, squares: Double) {
        let s = Double(i)
        let length = Double(j - i)
        let weight = w2[j] - w2[i]
        let squares = yy[j] - yy[i]
        guard weight > 0 else { return (0, 0, max(0, squares)) }
        // Moments in z = x − s.
        let wz = (w2x[j] - w2x[i]) - s * weight
        let wzz = (w2x2[j] - w2x2[i]) - 2 * s * (w2x[j] - w2x[i]) + s * s * weight
        let y = wy[j] - wy[i]
        let zy = (wxy[j] - wxy[i]) - s * y
        let det = weight * wzz - wz * wz
        if det > 1e-12 * weight * wzz {
            let a = (y * wzz - wz * zy) / det
            let b = (weight * zy - wz * y) / det
            if a >= 0, a + b * length >= 0 {
                let sse = squares - 2 * (a * y + b * zy) + a * a * weight + 2 * a * b * wz + b * b * wzz
                return (a, a + b * length, max(0, sse))
            }
        } else {
            // One period (or every weight in one): a flat level.
            let a = max(0, y / weight)
            return (a, a, max(0, squares - 2 * a * y + a * a * weight))
        }
        // g = c·z (from 0) or g = c·(L − z) (to 0).
        let rising = Self.oneParameter(moment: zy, weight: wzz, squares: squares)
        let falling = Self.oneParameter(moment: length * y - zy,
                                        weight: length * length * weight - 2 * length * wz + wzz, squares: squares)
        return rising.squares <= falling.squares
            ? (0, rising.c * length, rising.squares)
            : (falling.c * length, 0, falling.squares)
    }

    /// The least-squares c ≥ 0 of y ≈ c·h with Σwyh = moment, Σw²h² = weight.
    private static func oneParameter(moment: Double, weight: Double, squares: Double) -> (c: Double, squares: Double) {
        guard weight > 0 else { return (0, max(0, squares)) }
        let c = max(0, moment / weight)
        return (c, max(0, squares - 2 * c * moment + c * c * weight))
    }
}
