import Backtest

extension BacktestReport.Recommendation.Reason {
    /// The reason code `summary.json` gives `decision`.
    init(_ decision: StrategyRecommendation) {
        switch decision {
        case .noStrategy: self = .noneNoStrategy
        case .everyStrategyLosesMoney: self = .noneEveryStrategyLosesMoney
        case .onlyStrategy: self = .onlyStrategy
        case .oneReplication: self = .noneOneReplication
        case .highestProfit: self = .highestProfit
        case .allTied: self = .noneAllTied
        case .highestProfitAmongTied: self = .highestProfitAmongTied
        case .tiedOnProfitUndominated: self = .tiedOnProfitUndominated
        }
    }
}

/// The plain sentences that explain a ``StrategyRecommendation`` (the first says what to pick,
/// or that nothing can be), with the figures of the strategies it names.
struct RecommendationWords {
    typealias Report = BacktestReport

    /// The ranked strategies in table order, as the decision indexes them.
    let ranked: [Report.RankedStrategy]
    /// Whether every strategy manages the whole catalogue (else only those were ranked).
    let everyStrategyRanked: Bool

    func why(_ decision: StrategyRecommendation) -> [String] {
        guard let top = ranked.first else { return ["No strategy was compared."] }
        let earning = Report.plusMinus(top.metrics[.profit])
        switch decision {
        case .noStrategy:
            return ["No strategy was compared."]
        case .everyStrategyLosesMoney:
            return [
                "No recommendation: every strategy loses money on average"
                    + (ranked.count == 1 ? "" : "; the smallest loss is \(top.name)'s") + ", \(earning) per replication.",
                "Revisit prices, costs or the policies compared before choosing one.",
            ]
        case .onlyStrategy:
            return ["Pick \(top.name), the only strategy compared\(everyStrategyRanked ? "" : " on the whole catalogue"): "
                    + "it earns \(earning) per replication."]
        case .oneReplication:
            return [
                "No recommendation: one replication gives no interval, so no difference can be told from noise; "
                    + "\(top.name) earned most in it (\(earning)).",
                "Run more replications (30 or more) before choosing.",
            ]
        case .highestProfit:
            let runnerUp = ranked[1]
            return ["Pick \(top.name): it earns the most, \(earning) per replication (95% interval), "
                    + "\(Report.lead(runnerUp)) more than the runner-up, \(runnerUp.name), replication by replication."]
                + paysForStock(top)
        case .allTied(_, let undominated):
            return allTied(undominated: undominated, earning: earning)
        case .highestProfitAmongTied(let tied, let moreServing):
            return highestAmongTied(tied, moreServing: moreServing, earning: earning)
        case .tiedOnProfitUndominated(let pick, let tied, let topDominator):
            return undominatedAmongTied(pick: pick, tied: tied, topDominator: topDominator)
        }
    }

    /// Rule 4: nothing, the choice is between service and stock.
    private func allTied(undominated: [Int], earning: String) -> [String] {
        let top = ranked[0]
        let choices = undominated.map { ranked[$0] }.map {
            "\($0.name) (fill rate \(percent(fillRate($0))), stock value \(money(stockValue($0))))"
        }
        return [
            "No recommendation on profit: the replications cannot tell any of the \(ranked.count) strategies apart "
                + "(\(top.name) is highest on the mean, \(earning)).",
            "On service and stock none beats " + choices.joined(separator: " or ")
                + " on both: choose by what matters more, or run more replications to separate them on profit.",
        ]
    }

    /// Rule 3 when the top earner is undominated among the tied.
    private func highestAmongTied(_ tied: [Int], moreServing: Int?, earning: String) -> [String] {
        let top = ranked[0]
        var why = ["Pick \(top.name): it has the highest mean profit, \(earning) per replication, and none of the strategies "
                   + "tied with it on profit beats it on both fill rate and stock.", tiedText(tied)]
        if let serving = moreServing.map({ ranked[$0] }) {
            why.append("If service matters more, \(serving.name) is as profitable within the noise with a fill rate of "
                       + "\(percent(fillRate(serving))) (against \(percent(fillRate(top)))) and a stock value of "
                       + "\(money(stockValue(serving))) (against \(money(stockValue(top)))).")
        }
        return why + paysForStock(top)
    }

    /// Rule 3 when another tied strategy is picked over the top earner.
    private func undominatedAmongTied(pick pickIndex: Int, tied: [Int], topDominator: Int?) -> [String] {
        let top = ranked[0], pick = ranked[pickIndex]
        var why = ["Pick \(pick.name): on profit the replications cannot tell it apart from \(top.name), the highest on the mean "
                   + "(\(pick.name) − \(top.name): \(Report.difference(pick)) per replication, 95% interval)."]
        if topDominator == pickIndex {
            why.append("\(pick.name) serves at least as much demand from the shelf (fill rate \(percent(fillRate(pick))) against "
                       + "\(percent(fillRate(top)))) with less stock (stock value \(money(stockValue(pick))) against "
                       + "\(money(stockValue(top)))): \(top.name) is dominated.")
        } else if let dominator = topDominator.map({ ranked[$0] }) {
            why.append("\(top.name) is dominated on service and stock by \(dominator.name) (fill rate \(percent(fillRate(dominator))) "
                       + "against \(percent(fillRate(top))), stock value \(money(stockValue(dominator))) against "
                       + "\(money(stockValue(top)))); \(pick.name) is the most profitable of the tied strategies that is not.")
        }
        if tied.count > 2 { why.append(tiedText(tied)) }
        return why + paysForStock(pick)
    }

    /// "3 strategies cannot be told apart on profit: …".
    private func tiedText(_ tied: [Int]) -> String {
        "\(tied.count) strategies cannot be told apart on profit: " + tied.map { ranked[$0].name }.joined(separator: ", ")
            + " (each one's paired difference from \(ranked[0].name) has a 95% interval containing 0)."
    }

    private func paysForStock(_ pick: Report.RankedStrategy) -> [String] {
        Report.paysForStock(pick, among: ranked).map { [$0] } ?? []
    }

    private func fillRate(_ strategy: Report.RankedStrategy) -> Double { Report.point(strategy).fillRate }
    private func stockValue(_ strategy: Report.RankedStrategy) -> Double { Report.point(strategy).stockValue }
    private func percent(_ share: Double) -> String { Report.percent(share) }
    private func money(_ value: Double) -> String { Report.money(value) }
}
