import Evaluation

extension EvaluationReport {
    /// The page column's width, for every chart.
    static let chartWidth = 940.0

    /// RMSSE of every forecaster (against realised and, for simulated markets, true demand) and
    /// the coverage of the first interval level.
    var forecasterSection: [MarkupNode] {
        var nodes: [MarkupNode] = [.html("h2", ["id": "forecasters"], [.text("Accuracy by forecaster")])]
        nodes.append(HTMLPage.figure(rmsseChart(target: AccuracyReport.demandTarget), caption:
            "Mean RMSSE over series and windows against realised demand, best first. Left of the line at 1, a forecaster "
            + "beats the in-sample naive error of the same series."))
        if accuracy.rows.contains(where: { $0.target == AccuracyReport.truthTarget }) {
            nodes.append(HTMLPage.figure(rmsseChart(target: AccuracyReport.truthTarget), caption:
                "The same against the market's expected demand, which the simulator knows and no forecaster saw: how well "
                + "each found the signal under the noise."))
        }
        if let level = manifest.levels.first {
            nodes.append(HTMLPage.figure(coverageChart(level: level), caption:
                "Share of forecast periods whose realised demand fell inside the central \(ForecastQuestions.levelText(level))% "
                + "interval. Right of the line the intervals are too wide, left too narrow."))
        }
        return nodes
    }

    func rmsseChart(target: String) -> DotIntervalChart {
        let truth = target == AccuracyReport.truthTarget
        return wide(DotIntervalChart(
            title: truth ? "RMSSE against true demand" : "RMSSE by forecaster",
            subtitle: "\(manifest.evaluatedSeries) series × \(manifest.windows) windows, horizon \(manifest.horizon); lower is better",
            description: "Forecasters in rank order by RMSSE against realised demand.",
            axis: .linear(truth ? "RMSSE against expected demand" : "RMSSE", includesZero: true),
            rows: ranked.map { label in
                DotIntervalChart.Row(label: label, estimate: accuracy.value(.rmsse, forecaster: label, target: target) ?? .nan,
                                     emphasised: label == ranked.first)
            },
            reference: DotIntervalChart.Reference(value: 1, label: "in-sample naive"),
            estimateName: "mean RMSSE", emphasisName: "best by RMSSE", decimals: 3))
    }

    func coverageChart(level: Double) -> DotIntervalChart {
        let levelText = ForecastQuestions.levelText(level)
        return wide(DotIntervalChart(
            title: "Coverage of the \(levelText)% interval", subtitle: "nominal \(levelText)%; closer is better",
            description: "Forecasters in rank order by RMSSE.",
            axis: .linear("periods inside the interval", unit: "%"),
            rows: ranked.map { label in
                DotIntervalChart.Row(label: label, estimate: (accuracy.value(.coverage(level), forecaster: label) ?? .nan) * 100,
                                     emphasised: label == ranked.first)
            },
            reference: DotIntervalChart.Reference(value: level, label: "nominal \(levelText)%"),
            estimateName: "coverage", emphasisName: "best by RMSSE", decimals: 1))
    }

    /// `chart` as wide as the page's column.
    func wide(_ chart: DotIntervalChart) -> DotIntervalChart {
        var chart = chart
        chart.size = ChartSize(width: Self.chartWidth, height: chart.size.height)
        return chart
    }

    /// RMSSE and bias in each lifecycle phase; for a history, why there is none.
    var phaseSection: [MarkupNode] {
        var nodes: [MarkupNode] = [.html("h2", ["id": "phases"], [.text("Accuracy by lifecycle phase")])]
        let phases = accuracy.phases
        guard !phases.isEmpty else {
            nodes.append(.html("p", [:], [.text(
                "A sales history does not say which lifecycle phase each week was in, so accuracy is given for the whole "
                    + "history only. Evaluate a scenario (sellthrough evaluate SCENARIO …) to score forecasters phase by phase.")]))
            return nodes
        }
        let shown = Array(ranked.prefix(Self.phaseChartForecasters))
        let scopeText = shown.count < ranked.count ? "the \(shown.count) best forecasters by overall RMSSE" : "every forecaster"
        nodes.append(.html("p", [:], [.text(
            "Each forecast period is scored in the phase the product was in at that period (the simulator knows it). "
                + "Charts show \(scopeText); the table below lists all.")]))
        nodes.append(HTMLPage.figure(phaseChart(.rmsse, target: AccuracyReport.demandTarget, forecasters: shown, phases: phases),
                                     caption: "Mean RMSSE against realised demand in each phase; lower is better."))
        if accuracy.rows.contains(where: { $0.target == AccuracyReport.truthTarget }) {
            nodes.append(HTMLPage.figure(phaseChart(.rmsse, target: AccuracyReport.truthTarget, forecasters: shown, phases: phases),
                                         caption: "Mean RMSSE against the market's expected demand in each phase."))
        }
        nodes.append(HTMLPage.figure(phaseChart(.bias, target: AccuracyReport.demandTarget, forecasters: shown, phases: phases),
                                     caption: "Bias = Σ error / Σ demand in each phase: above 0 the forecaster over-forecast "
                                        + "(stock piles up), below 0 it under-forecast (shelves run empty). A forecaster that "
                                        + "follows the level lags behind a trend: it under-forecasts growth and over-forecasts decline."))
        nodes.append(.html("div", ["class": "table"], [phaseTable(phases).node]))
        return nodes
    }

    func phaseChart(_ metric: AccuracyMetric, target: String, forecasters: [String], phases: [String]) -> GroupedBarChart {
        let percent = metric == .bias
        let truth = target == AccuracyReport.truthTarget
        return GroupedBarChart(
            title: (percent ? "Bias" : "RMSSE") + (truth ? " against true demand" : "") + " by lifecycle phase",
            subtitle: "\(manifest.evaluatedSeries) series × \(manifest.windows) windows, horizon \(manifest.horizon)",
            categoryTitle: "lifecycle phase", categories: phases,
            valueAxis: percent ? .linear("bias", unit: "% of demand", includesZero: true)
                : .linear(truth ? "RMSSE against expected demand" : "RMSSE", includesZero: true),
            series: forecasters.enumerated().map { index, label in
                GroupedBarChart.Series(name: label, values: phases.map { phase in
                    accuracy.value(metric, forecaster: label, target: target, scope: phase).map { percent ? $0 * 100 : $0 }
                }, style: index)
            },
            decimals: percent ? 0 : 2, size: ChartSize(width: Self.chartWidth, height: 400))
    }

    /// RMSSE and bias of every forecaster in every phase.
    func phaseTable(_ phases: [String]) -> HTMLTable {
        let header = ["forecaster"] + phases.flatMap { ["\($0) RMSSE", "\($0) bias"] }
        let rows = ranked.map { label in
            [HTMLTable.Cell(label)] + phases.flatMap { phase -> [HTMLTable.Cell] in
                [HTMLTable.Cell(Self.figure(accuracy.value(.rmsse, forecaster: label, scope: phase), decimals: 3)),
                 HTMLTable.Cell(Self.figure(accuracy.value(.bias, forecaster: label, scope: phase).map { $0 * 100 }, decimals: 1, suffix: "%"))]
            }
        }
        return HTMLTable(header: header, rows: rows, caption: "Against realised demand, forecasters in rank order")
    }

    /// A figure with `decimals`, or "–" when missing or undefined.
    static func figure(_ value: Double?, decimals: Int, suffix: String = "") -> String {
        guard let value, value.isFinite else { return "–" }
        return ChartNumber.fixed(value, decimals: decimals) + suffix
    }
}
