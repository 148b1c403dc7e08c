import Market

/// The tallies of one product under one strategy in one replication: the whole life and each
/// lifecycle phase. A ``LoopRecorder`` that keeps no per-period data, so memory does not grow
/// with the horizon.
public struct ScoreCard: LoopRecorder, Hashable, Sendable, Codable {
    public var total = Tally()
    /// Indexed like `LifecyclePhase.allCases`.
    public var phases = Array(repeating: Tally(), count: LifecyclePhase.allCases.count)
    /// Unit cost, to value stock.
    public let unitCost: Double

    public init(unitCost: Double) {
        self.unitCost = unitCost
    }

    public mutating func record(_ period: PeriodRecord) {
        total.add(period, unitCost: unitCost)
        phases[period.phase.index].add(period, unitCost: unitCost)
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
