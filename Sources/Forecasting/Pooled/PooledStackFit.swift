/// What the pooled stacker learned from a catalogue's sales up to one period: per activity
/// segment, the weights of the candidate forecasts (``StackFeatures``) and the errors the
/// weighted forecast made on the training rows, for the forecast's spread.
///
/// **Training rows.** Every reference product and every origin t with
/// T − horizon − lookback < t ≤ T − horizon (T the last period used), at which the product is at
/// least `minimumAge` periods old and has a positive error scale: the features at t, and the
/// `horizon` sales after t, all at or before T. Nothing after T is read, so a fit at T may serve
/// any product whose history ends at T or later.
///
/// **Segments.** Rows are split by the product's activity at the origin (share of selling
/// periods among the last 13, cut at ``PooledStackSettings/segmentEdges``): a dying product,
/// an occasional seller and a steady one each get the combination that forecast products like
/// them best. A segment with fewer than ``minimumSegmentRows`` rows borrows the weights fitted on
/// all rows.
struct PooledStackFit: Sendable {
    /// One activity segment.
    struct Segment: Sendable {
        /// θ, one weight per feature in ``StackFeatures/names`` order.
        var weights: [Double]
        /// Training rows of the segment.
        var rows: Int
        /// Whether `weights` are the segment's own (false: borrowed from all rows).
        var ownWeights: Bool
        /// Errors of the fitted forecast on up to ``calibrationPaths`` training rows spread
        /// evenly over the segment, in units of each row's error scale: (y_{t+j} − f_t)/q_t,
        /// one `horizon`-long path per row.
        var scaledErrors: [[Double]]
    }

    /// Rows a segment needs for weights of its own (10 per feature).
    static let minimumSegmentRows = 10 * StackFeatures.count
    /// Error paths kept per segment.
    static let calibrationPaths = 250

    /// One per segment; nil when even all rows together could not be fitted (too few).
    var segments: [Segment]?
    /// Training rows over all segments.
    var rows: Int

    /// Fits the stacker on `references`' sales up to period `lastPeriod`.
    init(references: [AnalogLibrary.Reference], lastPeriod: Int, settings: PooledStackSettings) {
        let width = StackFeatures.count
        var bySegment = Array(repeating: LossAwareRegression(width: width, horizon: settings.horizon),
                              count: settings.segmentCount)
        var futures = Array(repeating: [ArraySlice<Double>](), count: settings.segmentCount)
        var all = LossAwareRegression(width: width, horizon: settings.horizon)
        let lastOrigin = lastPeriod - settings.horizon
        for reference in references {
            let end = min(lastOrigin, reference.firstPeriod + reference.sales.count - 1 - settings.horizon)
            let start = max(lastOrigin - settings.lookback + 1, reference.firstPeriod + settings.minimumAge - 1)
            guard start <= end else { continue }
            var walk = StackFeatureWalk(sales: reference.sales)
            for origin in start...end {
                let index = origin - reference.firstPeriod
                walk.advance(to: index)
                guard let scale = walk.errorScale, scale > 0, scale.isFinite, let features = walk.features() else { continue }
                let future = reference.sales[(index + 1)...(index + settings.horizon)]
                let segment = settings.segment(activity: features.activity)
                bySegment[segment].append(features: features.values, future: future, scale: scale)
                futures[segment].append(future)
                all.append(features: features.values, future: future, scale: scale)
            }
        }
        rows = all.rowCount
        let own = bySegment.map { $0.rowCount >= Self.minimumSegmentRows ? $0.fit(iterations: settings.iterations) : nil }
        // All rows together are fitted only when some segment cannot stand on its own.
        let pooled = own.contains { $0 == nil } ? all.fit(iterations: settings.iterations) : nil
        guard own.allSatisfy({ $0 != nil }) || pooled != nil else {
            segments = nil
            return
        }
        segments = bySegment.indices.compactMap { index in
            guard let weights = own[index] ?? pooled else { return nil }
            return Segment(weights: weights, rows: bySegment[index].rowCount, ownWeights: own[index] != nil,
                           scaledErrors: Self.scaledErrors(bySegment[index], futures: futures[index], weights: weights))
        }
    }

    /// (y − f)/q on up to ``calibrationPaths`` rows at evenly spaced positions (rows are in
    /// reference and origin order, so the sample spans the catalogue).
    private static func scaledErrors(_ regression: LossAwareRegression, futures: [ArraySlice<Double>],
                                     weights: [Double]) -> [[Double]] {
        let count = regression.rowCount
        guard count > 0 else { return [] }
        let taken = min(count, calibrationPaths)
        return (0..<taken).map { k in
            let row = k * count / taken
            let forecast = max(0, regression.prediction(row: row, theta: weights))
            return futures[row].map { ($0 - forecast) / regression.scales[row] }
        }
    }

    /// The weights and errors for a product whose activity is `activity`; nil without a fit.
    func segment(activity: Double, settings: PooledStackSettings) -> Segment? {
        segments?[settings.segment(activity: activity)]
    }
}
