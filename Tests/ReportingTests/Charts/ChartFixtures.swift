import Foundation
@testable import Reporting

/// Tiny fixed datasets, one chart of each type, with every user-visible name built from
/// `name` so the escaping tests can plant markup in all of them.
enum ChartFixtures {
    static let hostileName = "<script>alert(\"x\")</script> & 'q'"

    /// Every chart type, keyed by the snapshot file's name.
    static func all(name: String = "jacket") -> [(String, any SVGChart)] {
        [("line", line(name: name)), ("dot-interval", dotInterval(name: name)), ("scatter", scatter(name: name)),
         ("heatmap", heatmap(name: name)), ("grouped-bar", groupedBar(name: name))]
    }

    /// Weekly labels from 2026-09-07, as the calendar would give them.
    static let weekLabel: @Sendable (Int) -> String = { period in
        let start = Date(timeIntervalSince1970: 1_788_739_200)  // 2026-09-07 00:00 UTC
        let day = start.addingTimeInterval(Double(period) * 7 * 86_400)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "d MMM"
        return formatter.string(from: day)
    }

    static func line(name: String) -> LineChart {
        let expected: [Double] = [2, 4, 7, 11, 15, 18, 20, 21, 21, 20, 18, 15, 12, 9, 6, 4]
        let realised: [Double] = [1, 5, 6, 13, 14, 22, 19, 35, 20, 21, 17, 14, 13, 8, 7, 3]
        let sales: [Double] = [1, 5, 6, 13, 14, 18, 12, 12, 20, 21, 17, 14, 13, 8, 7, 3]
        func points(_ values: [Double]) -> [ChartPoint] { values.enumerated().map { ChartPoint(x: Double($0), y: $1) } }
        return LineChart(
            title: "Demand of \(name)", subtitle: "expected, realised and sold units per week",
            description: "How \(name) sold over its life.",
            xAxis: .periods("week starting", steps: [1, 2, 4, 13], label: weekLabel), yAxis: .linear("demand", unit: "units", includesZero: true),
            series: [LineChart.Series(name: "expected (\(name))", points: points(expected)),
                     LineChart.Series(name: "realised", points: points(realised)),
                     LineChart.Series(name: "sold", points: points(sales), interpolation: .step)],
            bands: [LineChart.Band(name: "80% interval", points: expected.enumerated().map {
                BandPoint(x: Double($0), lower: $1 * 0.7, upper: $1 * 1.3 + 1) }, style: 0)],
            spans: [LineChart.Span(label: "introduction", start: 0, end: 3), LineChart.Span(label: "growth", start: 3, end: 6),
                    LineChart.Span(label: "maturity", start: 6, end: 11), LineChart.Span(label: "decline", start: 11, end: 15)],
            events: [LineChart.Event(x: 7, label: "viral spike", kind: "shock"),
                     LineChart.Event(x: 5, label: "\(name) promo −20%", kind: "promotion")],
            marks: [LineChart.Marks(name: "stockout", points: [ChartPoint(x: 6, y: 12), ChartPoint(x: 7, y: 12)], style: 1, marker: .cross)])
    }

    static func dotInterval(name: String) -> DotIntervalChart {
        DotIntervalChart(
            title: "Profit against the baseline", subtitle: "strategy − baseline, paired by replication",
            axis: .linear("Δ profit", unit: "EUR"),
            rows: [DotIntervalChart.Row(label: "ses × \(name)", estimate: 1250, interval: 980...1520),
                   DotIntervalChart.Row(label: "tsb × s-S", estimate: 310, interval: -120...740),
                   DotIntervalChart.Row(label: "naive × base-stock", estimate: 0, interval: nil, emphasised: true),
                   DotIntervalChart.Row(label: "croston × order-up-to", estimate: -640, interval: -900 ... -380)],
            reference: DotIntervalChart.Reference(value: 0, label: "no difference"))
    }

    static func scatter(name: String) -> ScatterChart {
        ScatterChart(
            title: "Service against inventory", subtitle: "means over replications",
            xAxis: .linear("average stock value", unit: "EUR"), yAxis: .linear("fill rate"),
            points: [ScatterChart.Point(label: "ses × \(name)", x: 4200, y: 0.962, highlighted: true),
                     ScatterChart.Point(label: "tsb × s-S", x: 2900, y: 0.915, highlighted: true),
                     ScatterChart.Point(label: "naive × base-stock", x: 5100, y: 0.951),
                     ScatterChart.Point(label: "croston × order-up-to", x: 1800, y: 0.842, highlighted: true),
                     ScatterChart.Point(label: "holt × min-max", x: 3600, y: 0.88)])
    }

    static func heatmap(name: String) -> Heatmap {
        Heatmap(
            title: "Profit by first buy and market size", subtitle: "mean profit of \(name)",
            columnAxis: .linear("first buy", unit: "units"), columns: ["400", "800", "1,200", "1,600"],
            rowAxis: .linear("market size", unit: "× plan"), rows: ["0.5", "1", "2 (\(name))"],
            values: [[1200, 800, -300, -1400], [1900, 3100, 2600, 1500], [2100, 4300, 6100, nil]],
            valueTitle: "profit", valueUnit: "EUR")
    }

    static func groupedBar(name: String) -> GroupedBarChart {
        GroupedBarChart(
            title: "Forecast accuracy by lifecycle phase", subtitle: "RMSSE, lower is better",
            categoryTitle: "lifecycle phase", categories: ["introduction", "growth", "maturity", "decline (\(name))"],
            valueAxis: .linear("RMSSE"),
            series: [GroupedBarChart.Series(name: "ses", values: [1.12, 0.84, 0.61, 0.73]),
                     GroupedBarChart.Series(name: "tsb (\(name))", values: [0.98, 0.9, 0.66, nil]),
                     GroupedBarChart.Series(name: "pooled", values: [0.81, 0.72, 0.58, 0.62],
                                            intervals: [0.7...0.92, 0.65...0.79, 0.55...0.61, 0.57...0.67])],
            decimals: 2)
    }
}
