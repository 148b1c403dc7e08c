/// Where a series peaks, as a share of its length: robust to a single spike because it looks
/// at a centred moving average rather than the raw maximum.
enum PeakPosition {
    /// Index of the maximum of the centred moving average of `series`, over n − 1, in 0…1.
    ///
    /// The average at t is the mean of y over t − h … t + h, h = (width − 1) / 2, taken only
    /// where the whole window lies inside the series (t = h … n − 1 − h), so the position lies
    /// in h/(n − 1) … 1 − h/(n − 1). Windows cut short at the ends are not used: averaging fewer
    /// periods there would hand a spike near an end a higher average than the same spike in the
    /// middle. Ties go to the first index. Nil when n < 2, n < width, or every period is zero.
    /// `width` is odd, ≥ 1 (``FidelityOptions`` checks); an even width is read as the odd one
    /// below it, and a width below 1 as 1.
    static func of(_ series: [Double], width: Int) -> Double? {
        let n = series.count
        let half = max(0, (width - 1) / 2)
        guard n >= 2, n >= 2 * half + 1, series.contains(where: { $0 > 0 }) else { return nil }
        var best = half
        var bestAverage = -Double.infinity
        for t in half..<(n - half) {
            // Summed afresh per window (not a running sum) so equal windows give equal averages.
            let average = series[(t - half)...(t + half)].reduce(0, +) / Double(2 * half + 1)
            if average > bestAverage {
                bestAverage = average
                best = t
            }
        }
        return Double(best) / Double(n - 1)
    }
}
