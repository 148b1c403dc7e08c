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
            let levelText = ForecastQuestions.levelText(level)
            let atomText = ForecastQuestions.levelText((100 + level) / 2)
            nodes.append(HTMLPage.figure(coverageChart(level: level), caption:
                "Share of forecast periods whose realised demand fell inside the central \(levelText)% interval. Right of the "
                + "line the intervals are wider than their level says, left narrower. Where many periods sell nothing the "
                + "interval's lower end is 0, which those periods meet, so a well-calibrated \(levelText)% interval covers up to "
                + "\(atomText)%."))
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
                                     emphasised: label == best)
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
                                     emphasised: label == best)
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
}
