/// Thinning of long series for drawing: a line over tens of thousands of periods is drawn from
/// a few points per pixel column without losing what the eye looks for — peaks, troughs, gaps.
///
/// Points are split by index into `buckets` runs of (nearly) equal length, in order; each run
/// keeps the points holding its smallest and its largest `y` (the first of equal ones), so
/// spikes survive whatever their width. Deterministic: the same input always gives the same
/// output. O(n) time, O(buckets) extra memory. Series no longer than 2 × `buckets` are
/// returned unchanged.
public enum SeriesReduction {
    /// `points` (in x order) reduced to at most 2 × `buckets` + 2 points: per bucket the minimum
    /// and maximum in their original order, plus the first and last point of the series (so the
    /// line spans the same x range), plus the first NaN of a bucket that has one (so gaps stay
    /// gaps; a series without NaN stays within the bound). `buckets` below 1 counts as 1.
    public static func minMax(_ points: [ChartPoint], buckets: Int) -> [ChartPoint] {
        let buckets = max(buckets, 1)
        let count = points.count
        guard count > 2 * buckets else { return points }
        var kept: [ChartPoint] = []
        kept.reserveCapacity(2 * buckets + 2)
        var lastKept = -1
        func keep(_ index: Int) {
            if index > lastKept {
                kept.append(points[index])
                lastKept = index
            }
        }
        for bucket in 0..<buckets {
            let start = bucket * count / buckets
            let end = (bucket + 1) * count / buckets
            var lowest = -1
            var highest = -1
            var gap = -1
            for index in start..<end {
                let y = points[index].y
                if y.isNaN {
                    if gap < 0 { gap = index }
                    continue
                }
                if lowest < 0 || y < points[lowest].y { lowest = index }
                if highest < 0 || y > points[highest].y { highest = index }
            }
            var chosen = [lowest, highest, gap].filter { $0 >= 0 }
            if bucket == 0 { chosen.append(0) }
            if bucket == buckets - 1 { chosen.append(count - 1) }
            for index in Set(chosen).sorted() { keep(index) }
        }
        return kept
    }

    /// A band reduced to at most 2 × `buckets` points: each bucket becomes its lowest `lower`
    /// and highest `upper`, placed at the bucket's first and last x, so the drawn envelope
    /// contains every original interval. Bounds that are NaN are ignored; a bucket of NaN
    /// only stays a gap. O(n) time. Bands no longer than 2 × `buckets` are returned unchanged.
    public static func envelope(_ band: [BandPoint], buckets: Int) -> [BandPoint] {
        let buckets = max(buckets, 1)
        let count = band.count
        guard count > 2 * buckets else { return band }
        var kept: [BandPoint] = []
        kept.reserveCapacity(2 * buckets)
        for bucket in 0..<buckets {
            let start = bucket * count / buckets
            let end = (bucket + 1) * count / buckets
            var lower = Double.nan
            var upper = Double.nan
            for point in band[start..<end] {
                if !point.lower.isNaN && !(point.lower >= lower) { lower = point.lower }
                if !point.upper.isNaN && !(point.upper <= upper) { upper = point.upper }
            }
            kept.append(BandPoint(x: band[start].x, lower: lower, upper: upper))
            if end - 1 > start { kept.append(BandPoint(x: band[end - 1].x, lower: lower, upper: upper)) }
        }
        return kept
    }
}
