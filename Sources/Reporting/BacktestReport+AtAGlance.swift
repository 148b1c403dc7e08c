import Backtest

extension BacktestReport {
    /// The comparison in a few plain sentences, for the top of `report.html` and `summary.md`:
    /// what to pick and why (``Recommendation``), the spread of its profit over replications,
    /// how it does against the baseline, its service and stock, the strategies dominated on
    /// service and stock, and the strategy that buys more service. When nothing is recommended
    /// the top earner stands in. Strategies managing only part of the catalogue are left out
    /// when any other exists: their totals are not comparable.
    public var atAGlance: [String] {
        let comparable = comparableStrategies
        guard let subject = typicalStrategy else { return recommendation.why }
        var sentences = recommendation.why
        let named = "\(subject.name)'s"
        if replications > 1, let quantiles = subject.profitQuantiles, let p5 = quantiles.p5, let median = quantiles.median,
           let p95 = quantiles.value(0.95) {
            sentences.append("\(named) profit per replication ranges from \(Self.money(p5)) (5th percentile: one replication in "
                             + "twenty earns less) to \(Self.money(p95)) (95th), with a median of \(Self.money(median)).")
        }
        if subject.name == baseline {
            sentences.append("\(subject.name) is the baseline, which every other strategy is compared with.")
        } else if let difference = subject.versusBaseline[.profit] {
            let text = Self.plusMinus(mean: abs(difference.mean), bounds: difference.interval95)
            let clear = difference.interval95.map { $0.lowerBound > 0 || $0.upperBound < 0 } ?? false
            sentences.append(clear
                ? "\(subject.name) earns \(text) \(difference.mean >= 0 ? "more" : "less") than the baseline, \(baseline), replication by replication."
                : "Against the baseline, \(baseline), \(subject.name)'s difference (\(Self.plusMinus(mean: difference.mean, bounds: difference.interval95))) "
                    + "cannot be told from zero.")
        }
        let service = "fill rate is \(Self.percent(mean(subject, .fillRate))) and its average stock value "
            + Self.money(mean(subject, .averageStockValue))
        if subject.name != baseline, let base = strategies.first(where: { $0.name == baseline }) {
            sentences.append("\(subject.name)'s \(service) (baseline: \(Self.percent(mean(base, .fillRate))), "
                             + "\(Self.money(mean(base, .averageStockValue)))).")
        } else {
            sentences.append("\(subject.name)'s \(service).")
        }
        if let sentence = dominatedSentence { sentences.append(sentence) }
        // More service means at least a tenth of a percentage point, the precision shown.
        let serving = comparable.filter { $0.paretoEfficient && mean($0, .fillRate) >= mean(subject, .fillRate) + 0.001 }
            .max { mean($0, .fillRate) < mean($1, .fillRate) }
        if let serving {
            let gap = mean(subject, .profit) - mean(serving, .profit)
            sentences.append("For more service, \(serving.name) reaches a fill rate of \(Self.percent(mean(serving, .fillRate))) "
                             + "at an average stock value of \(Self.money(mean(serving, .averageStockValue))), "
                             + "earning \(Self.money(abs(gap))) \(gap >= 0 ? "less" : "more") on average.")
        } else {
            sentences.append("No strategy on the service–inventory frontier serves noticeably more demand from the shelf than \(subject.name).")
        }
        let partial = strategies.count - comparable.count
        if partial > 0 {
            sentences.append("\(partial) \(partial == 1 ? "strategy manages" : "strategies manage") only part of the catalogue "
                             + "(marked †) and \(partial == 1 ? "is" : "are") left out of these sentences.")
            if let sentence = bestPartialSentence { sentences.append(sentence) }
        }
        return sentences
    }

    /// The strategies another beats on both service and stock, each with the one that beats it:
    /// they are never the way to more service.
    var dominatedSentence: String? {
        let dominated = comparableStrategies.filter { $0.dominatedBy != nil }
        guard !dominated.isEmpty else { return nil }
        let listed = dominated.prefix(4).map { "\($0.name) (by \($0.dominatedBy ?? ""))" }
        let more = dominated.count > listed.count ? " and \(dominated.count - listed.count) more (marked in the table)" : ""
        return "Dominated on service and stock — another strategy has at least its fill rate with no more stock, better on "
            + "one — so never the way to more service: " + listed.joined(separator: "; ") + more + "."
    }

    /// The partial-catalogue strategy that gains most over the baseline on the products both
    /// manage (its difference there is fair even though its totals are not), in one sentence.
    var bestPartialSentence: String? {
        let paired = strategies.compactMap { strategy -> (RankedStrategy, Difference)? in
            guard strategy.managedProducts != nil, strategy.versusBaselineOnSharedProducts == true,
                  let difference = strategy.versusBaseline[.profit] else { return nil }
            return (strategy, difference)
        }
        guard let (strategy, difference) = paired.max(by: { $0.1.mean < $1.1.mean }) else { return nil }
        let text = Self.plusMinus(mean: abs(difference.mean), bounds: difference.interval95)
        let clear = difference.interval95.map { $0.lowerBound > 0 || $0.upperBound < 0 } ?? false
        // Policies that ignore the forecast give one result under every forecaster: say so once.
        let twins = paired.filter { $0.0.name != strategy.name && $0.1.mean == difference.mean }.count
        let name = strategy.name + (twins == 0 ? "" : " (and \(twins) more with the same result)")
        let lead = paired.count == 1 ? "On the products it manages, \(name)" : "Of those, on the products each manages, \(name) does best: it"
        guard clear else {
            return lead + " differs from the baseline by \(Self.plusMinus(mean: difference.mean, bounds: difference.interval95)), "
                + "which cannot be told from zero."
        }
        return lead + " earns \(text) \(difference.mean >= 0 ? "more" : "less") than the baseline does there, replication by replication."
    }

    /// "3,296,367 ± 24,318": the mean and the half-width of its (symmetric, Student t) 95%
    /// interval; the mean alone without an interval, "–" without a figure.
    static func plusMinus(_ figure: Figure?) -> String {
        guard let figure else { return "–" }
        return plusMinus(mean: figure.mean, bounds: figure.interval95)
    }

    static func plusMinus(mean: Double, bounds: ClosedRange<Double>?) -> String {
        let text = money(mean)
        guard let bounds else { return text }
        return text + " ± " + money((bounds.upperBound - bounds.lowerBound) / 2)
    }

    /// "89.7%", or "–" when undefined.
    static func percent(_ share: Double) -> String {
        share.isFinite ? ChartNumber.fixed(share * 100, decimals: 1) + "%" : "–"
    }
}
