import Market

/// The tallies of one product under one strategy in one replication, by lifecycle phase; the
/// whole life is their sum. A ``LoopRecorder`` that keeps no per-period data, so memory does not
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

    public init(unitCost: Double) {
        self.unitCost = unitCost
    }

    public mutating func record(_ period: PeriodRecord) {
        switch period.phase {
        case .introduction: introduction.add(period, unitCost: unitCost)
        case .growth: growth.add(period, unitCost: unitCost)
        case .maturity: maturity.add(period, unitCost: unitCost)
        case .decline: decline.add(period, unitCost: unitCost)
        }
    }

    public func tally(for phase: LifecyclePhase) -> Tally {
        switch phase {
        case .introduction: return introduction
        case .growth: return growth
        case .maturity: return maturity
        case .decline: return decline
        }
    }

    /// The whole life: the sum of the phases.
    public var total: Tally {
        var total = introduction
        total.add(growth)
        total.add(maturity)
        total.add(decline)
        return total
    }
}
