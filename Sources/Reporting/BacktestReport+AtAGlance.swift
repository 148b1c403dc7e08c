import Backtest

extension BacktestReport {
    /// The comparison in a few plain sentences, for the top of `report.html` and `summary.md`:
    /// the best strategy by mean profit (or the strategies sharing the top rank), how it does
    /// against the baseline, its service and stock, and the strategy that buys more service.
    /// Strategies managing only part of the catalogue are left out when any other exists: their
    /// totals are not comparable.
    public var atAGlance: [String] {
        let whole = strategies.filter { $0.managedProducts == nil }
        let comparable = whole.isEmpty ? strategies : whole
        guard let best = comparable.first else { return [] }
        var sentences: [String] = []
        let top = comparable.filter { $0.rank == best.rank }
        if top.count > 1 {
            let profit = Self.plusMinus(best.metrics[Metric.profit.rawValue])
            let level = top.allSatisfy { mean($0, .profit) == mean(best, .profit) }
            sentences.append("\(top.count) strategies share the top rank by mean profit: "
                             + top.map(\.name).joined(separator: ", ") + ". The replications cannot tell their profits apart"
                             + (level ? " (each \(profit))." : "; \(best.name) is ahead on the mean, \(profit)."))
        } else {
            sentences.append("Best by mean profit: \(best.name), \(Self.plusMinus(best.metrics[Metric.profit.rawValue])) "
                             + "per replication (95% interval).")
        }
        if best.name == baseline {
            sentences.append("It is the baseline, which every other strategy is compared with.")
        } else if let difference = best.versusBaseline[Metric.profit.rawValue] {
            let text = Self.plusMinus(mean: abs(difference.mean), bounds: difference.ci95)
            let clear = difference.ci95.map { $0[0] > 0 || $0[1] < 0 } ?? false
            sentences.append(clear
                ? "That is \(text) \(difference.mean >= 0 ? "more" : "less") than the baseline, \(baseline), replication by replication."
                : "Against the baseline, \(baseline), the difference (\(Self.plusMinus(mean: difference.mean, bounds: difference.ci95))) "
                    + "cannot be told from zero.")
        }
        let service = "fill rate is \(Self.percent(mean(best, .fillRate))) and its average stock value "
            + ChartNumber.grouped(mean(best, .averageStockValue), decimals: 0)
        if best.name != baseline, let base = strategies.first(where: { $0.name == baseline }) {
            sentences.append("Its \(service) (baseline: \(Self.percent(mean(base, .fillRate))), "
                             + "\(ChartNumber.grouped(mean(base, .averageStockValue), decimals: 0))).")
        } else {
            sentences.append("Its \(service).")
        }
        // More service means at least a tenth of a percentage point, the precision shown.
        let serving = comparable.filter { $0.paretoEfficient && mean($0, .fillRate) >= mean(best, .fillRate) + 0.001 }
            .max { mean($0, .fillRate) < mean($1, .fillRate) }
        if let serving {
            let gap = mean(best, .profit) - mean(serving, .profit)
            sentences.append("For more service, \(serving.name) reaches a fill rate of \(Self.percent(mean(serving, .fillRate))) "
                             + "at an average stock value of \(ChartNumber.grouped(mean(serving, .averageStockValue), decimals: 0)), "
                             + "earning \(ChartNumber.grouped(gap, decimals: 0)) less on average.")
        } else {
            sentences.append("No strategy on the service–inventory frontier serves noticeably more demand from the shelf.")
        }
        let partial = strategies.count - whole.count
        if !whole.isEmpty && partial > 0 {
            sentences.append("\(partial) \(partial == 1 ? "strategy manages" : "strategies manage") only part of the catalogue "
                             + "(marked †) and \(partial == 1 ? "is" : "are") left out of these sentences.")
            if let sentence = bestPartialSentence { sentences.append(sentence) }
        }
        return sentences
    }

    /// The partial-catalogue strategy that gains most over the baseline on the products both
    /// manage (its difference there is fair even though its totals are not), in one sentence.
    var bestPartialSentence: String? {
        let paired = strategies.compactMap { strategy -> (RankedStrategy, Difference)? in
            guard strategy.managedProducts != nil, strategy.versusBaselineOnSharedProducts == true,
                  let difference = strategy.versusBaseline[Metric.profit.rawValue] else { return nil }
            return (strategy, difference)
        }
        guard let (strategy, difference) = paired.max(by: { $0.1.mean < $1.1.mean }) else { return nil }
        let text = Self.plusMinus(mean: abs(difference.mean), bounds: difference.ci95)
        let clear = difference.ci95.map { $0[0] > 0 || $0[1] < 0 } ?? false
        // Policies that ignore the forecast give one result under every forecaster: say so once.
        let twins = paired.filter { $0.0.name != strategy.name && $0.1.mean == difference.mean }.count
        let name = strategy.name + (twins == 0 ? "" : " (and \(twins) more with the same result)")
        let lead = paired.count == 1 ? "On the products it manages, \(name)" : "Of those, on the products each manages, \(name) does best: it"
        guard clear else {
            return lead + " differs from the baseline by \(Self.plusMinus(mean: difference.mean, bounds: difference.ci95)), "
                + "which cannot be told from zero."
        }
        return lead + " earns \(text) \(difference.mean >= 0 ? "more" : "less") than the baseline does there, replication by replication."
    }

    /// "3,296,367 ± 24,318": the mean and the half-width of its (symmetric, Student t) 95%
    /// interval; the mean alone without an interval, "–" without a figure.
    static func plusMinus(_ figure: Figure?) -> String {
        guard let figure else { return "–" }
        return plusMinus(mean: figure.mean, bounds: figure.ci95)
    }

    static func plusMinus(mean: Double, bounds: [Double]?) -> String {
        let text = ChartNumber.grouped(mean, decimals: 0)
        guard let bounds, bounds.count == 2 else { return text }
        return text + " ± " + ChartNumber.grouped((bounds[1] - bounds[0]) / 2, decimals: 0)
    }

    /// "89.7%", or "–" when undefined.
    static func percent(_ share: Double) -> String {
        share.isFinite ? ChartNumber.fixed(share * 100, decimals: 1) + "%" : "–"
    }
}
