import Calibration
import Evaluation

extension FidelityReport {
    static let panelSize = ChartSize(width: 464, height: 260)

    /// `fidelity.html`: the markdown's sections with the distributions and the panels drawn.
    public var html: String { page.rendered }

    var page: HTMLPage {
        let title = "\(scenario): fidelity of the calibration"
        var body: [MarkupNode] = [.html("h1", [:], [.text(title)]),
                                  HTMLPage.fileLinks([Self.markdownName, "fidelity.json", "fits.csv", "scenario.yaml"]),
                                  HTMLPage.facts(facts)]
        body.append(.html("h2", [:], [.text("The catalogue, real against simulated")]))
        body.append(HTMLTable(header: Self.statisticHeader, rows: statisticRows.map { $0.map { HTMLTable.Cell($0) } }).node)
        body.append(.html("p", ["class": "note"], [.text(Self.distanceNote)]))
        body += result.summary.statistics.map { HTMLPage.figure(distributionChart($0.statistic)) }
        body.append(.html("h2", [:], [.text("What the simulator cannot reproduce")]))
        let found = findings
        body.append(.html("ul", [:], (found.isEmpty ? ["In this comparison no statistic differs materially (" + Self.materialityRule + ")."] : found)
            .map { .html("li", [:], [.text($0)]) }))
        body.append(.html("p", [:], [.text("Limits of the market model, true of every calibration:")]))
        body.append(.html("ul", [:], Self.modelLimits.map { .html("li", [:], [.text($0)]) }))
        body += panelsSection
        body.append(.html("h2", [:], [.text("Products the band fits worst")]))
        body.append(HTMLTable(header: ["product", "periods in band", "fit", "notes"],
                              rows: worstRowsText.map { $0.map { HTMLTable.Cell($0) } }, textColumns: [0, 2, 3]).node)
        let noted = notedProducts
        body.append(.html("h2", [:], [.text("Fits that fell back or were warned (\(noted.count) of \(products.count))")]))
        body.append(noted.isEmpty ? .html("p", [:], [.text("None: every product was fitted from its own history.")])
            : HTMLTable(header: ["product", "notes"], rows: noted.map { [HTMLTable.Cell($0.id), HTMLTable.Cell($0.notes.joined(separator: "; "))] },
                        textColumns: [0, 1]).node)
        body.append(.html("p", ["class": "note"], [.text("Made by sellthrough \(version).")]))
        return HTMLPage(title: title, body: body)
    }

    /// Probabilities 0, 0.05, …, 1: the quantiles a strip chart row holds.
    static let stripProbabilities = (0...20).map { Double($0) / 20 }

    /// A statistic's distribution over real series and over simulated ones.
    func distributionChart(_ statistic: SeriesStatistic) -> QuantileStripChart {
        let real = SortedSample(result.real.compactMap { $0[statistic] })
        let simulated = SortedSample(result.simulated.flatMap { $0.compactMap { $0[statistic] } })
        let quantiles = { (sample: SortedSample) in Self.stripProbabilities.compactMap { sample.quantile($0) } }
        var subtitle = "no distance: too few values"
        if let comparison = result.summary.comparison(of: statistic), let d = comparison.ksStatistic {
            subtitle = "KS D \(Self.number(d)), p \(comparison.ksPValue.map(Self.pValue) ?? "-")"
                + (comparison.wassersteinOverIQR.map { ", W1/IQR \(Self.number($0))" } ?? "")
        }
        var chart = QuantileStripChart(
            title: Self.label(statistic).capitalisedFirst, subtitle: subtitle,
            description: "The distribution of the \(Self.label(statistic)) over the real products and over every simulated product and replication.",
            axis: .linear(Self.label(statistic)),
            rows: [QuantileStripChart.Row(label: "real (\(real.count))", quantiles: quantiles(real), emphasised: true),
                   QuantileStripChart.Row(label: "simulated (\(simulated.count))", quantiles: quantiles(simulated))],
            emphasisName: "real")
        chart.size = ChartSize(width: 720, height: chart.size.height)
        return chart
    }

    /// Small multiples of the shown products.
    var panelsSection: [MarkupNode] {
        let shown = shownIndices
        guard !shown.isEmpty else { return [] }
        return [
            .html("h2", [:], [.text("Products: the real series in the simulated band")]),
            .html("p", [:], [.text("\(shown.count) of \(products.count) products: the \((shownProducts + 1) / 2) largest sellers, then "
                + "those the band covers worst. Each panel: the simulated 10–90% band per period, its median, and the real series.")]),
            HTMLPage.figure(SeriesPanels(title: "Real sales against the simulated band",
                                         description: "One panel per product: the simulated band and median and the real series.",
                                         panels: shown.map(panel), columns: 2, panelSize: Self.panelSize)),
        ]
    }

    func panel(_ index: Int) -> LineChart {
        let band = result.bands[index]
        let points = { (values: [Double]) in values.enumerated().map { ChartPoint(x: Double($0.offset), y: $0.element) } }
        let ribbon = band.lower.indices.map { BandPoint(x: Double($0), lower: band.lower[$0], upper: band.upper[$0]) }
        let calendar = calendar
        let axis: ChartAxis = .periods(EvaluationReport.axisTitle(calendar.frequency), steps: EvaluationReport.axisSteps(calendar.frequency),
                                       label: { EvaluationReport.shortDate(calendar.datedDay(of: $0)) })
        let coverage = band.coverage.map { "\(Self.percent($0)) of periods in band" } ?? ""
        return LineChart(
            title: products[index].id, subtitle: coverage,
            description: "Units per period: the simulated 10–90% band, its median, and the real series.",
            xAxis: axis, yAxis: .linear("units", includesZero: true),
            series: [LineChart.Series(name: "real", points: points(result.realSeries[index]), style: 22, showsMarkers: false),
                     LineChart.Series(name: "simulated median", points: points(band.median), style: 0, showsMarkers: false)],
            bands: [LineChart.Band(name: "simulated 10–90%", points: ribbon, style: 0)],
            size: Self.panelSize)
    }
}
