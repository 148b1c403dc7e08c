/// What became of an evaluation's planned windows: how many were scored, how many of those
/// sold nothing at all, and why the others were not scored. Decides whether a ranking means
/// anything: when every scored window sold nothing, every forecaster that says 0 is perfect
/// and WAPE and bias are undefined, so there is nothing to rank.
public struct WindowCensus: Sendable, Hashable, Codable {
    /// Series-windows forecast and scored.
    public var scored: Int
    /// Scored series-windows whose realised demand is 0 in every period of the horizon.
    public var allZero: Int
    /// Planned windows of evaluated series that did not fit in their series (an origin too
    /// early or too late for it); 0 for trailing windows, which fit every series they take.
    public var unfitted: Int
    /// Series skipped whole: shorter than the plan's minimum length, or (launch origins) never sold.
    public var skippedSeries: Int
    /// Series without a launch (history series that never sold), when origins count from it.
    public var neverSold: Int
    /// History series that sold on the history's first date, when origins count from the
    /// launch: they may have been launched before the file begins, so their launch+K counts
    /// from the first date rather than from the launch, and they have no launch-K window.
    public var soldFromFirstDate: Int

    public init(scored: Int, allZero: Int, unfitted: Int, skippedSeries: Int, neverSold: Int, soldFromFirstDate: Int = 0) {
        self.scored = scored
        self.allZero = allZero
        self.unfitted = unfitted
        self.skippedSeries = skippedSeries
        self.neverSold = neverSold
        self.soldFromFirstDate = soldFromFirstDate
    }

    /// Whether forecasters can be ranked: some scored window sold something.
    public var isRankable: Bool { scored > allZero }
}

extension EvaluationOutcome {
    /// The census of this evaluation's windows.
    public var census: WindowCensus {
        var census = WindowCensus(scored: 0, allZero: 0, unfitted: 0, skippedSeries: 0, neverSold: 0)
        let launchAnchored = plan.origins.contains(where: \.isLaunch)
        for (series, result) in zip(series, forecasts) {
            if launchAnchored && series.launch == nil { census.neverSold += 1 }
            if launchAnchored && series.soldFromFirstDate { census.soldFromFirstDate += 1 }
            guard !result.windows.isEmpty else {
                census.skippedSeries += 1
                continue
            }
            census.scored += result.windows.count
            census.unfitted += plan.windows - result.windows.count
            for window in result.windows where series.sales[window.cutoff..<(window.cutoff + window.horizon)].allSatisfy({ $0 == 0 }) {
                census.allZero += 1
            }
        }
        return census
    }
}

extension EvaluationSeries {
    /// A history series that sold on the history's first date: launched perhaps before it.
    var soldFromFirstDate: Bool {
        truth == nil && firstPeriod == 0 && launch == 0
    }
}
