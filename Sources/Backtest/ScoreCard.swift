import Market

/// The tallies of one product under one strategy in one replication: the whole life and each
/// lifecycle phase. A ``LoopRecorder`` that keeps no per-period data, so memory does not grow
/// with the horizon.
public struct ScoreCard: LoopRecorder, Hashable, Sendable, Codable {
    /// Indexed like `LifecyclePhase.allCases`. Only phases are tallied per period; the total is
    /// their sum, which halves the work in the loop.
    public var phases = Array(repeating: Tally(), count: LifecyclePhase.allCases.count)
    /// Unit cost, to value stock.
    public let unitCost: Double

    public init(unitCost: Double) {
        self.unitCost = unitCost
    }

    public mutating func record(_ period: PeriodRecord) {
        phases[period.phase.index].add(period, unitCost: unitCost)
    }

    /// The whole life: the sum of the phases.
    public var total: Tally {
        var total = Tally()
        for phase in phases { total.add(phase) }
        return total
    }

    public func tally(for phase: LifecyclePhase) -> Tally {
        phases[phase.index]
    }
}

extension LifecyclePhase {
    /// Position in `allCases`.
    var index: Int {
        switch self {
        case .introduction: return 0
        case .growth: return 1
        case .maturity: return 2
        case .decline: return 3
        }
    }
}
