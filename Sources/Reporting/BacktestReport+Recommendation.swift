import Backtest

extension BacktestReport {
    /// What to pick and why, or why nothing can be picked — decided among the ranked strategies
    /// (those managing the whole catalogue, or all when none does) by the rules of
    /// docs/comparisons.md:
    ///
    /// 1. nothing when no strategy makes money on average, or with one replication (no interval);
    /// 2. the top strategy by mean profit when the replications tell it apart from every other
    ///    (its paired profit difference from each has a 95% interval excluding 0);
    /// 3. otherwise, among the strategies that cannot be told apart from the top on profit, the
    ///    most profitable one that none of them dominates on service and stock (another has at
    ///    least its mean fill rate with no more mean stock value, better on one);
    /// 4. nothing when every strategy is tied on profit and more than one of them is undominated:
    ///    the choice is then between service and stock, which the reader must make.
    public struct Recommendation: Codable, Sendable, Equatable {
        /// Which rule decided.
        public enum Reason: String, Codable, Sendable {
            /// The top earner, told apart from every other.
            case highestProfit = "highest_profit"
            /// The only ranked strategy.
            case onlyStrategy = "only_strategy"
            /// Tied on profit with others, none of which beats it on service and stock.
            case highestProfitAmongTied = "highest_profit_among_tied"
            /// Tied on profit with the top earner, which is dominated on service and stock.
            case tiedOnProfitUndominated = "tied_on_profit_undominated"
            case noneEveryStrategyLosesMoney = "none_every_strategy_loses_money"
            case noneAllTied = "none_all_tied"
            case noneOneReplication = "none_one_replication"
            case noneNoStrategy = "none_no_strategy"
        }

        /// The strategy to pick; absent when nothing can be recommended.
        public var strategy: String?
        public var reason: Reason
        /// The ranked strategies the replications cannot tell apart from the top one on profit,
        /// the top one first.
        public var tiedOnProfit: [String]
        /// Why, in plain sentences (the first says what to pick, or that nothing can be).
        public var why: [String]

        enum CodingKeys: String, CodingKey {
            case strategy, reason, why
            case tiedOnProfit = "tied_on_profit"
        }
    }

    /// The strategy whose typical replication the report's product charts follow: the
    /// recommended one, or else the top earner.
    public var typicalStrategy: RankedStrategy? {
        let ranked = comparableStrategies
        return ranked.first { $0.name == recommendation.strategy } ?? ranked.first
    }

    /// The replication of median profit of ``typicalStrategy`` (the lower middle one for an even
    /// number of replications), numbered from 0; nil without quantiles.
    public var typicalReplication: Int? {
        typicalStrategy?.profitQuantiles?.point(0.5)?.replication
    }

    /// The recommendation for `strategies` in table order (ranked first).
    static func recommend(_ strategies: [RankedStrategy], replications: Int) -> Recommendation {
        let ranked = strategies.filter { $0.rank != nil }
        func profit(_ s: RankedStrategy) -> Double { s.metrics[.profit]?.mean ?? 0 }
        func point(_ s: RankedStrategy) -> ServiceFrontier.Point {
            ServiceFrontier.Point(fillRate: s.metrics[.fillRate]?.mean ?? 0, stockValue: s.metrics[.averageStockValue]?.mean ?? 0)
        }
        guard let top = ranked.first else {
            return Recommendation(strategy: nil, reason: .noneNoStrategy, tiedOnProfit: [], why: ["No strategy was compared."])
        }
        let earning = plusMinus(top.metrics[.profit])
        guard profit(top) > 0 else {
            return Recommendation(strategy: nil, reason: .noneEveryStrategyLosesMoney, tiedOnProfit: [], why: [
                "No recommendation: every strategy loses money on average"
                    + (ranked.count == 1 ? "" : "; the smallest loss is \(top.name)'s") + ", \(earning) per replication.",
                "Revisit prices, costs or the policies compared before choosing one.",
            ])
        }
        guard ranked.count > 1 else {
            return Recommendation(strategy: top.name, reason: .onlyStrategy, tiedOnProfit: [top.name], why: [
                "Pick \(top.name), the only strategy compared\(ranked.count < strategies.count ? " on the whole catalogue" : ""): "
                    + "it earns \(earning) per replication.",
            ])
        }
        guard replications > 1 else {
            return Recommendation(strategy: nil, reason: .noneOneReplication, tiedOnProfit: [], why: [
                "No recommendation: one replication gives no interval, so no difference can be told from noise; "
                    + "\(top.name) earned most in it (\(earning)).",
                "Run more replications (30 or more) before choosing.",
            ])
        }
        let tied = [top] + ranked.dropFirst().filter { $0.versusTop?.containsZero ?? false }
        guard tied.count > 1 else {
            let runnerUp = ranked[1]
            var why = ["Pick \(top.name): it earns the most, \(earning) per replication (95% interval), "
                       + "\(lead(runnerUp)) more than the runner-up, \(runnerUp.name), replication by replication."]
            if let sentence = paysForStock(top, among: ranked) { why.append(sentence) }
            return Recommendation(strategy: top.name, reason: .highestProfit, tiedOnProfit: [top.name], why: why)
        }
        let names = tied.map(\.name)
        let undominated = tied.filter { member in !tied.contains { point($0).dominates(point(member)) } }
        let tiedText = "\(tied.count) strategies cannot be told apart on profit: " + names.joined(separator: ", ")
            + " (each one's paired difference from \(top.name) has a 95% interval containing 0)."
        if tied.count == ranked.count && undominated.count > 1 {
            let choices = undominated.map { "\($0.name) (fill rate \(percent(point($0).fillRate)), stock value \(money(point($0).stockValue)))" }
            return Recommendation(strategy: nil, reason: .noneAllTied, tiedOnProfit: names, why: [
                "No recommendation on profit: the replications cannot tell any of the \(ranked.count) strategies apart "
                    + "(\(top.name) is highest on the mean, \(earning)).",
                "On service and stock none beats " + choices.joined(separator: " or ")
                    + " on both: choose by what matters more, or run more replications to separate them on profit.",
            ])
        }
        // Undominated members exist (dominance is transitive over a finite set); the first is the most profitable.
        let pick = undominated.first { profit($0) > 0 } ?? top
        if pick.name == top.name {
            var why = ["Pick \(top.name): it has the highest mean profit, \(earning) per replication, and none of the strategies "
                       + "tied with it on profit beats it on both fill rate and stock.", tiedText]
            let serving = tied.dropFirst().filter { point($0).fillRate >= point(top).fillRate + 0.001 }.max { point($0).fillRate < point($1).fillRate }
            if let serving {
                why.append("If service matters more, \(serving.name) is as profitable within the noise with a fill rate of "
                           + "\(percent(point(serving).fillRate)) (against \(percent(point(top).fillRate))) and a stock value of "
                           + "\(money(point(serving).stockValue)) (against \(money(point(top).stockValue))).")
            }
            if let sentence = paysForStock(top, among: ranked) { why.append(sentence) }
            return Recommendation(strategy: top.name, reason: .highestProfitAmongTied, tiedOnProfit: names, why: why)
        }
        var why = ["Pick \(pick.name): on profit the replications cannot tell it apart from \(top.name), the highest on the mean "
                   + "(\(pick.name) − \(top.name): \(difference(pick)) per replication, 95% interval)."]
        if point(pick).dominates(point(top)) {
            why.append("\(pick.name) serves at least as much demand from the shelf (fill rate \(percent(point(pick).fillRate)) against "
                       + "\(percent(point(top).fillRate))) with less stock (stock value \(money(point(pick).stockValue)) against "
                       + "\(money(point(top).stockValue))): \(top.name) is dominated.")
        } else if let dominator = tied.first(where: { point($0).dominates(point(top)) }) {
            why.append("\(top.name) is dominated on service and stock by \(dominator.name) (fill rate \(percent(point(dominator).fillRate)) "
                       + "against \(percent(point(top).fillRate)), stock value \(money(point(dominator).stockValue)) against "
                       + "\(money(point(top).stockValue))); \(pick.name) is the most profitable of the tied strategies that is not.")
        }
        if tied.count > 2 { why.append(tiedText) }
        if let sentence = paysForStock(pick, among: ranked) { why.append(sentence) }
        return Recommendation(strategy: pick.name, reason: .tiedOnProfitUndominated, tiedOnProfit: names, why: why)
    }

    /// For a pick dominated on service and stock by a strategy that earns less: that the extra
    /// stock pays for itself (nil when the pick is not dominated).
    static func paysForStock(_ pick: RankedStrategy, among ranked: [RankedStrategy]) -> String? {
        guard let name = pick.dominatedBy, let other = ranked.first(where: { $0.name == name }) else { return nil }
        let metric = { (s: RankedStrategy, m: Metric) in s.metrics[m]?.mean ?? 0 }
        let gap = pick.versusTop == nil ? lead(other) : money(metric(pick, .profit) - metric(other, .profit))
        return "\(other.name) has at least its fill rate (\(percent(metric(other, .fillRate))) against "
            + "\(percent(metric(pick, .fillRate)))) with no more stock (stock value \(money(metric(other, .averageStockValue))) "
            + "against \(money(metric(pick, .averageStockValue)))) but earns \(gap) less on average: \(pick.name)'s extra "
            + "stock pays for itself."
    }

    /// How much the top earns more than `other`, replication by replication: "310 ± 180".
    static func lead(_ other: RankedStrategy) -> String {
        guard let gap = other.versusTop else { return "–" }
        return plusMinus(mean: -gap.mean, bounds: gap.interval95.map { -$0.upperBound ... -$0.lowerBound })
    }

    /// `strategy` − top: "−20 ± 45".
    static func difference(_ strategy: RankedStrategy) -> String {
        guard let gap = strategy.versusTop else { return "–" }
        return plusMinus(mean: gap.mean, bounds: gap.interval95)
    }

    static func money(_ value: Double) -> String { ChartNumber.grouped(value, decimals: 0) }
}
