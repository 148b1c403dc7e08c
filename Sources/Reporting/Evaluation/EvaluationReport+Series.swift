import Evaluation

/// Forecast against actual sales for a few series: one small panel each.
extension EvaluationReport {
    static let panelSize = ChartSize(width: 464, height: 300)

    /// The forecasters drawn in the panels, with their roles: the best (or, without a ranking,
    /// the first) with its interval, and the reference when it is another, else the runner-up.
    var panelForecasters: [(label: String, role: String)] {
        guard let first = best ?? manifest.forecasters.first else { return [] }
        var drawn = [(first, best == nil ? "the first forecaster; none is ranked" : "the best by RMSSE")]
        if let reference, reference != first {
            drawn.append((reference, "the reference, dotted"))
        } else if let second = summary.lines.first(where: { $0.rank == 2 })?.forecaster {
            drawn.append((second, "the runner-up, dotted"))
        }
        return drawn
    }

    var seriesSection: [MarkupNode] {
        guard !shown.isEmpty else { return [] }
        let drawn = panelForecasters
        let chosen = manifest.shownChosen ?? false
        let how = chosen
            ? "The \(shown.count) series chosen when the evaluation was run."
            : "\(shown.count) of \(ChartNumber.grouped(Double(manifest.evaluatedSeries), decimals: 0)) evaluated series, sampled "
                + "deterministically: the series ranked by units sold in their scored windows, taken at evenly spaced ranks from "
                + "the best seller to the slowest (others can be named when evaluating)."
        let level = manifest.levels.first.map { ForecastQuestions.levelText($0) + "% interval" }
        let who = drawn.enumerated().map { index, item in
            "\(item.label) (\(item.role)" + (index == 0 ? level.map { ", with its \($0)" } ?? "" : "") + ")"
        }
        return [
            .html("h2", ["id": "series"], [.text("Forecasts against actual sales")]),
            .html("p", [:], [.text(how + " Each panel shows the units sold (black) around the windows, each window's origin "
                + "(a dashed rule) and the forecasts made there by " + who.joined(separator: " and ") + "."
                + (shown.contains { $0.phases != nil } ? " Shading marks the lifecycle phases." : ""))]),
            HTMLPage.figure(SeriesPanels(
                title: "Forecasts against actual sales", description: how, panels: shown.map { panel($0, forecasters: drawn.map(\.label)) },
                columns: 2, panelSize: Self.panelSize)),
        ]
    }

    /// One series' panel: sales around its windows, the drawn forecasters' paths, its origins.
    func panel(_ item: ShownSeries, forecasters: [String]) -> LineChart {
        let horizon = item.windows.first?.paths.first?.mean.count ?? manifest.horizon
        let first = max(0, (item.windows.map(\.cutoff).min() ?? 0) - 4 * horizon)
        let last = min(item.sales.count, (item.windows.map(\.cutoff).max() ?? item.sales.count) + 2 * horizon)
        let sold = (first..<last).map { ChartPoint(x: Double($0), y: item.sales[$0]) }
        // Style 22 is the palette's black with a solid line (style 6 is black but dotted).
        var series = [LineChart.Series(name: "sold", points: sold, style: 22)]
        var bands: [LineChart.Band] = []
        for (index, label) in forecasters.enumerated() {
            var points: [ChartPoint] = []
            var band: [BandPoint] = []
            for window in item.windows {
                guard let path = window.paths.first(where: { $0.forecaster == label }) else { continue }
                for step in path.mean.indices {
                    let x = Double(window.cutoff + step)
                    points.append(ChartPoint(x: x, y: path.mean[step]))
                    band.append(BandPoint(x: x, lower: path.lower[step], upper: path.upper[step]))
                }
                points.append(ChartPoint(x: .nan, y: .nan))
                band.append(BandPoint(x: .nan, lower: .nan, upper: .nan))
            }
            series.append(LineChart.Series(name: label, points: points, style: index == 0 ? 0 : 9, showsMarkers: false))
            if index == 0, let level = manifest.levels.first, band.contains(where: { $0.lower.isFinite }) {
                bands.append(LineChart.Band(name: "\(ForecastQuestions.levelText(level))% interval", points: band, style: 0))
            }
        }
        let spans = item.phases.map { phases in
            Self.runs(phases, in: first..<last).map { LineChart.Span(label: $0.label, start: Double($0.start), end: Double($0.end)) }
        } ?? []
        let calendar = item.calendar
        let axis: ChartAxis = .periods(Self.axisTitle(calendar.frequency), steps: Self.axisSteps(calendar.frequency),
                                       label: { Self.shortDate(calendar.datedDay(of: $0)) })
        return LineChart(
            title: item.id, subtitle: item.windows.map(\.origin).joined(separator: ", "),
            description: "Units sold per period and the forecasts made at each origin.",
            xAxis: axis, yAxis: .linear("units", includesZero: true), series: series, bands: bands, spans: spans,
            events: item.windows.map { LineChart.Event(x: Double($0.cutoff), label: $0.origin, kind: "origin") },
            size: Self.panelSize)
    }

    /// Runs of equal labels within `range`: (label, first index, end index exclusive).
    static func runs(_ labels: [String], in range: Range<Int>) -> [(label: String, start: Int, end: Int)] {
        var runs: [(label: String, start: Int, end: Int)] = []
        for index in range where index < labels.count {
            if let last = runs.last, last.label == labels[index], last.end == index {
                runs[runs.count - 1].end = index + 1
            } else {
                runs.append((labels[index], index, index + 1))
            }
        }
        return runs
    }

    /// What a period of the x axis is.
    static func axisTitle(_ frequency: SeriesFrequency) -> String {
        frequency == .weekly ? "week starting" : frequency.periodName
    }

    /// Periods between the x axis's ticks, to choose from: a week to a quarter of days, a
    /// month to a year of weeks, a quarter to two years of months, half a year to two years of
    /// quarters.
    static func axisSteps(_ frequency: SeriesFrequency) -> [Int] {
        switch frequency {
        case .daily: return [7, 14, 28, 56, 91]
        case .weekly: return [4, 8, 13, 26, 52]
        case .monthly: return [3, 6, 12, 24]
        case .quarterly: return [2, 4, 8]
        }
    }

    /// "7 Sep 26".
    static func shortDate(_ day: Int) -> String {
        let parts = CivilDay.text(day).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return CivilDay.text(day) }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let year = ((parts[0] % 100) + 100) % 100
        return "\(parts[2]) \(months[(parts[1] - 1 + 12) % 12]) \(year < 10 ? "0" : "")\(year)"
    }
}
