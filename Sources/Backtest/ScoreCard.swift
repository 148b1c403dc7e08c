import Accuracy
import Market

/// The tallies of one product under one strategy in one replication, by lifecycle phase; the
/// whole life is their sum. Their MASE and RMSSE share one scale: the naive error of the
/// product's true demand over its whole life (see ``Metric/maseDemand``). A ``LoopRecorder`` that keeps no per-period data, so memory does not
/// grow with the horizon.
public struct ScoreCard: LoopRecorder, Hashable, Sendable, Codable {
    // One stored tally per phase rather than an array: the loop adds to one every period, and
    // a fixed field avoids the array's bounds and uniqueness checks there.
    public private(set) var introduction = Tally()
    public private(set) var growth = Tally()
    public private(set) var maturity = Tally()
    public private(set) var decline = Tally()
    /// Unit cost, to value stock.
    public let unitCost: Double
    /// The one-step changes of true demand over the periods with a forecast: the scale of the
    /// product's MASE and RMSSE.
    public private(set) var demandChanges = NaiveChanges()

    public init(unitCost: Double) {
        self.unitCost = unitCost
    }

    public mutating func record(_ period: PeriodRecord) {
        if period.forecast != nil { demandChanges.add(Double(period.demand)) }
        switch period.phase {
        case .introduction: introduction.add(period, unitCost: unitCost)
        case .growth: growth.add(period, unitCost: unitCost)
        case .maturity: maturity.add(period, unitCost: unitCost)
        case .decline: decline.add(period, unitCost: unitCost)
        }
    }

    /// The tally of `phase`, its forecast errors scaled by the product's whole-life scale.
    public func tally(for phase: LifecyclePhase) -> Tally {
        var tally: Tally
        switch phase {
        case .introduction: tally = introduction
        case .growth: tally = growth
        case .maturity: tally = maturity
        case .decline: tally = decline
        }
        if tally.forecastPeriods > 0 { tally.scaleDemandErrors(by: demandChanges.scale) }
        return tally
    }

    /// The whole life: the sum of the phases.
    public var total: Tally {
        var total = tally(for: .introduction)
        total.add(tally(for: .growth))
        total.add(tally(for: .maturity))
        total.add(tally(for: .decline))
        return total
    }
}
