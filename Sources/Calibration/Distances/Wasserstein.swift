/// The Wasserstein-1 (earth mover's) distance between two samples,
/// W₁ = ∫ |F₁(x) − F₂(x)| dx over their empirical distribution functions, in the units of the
/// values (as `scipy.stats.wasserstein_distance` with equal weights). It says how far the mass
/// has to move, where Kolmogorov–Smirnov only says how much of it is out of place.
enum Wasserstein {
    /// W₁ between two non-empty sorted samples.
    static func distance(_ a: [Double], _ b: [Double]) -> Double {
        var (i, j) = (0, 0)
        var total = 0.0
        var previous = min(a[0], b[0])
        // Between consecutive distinct values both distribution functions are flat.
        while i < a.count || j < b.count {
            let x = min(i < a.count ? a[i] : .infinity, j < b.count ? b[j] : .infinity)
            let gap = abs(Double(i) / Double(a.count) - Double(j) / Double(b.count))
            total += gap * (x - previous)
            previous = x
            while i < a.count, a[i] == x { i += 1 }
            while j < b.count, b[j] == x { j += 1 }
        }
        return total
    }
}
