import Evaluation

/// Accuracy within groups of forecast periods: lifecycle phases (scenarios) and demand patterns
/// (every source).
extension EvaluationReport {
    /// A way of splitting the forecasts: its groups (scopes of `accuracy.csv`) and words.
    struct Grouping {
        var groups: [String]
        /// "lifecycle phase", "demand pattern".
        var noun: String
        /// Said under the bias chart.
        var biasNote: String = ""
        /// Whether the table marks the large biases of ``BiasWarning``.
        var marksBias = false
    }

    /// RMSSE and bias in each lifecycle phase; for a history, why there is none.
    var phaseSection: [MarkupNode] {
        var nodes: [MarkupNode] = [.html("h2", ["id": "phases"], [.text("Accuracy by lifecycle phase")])]
        guard !accuracy.phases.isEmpty else {
            nodes.append(.html("p", [:], [.text(
                "A sales history does not say which lifecycle phase each period was in, so there is no split by phase; the "
                    + "demand patterns below split it by how the products sell instead. Evaluate a scenario "
                    + "(sellthrough evaluate SCENARIO …) to score forecasters phase by phase.")]))
            return nodes
        }
        nodes.append(.html("p", [:], [.text(
            "Each forecast period is scored in the phase the product was in at that period (the simulator knows it). "
                + chartScope + " Phases missing here had no forecast period: the windows are "
                + (manifest.explicitOrigins ?? false ? "at the origins evaluated." : "the last periods of each series.")
                + (launchOrigins ? "" : " Origins counted from the launch (launch+K) score the first phases."))]))
        nodes += groupFigures(Grouping(groups: accuracy.phases, noun: "lifecycle phase", biasNote:
            " A forecaster that follows the level lags behind a trend: it under-forecasts growth and over-forecasts decline."))
        return nodes
    }

    /// RMSSE and bias by demand pattern at the window's cutoff.
    var patternSection: [MarkupNode] {
        let patterns = accuracy.patterns
        guard !patterns.isEmpty else { return [] }
        var nodes: [MarkupNode] = [.html("h2", ["id": "patterns"], [.text("Accuracy by demand pattern")])]
        nodes.append(.html("p", [:], [.text(
            "Each window is scored under the class of its series' sales before the cutoff (Syntetos, Boylan & Croston): "
                + "smooth sells most periods in steady amounts; erratic most periods in varying amounts; intermittent in "
                + "few periods, steady amounts; lumpy in few periods, varying amounts (cut-offs: a mean interval of 1.32 "
                + "periods between sales, a squared coefficient of variation of 0.49). Series-windows scored: "
                + windowCounts(patterns) + ". " + chartScope)]))
        nodes += groupFigures(Grouping(groups: patterns, noun: "demand pattern", marksBias: true))
        return nodes
    }

    /// "smooth 12, lumpy 18": the series-windows scored by RMSSE in each group (of the first
    /// forecaster in the table; every forecaster is scored on the same windows).
    func windowCounts(_ groups: [String]) -> String {
        groups.map { group in
            let windows = ranked.first.flatMap { accuracy.value(.windows, forecaster: $0, scope: group) } ?? 0
            return "\(group) \(ChartNumber.grouped(windows, decimals: 0))"
        }.joined(separator: ", ")
    }

    /// Which forecasters the grouped charts show.
    var chartScope: String {
        let shown = min(ranked.count, Self.groupChartForecasters)
        let which = best == nil ? "the first \(shown) forecasters given" : "the \(shown) best forecasters by overall RMSSE"
        return "Charts show " + (shown < ranked.count ? which : "every forecaster")
            + "; the table lists all."
    }

    /// RMSSE against realised (and true) demand and bias by group, then the table.
    func groupFigures(_ grouping: Grouping) -> [MarkupNode] {
        let shown = Array(ranked.prefix(Self.groupChartForecasters))
        var nodes = [HTMLPage.figure(groupChart(.rmsse, target: AccuracyReport.demandTarget, forecasters: shown, grouping: grouping),
                                     caption: "Mean RMSSE against realised demand in each \(grouping.noun); lower is better.")]
        if accuracy.rows.contains(where: { $0.target == AccuracyReport.truthTarget && grouping.groups.contains($0.scope) }) {
            nodes.append(HTMLPage.figure(groupChart(.rmsse, target: AccuracyReport.truthTarget, forecasters: shown, grouping: grouping),
                                         caption: "Mean RMSSE against the market's expected demand in each \(grouping.noun)."))
        }
        nodes.append(HTMLPage.figure(groupChart(.bias, target: AccuracyReport.demandTarget, forecasters: shown, grouping: grouping),
                                     caption: "Bias = Σ error / Σ demand in each \(grouping.noun): above 0 the forecaster "
                                        + "over-forecast (stock piles up), below 0 it under-forecast (shelves run empty)."
                                        + grouping.biasNote))
        nodes.append(groupTable(grouping).node)
        return nodes
    }

    func groupChart(_ metric: AccuracyMetric, target: String, forecasters: [String], grouping: Grouping) -> GroupedBarChart {
        let percent = metric == .bias
        let truth = target == AccuracyReport.truthTarget
        return GroupedBarChart(
            title: (percent ? "Bias" : "RMSSE") + (truth ? " against true demand" : "") + " by \(grouping.noun)",
            subtitle: "\(manifest.evaluatedSeries) series × \(manifest.windows) windows, horizon \(manifest.horizon)",
            categoryTitle: grouping.noun, categories: grouping.groups,
            valueAxis: percent ? .linear("bias", unit: "% of demand", includesZero: true)
                : .linear(truth ? "RMSSE against expected demand" : "RMSSE", includesZero: true),
            series: forecasters.enumerated().map { index, label in
                GroupedBarChart.Series(name: label, values: grouping.groups.map { group in
                    accuracy.value(metric, forecaster: label, target: target, scope: group).map { percent ? $0 * 100 : $0 }
                }, style: index)
            },
            decimals: percent ? 0 : 2, size: ChartSize(width: Self.chartWidth, height: 400))
    }

    /// RMSSE and bias of every forecaster in every group; a large bias (``BiasWarning``) in bold
    /// with a "!" when the grouping marks them.
    func groupTable(_ grouping: Grouping) -> HTMLTable {
        let header = ["forecaster"] + grouping.groups.flatMap { ["\($0) RMSSE", "\($0) bias"] }
        let large = Set(grouping.marksBias ? summary.biasWarnings.map { "\($0.forecaster)\u{0}\($0.pattern)" } : [])
        let rows = ranked.map { label in
            [HTMLTable.Cell(label)] + grouping.groups.flatMap { group -> [HTMLTable.Cell] in
                let bias = Self.figure(accuracy.value(.bias, forecaster: label, scope: group).map { $0 * 100 }, decimals: 1, suffix: "%")
                let flagged = large.contains("\(label)\u{0}\(group)")
                return [HTMLTable.Cell(Self.figure(accuracy.value(.rmsse, forecaster: label, scope: group), decimals: 3)),
                        flagged ? HTMLTable.Cell(bias + " !", strong: true, title: "large bias (beyond ±25%)") : HTMLTable.Cell(bias)]
            }
        }
        let note = large.isEmpty ? "" : "; ! = a large bias (see Warnings)"
        return HTMLTable(header: header, rows: rows, caption: "By \(grouping.noun), against realised demand, forecasters in rank order" + note)
    }

    /// A figure with `decimals`, or "–" when missing or undefined.
    static func figure(_ value: Double?, decimals: Int, suffix: String = "") -> String {
        guard let value, value.isFinite else { return "–" }
        return ChartNumber.fixed(value, decimals: decimals) + suffix
    }
}
