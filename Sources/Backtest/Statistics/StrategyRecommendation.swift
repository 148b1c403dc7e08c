/// What to pick among a backtest's ranked strategies, or why nothing can be picked, by the
/// rules of docs/comparisons.md:
///
/// 1. nothing when no strategy makes money on average, or with one replication (no interval);
/// 2. the top strategy by mean profit when the replications tell it apart from every other
///    (its paired profit difference from each has a 95% interval excluding 0);
/// 3. otherwise, among the strategies that cannot be told apart from the top on profit, the
///    most profitable one that none of them dominates on service and stock (another has at
///    least its mean fill rate with no more mean stock value, better on one);
/// 4. nothing when every strategy is tied on profit and more than one of them is undominated:
///    the choice is then between service and stock, which the reader must make.
///
/// Strategies are named by their index in the ranked list the rules were given (table order,
/// the top earner at 0). The rules decide; the reports word the decision.
public enum StrategyRecommendation: Hashable, Sendable {
    /// No strategy was ranked.
    case noStrategy
    /// Even the top earner (0) loses money on average.
    case everyStrategyLosesMoney
    /// One strategy is ranked (0), and it makes money.
    case onlyStrategy
    /// One replication: no interval tells the top earner (0) from the others.
    case oneReplication
    /// The top earner (0) is told apart from every other; the runner-up is 1.
    case highestProfit
    /// Every ranked strategy is tied on profit (`tied`: all of them, ascending) and more than
    /// one of them (`undominated`, ascending) is on the service–stock frontier among them.
    case allTied(tied: [Int], undominated: [Int])
    /// The top earner (0) is tied on profit with others (`tied`, ascending, 0 first), none of
    /// which dominates it; `moreServing` is the tied strategy with the highest fill rate at
    /// least 0.001 above the top's, if any.
    case highestProfitAmongTied(tied: [Int], moreServing: Int?)
    /// `pick`, tied on profit with the top earner (0), is the most profitable of the tied
    /// strategies (`tied`, ascending, 0 first) that none of them dominates; `topDominator` is
    /// `pick` when it dominates the top, else the first tied strategy that does (nil if none).
    case tiedOnProfitUndominated(pick: Int, tied: [Int], topDominator: Int?)

    /// A ranked strategy as the rules see it.
    public struct Candidate: Hashable, Sendable {
        /// Mean profit per replication, in currency.
        public var profit: Double
        /// Mean fill rate and stock value.
        public var service: ServiceFrontier.Point
        /// Whether the 95% interval of its paired profit difference from the top contains 0
        /// (false for the top itself).
        public var tiedWithTop: Bool

        public init(profit: Double, service: ServiceFrontier.Point, tiedWithTop: Bool) {
            self.profit = profit
            self.service = service
            self.tiedWithTop = tiedWithTop
        }
    }

    /// The decision for `ranked` (table order, top earner first) over `replications`.
    public init(ranked: [Candidate], replications: Int) {
        guard let top = ranked.first else { self = .noStrategy; return }
        guard top.profit > 0 else { self = .everyStrategyLosesMoney; return }
        guard ranked.count > 1 else { self = .onlyStrategy; return }
        guard replications > 1 else { self = .oneReplication; return }
        let tied = [0] + ranked.indices.dropFirst().filter { ranked[$0].tiedWithTop }
        guard tied.count > 1 else { self = .highestProfit; return }
        let undominated = tied.filter { member in
            !tied.contains { ranked[$0].service.dominates(ranked[member].service) }
        }
        if tied.count == ranked.count && undominated.count > 1 {
            self = .allTied(tied: tied, undominated: undominated)
            return
        }
        // Undominated members exist (dominance is transitive over a finite set); the first is
        // the most profitable.
        let pick = undominated.first { ranked[$0].profit > 0 } ?? 0
        guard pick != 0 else {
            self = .highestProfitAmongTied(tied: tied, moreServing: Self.moreServing(than: top, among: tied.dropFirst(), ranked))
            return
        }
        let topDominator = ranked[pick].service.dominates(top.service)
            ? pick : tied.first { ranked[$0].service.dominates(top.service) }
        self = .tiedOnProfitUndominated(pick: pick, tied: tied, topDominator: topDominator)
    }

    /// The strategy to pick (an index into the ranked list), nil when nothing can be.
    public var pick: Int? {
        switch self {
        case .noStrategy, .everyStrategyLosesMoney, .oneReplication, .allTied: return nil
        case .onlyStrategy, .highestProfit, .highestProfitAmongTied: return 0
        case .tiedOnProfitUndominated(let pick, _, _): return pick
        }
    }

    /// The ranked strategies the replications cannot tell apart from the top on profit, the
    /// top first (empty when the rules stopped before comparing profits).
    public var tiedOnProfit: [Int] {
        switch self {
        case .noStrategy, .everyStrategyLosesMoney, .oneReplication: return []
        case .onlyStrategy, .highestProfit: return [0]
        case .allTied(let tied, _), .highestProfitAmongTied(let tied, _), .tiedOnProfitUndominated(_, let tied, _):
            return tied
        }
    }

    /// Among `others`, the one with the highest fill rate at least 0.001 above `top`'s (the
    /// first among equals).
    private static func moreServing(than top: Candidate, among others: ArraySlice<Int>, _ ranked: [Candidate]) -> Int? {
        others.filter { ranked[$0].service.fillRate >= top.service.fillRate + 0.001 }
            .max { ranked[$0].service.fillRate < ranked[$1].service.fillRate }
    }
}
