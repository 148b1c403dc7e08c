import Foundation
@testable import Reporting
import TestSupport

/// Report-sized charts on synthetic data (seed 2026): long daily series, many strategies, a
/// larger grid — to exercise layout beyond the tiny snapshot datasets in the browser gallery.
enum ChartDemoFixtures {
    static func all() -> [(String, any SVGChart)] {
        [("daily demand", dailyDemand()), ("stock", stock()), ("forecast", forecast()), ("comparison", comparison()),
         ("frontier", frontier()), ("sweep", sweep()), ("grid", grid()), ("accuracy", accuracy())]
    }

    static let dayLabel: @Sendable (Int) -> String = { period in
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "d MMM yy"
        return formatter.string(from: Date(timeIntervalSince1970: 1_788_739_200 + Double(period) * 86_400))
    }

    static func expected(_ day: Int) -> Double {
        let t = Double(day)
        let life = 60 * exp(-pow((t - 150) / 90, 2))
        return life * (1 + 0.25 * sin(2 * .pi * t / 7)) + (day >= 95 && day < 102 ? 40 : 0)
    }

    static func dailyDemand() -> LineChart {
        var generator = SplitMix64(seed: 2026)
        let days = 0..<400
        let realised = days.map { day in ChartPoint(x: Double(day), y: max(0, (expected(day) + Double.random(in: -1...1, using: &generator) * expected(day).squareRoot() * 2).rounded())) }
        return LineChart(
            title: "Daily demand, winter jacket (navy)", subtitle: "replication 1; expected demand with its 80% interval",
            xAxis: .periods("day", steps: [7, 14, 28, 91], label: dayLabel), yAxis: .linear("demand", unit: "units", includesZero: true),
            series: [LineChart.Series(name: "realised", points: realised, style: 1),
                     LineChart.Series(name: "expected", points: days.map { ChartPoint(x: Double($0), y: expected($0)) }, style: 0)],
            bands: [LineChart.Band(name: "80% interval of demand", points: days.map {
                BandPoint(x: Double($0), lower: max(0, expected($0) - 1.28 * expected($0).squareRoot()), upper: expected($0) + 1.28 * expected($0).squareRoot()) }, style: 0)],
            spans: [LineChart.Span(label: "introduction", start: 0, end: 40), LineChart.Span(label: "growth", start: 40, end: 120),
                    LineChart.Span(label: "maturity", start: 120, end: 200), LineChart.Span(label: "decline", start: 200, end: 399)],
            events: [LineChart.Event(x: 95, label: "viral spike ×2.5", kind: "shock"),
                     LineChart.Event(x: 81, label: "Black Friday −30%", kind: "promotion"),
                     LineChart.Event(x: 108, label: "Christmas −15%", kind: "promotion"),
                     LineChart.Event(x: 112, label: "competitor enters", kind: "shock"),
                     LineChart.Event(x: 250, label: "clearance −50%", kind: "promotion")],
            size: ChartSize(width: 940, height: 420))
    }

    static func stock() -> LineChart {
        var series: [LineChart.Series] = []
        var marks: [LineChart.Marks] = []
        for (index, (name, reorder, target)) in [("ses × (s,S)", 120.0, 400.0), ("tsb × order-up-to", 80.0, 260.0),
                                                  ("bass × newsvendor", 0.0, 900.0)].enumerated() {
            var onHand = target
            var points: [ChartPoint] = []
            var orders: [ChartPoint] = []
            var arrivals: [ChartPoint] = []
            var pipeline: [(due: Int, quantity: Double)] = []
            for day in 0..<150 {
                for arrival in pipeline where arrival.due == day {
                    onHand += arrival.quantity
                    arrivals.append(ChartPoint(x: Double(day), y: onHand))
                }
                pipeline.removeAll { $0.due <= day }
                onHand = max(0, onHand - expected(day) * 0.8)
                points.append(ChartPoint(x: Double(day), y: onHand))
                if reorder > 0 && onHand < reorder && pipeline.isEmpty {
                    pipeline.append((day + 9, target - onHand))
                    orders.append(ChartPoint(x: Double(day), y: onHand))
                }
            }
            series.append(LineChart.Series(name: name, points: points, interpolation: .step, style: index))
            if !orders.isEmpty {
                marks.append(LineChart.Marks(name: "orders (\(name))", points: orders, style: index, marker: .triangleDown))
                marks.append(LineChart.Marks(name: "arrivals (\(name))", points: arrivals, style: index, marker: .triangle, hollow: true))
            }
        }
        return LineChart(title: "Stock on hand", subtitle: "three strategies, replication 1", xAxis: .periods("day", steps: [7, 14, 28], label: dayLabel),
                         yAxis: .linear("on hand", unit: "units", includesZero: true), series: series, marks: marks,
                         size: ChartSize(width: 940, height: 400))
    }

    static func forecast() -> LineChart {
        let history = (150..<200).map { ChartPoint(x: Double($0), y: (expected($0) * 7).rounded() / 7) }
        let ahead = (199..<228).map { day -> (Int, Double) in (day, expected(day) * 0.95) }
        return LineChart(
            title: "Forecast against actual demand", subtitle: "SES from 18 Mar, 80% and 95% prediction intervals",
            xAxis: .periods("day", steps: [7, 14], label: dayLabel), yAxis: .linear("demand", unit: "units", includesZero: true),
            series: [LineChart.Series(name: "actual", points: history + (200..<228).map { ChartPoint(x: Double($0), y: expected($0)) }, style: 6),
                     LineChart.Series(name: "forecast (mean)", points: ahead.map { ChartPoint(x: Double($0.0), y: $0.1) }, style: 0)],
            bands: [LineChart.Band(name: "95% interval", points: ahead.map { BandPoint(x: Double($0.0), lower: $0.1 * 0.55, upper: $0.1 * 1.5) }),
                    LineChart.Band(name: "80% interval", points: ahead.map { BandPoint(x: Double($0.0), lower: $0.1 * 0.72, upper: $0.1 * 1.3) })],
            events: [LineChart.Event(x: 199, label: "forecast origin", kind: "origin")])
    }

    static let strategies = ["ses × weekly-order-up-to", "ses × s-S", "tsb × weekly-order-up-to", "tsb × s-S", "croston × base-stock",
                             "holt-winters × order-up-to (R=7, z=1.64)", "bass × newsvendor", "pooled × quantile-0.95",
                             "analog × newsvendor", "imapa × min-max", "naive × base-stock", "theta × order-up-to"]

    static func comparison() -> DotIntervalChart {
        var generator = SplitMix64(seed: 7)
        return DotIntervalChart(
            title: "Profit against the baseline", subtitle: "strategy − naive × base-stock, paired by replication (200)",
            axis: .linear("Δ profit", unit: "EUR"),
            rows: strategies.map { name in
                guard name != "naive × base-stock" else { return DotIntervalChart.Row(label: name, estimate: 0, emphasised: true) }
                let mean = Double.random(in: -3000...9000, using: &generator).rounded()
                let half = Double.random(in: 300...2500, using: &generator).rounded()
                return DotIntervalChart.Row(label: name, estimate: mean, interval: (mean - half)...(mean + half))
            },
            reference: DotIntervalChart.Reference(value: 0, label: "baseline"))
    }

    static func frontier() -> ScatterChart {
        var generator = SplitMix64(seed: 8)
        let points = strategies.map { name in
            ScatterChart.Point(label: name, x: Double.random(in: 1500...9000, using: &generator).rounded(),
                               y: Double.random(in: 0.78...0.99, using: &generator))
        }
        let efficient = points.map { point in
            !points.contains { $0.x <= point.x && $0.y >= point.y && ($0.x < point.x || $0.y > point.y) }
        }
        return ScatterChart(title: "Service against inventory", subtitle: "means over 200 replications",
                            xAxis: .linear("average stock value", unit: "EUR"), yAxis: .linear("fill rate"),
                            points: zip(points, efficient).map { point, efficient in
                                var point = point
                                point.highlighted = efficient
                                return point
                            })
    }

    static func sweep() -> LineChart {
        let buys = stride(from: 200.0, through: 2000, by: 100)
        return LineChart(title: "Profit and stockout probability against the first buy", subtitle: "means over 200 replications",
                         xAxis: .linear("first buy", unit: "units"), yAxis: .linear("profit", unit: "kEUR", includesZero: true),
                         series: [LineChart.Series(name: "mean profit", points: buys.map { ChartPoint(x: $0, y: 24 - pow(($0 - 1150) / 160, 2) * 0.9) })],
                         bands: [LineChart.Band(name: "95% interval", points: buys.map {
                             let mean = 24 - pow(($0 - 1150) / 160, 2) * 0.9
                             return BandPoint(x: $0, lower: mean - 2.5, upper: mean + 2.5) })])
    }

    static func grid() -> Heatmap {
        let sizes = ["0.25", "0.5", "0.75", "1", "1.5", "2"]
        let buys = ["300", "600", "900", "1,200", "1,500", "1,800", "2,100", "2,400"]
        return Heatmap(title: "Mean profit by market size and first buy", subtitle: "200 replications per cell",
                       columnAxis: .linear("first buy", unit: "units"), columns: buys, rowAxis: .linear("market size", unit: "× plan"),
                       rows: sizes, values: sizes.indices.map { row in
                           buys.indices.map { column in
                               let demand = Double(row + 1) * 400
                               let buy = Double(column + 1) * 300
                               return (row, column) == (5, 7) ? nil : 50 * min(demand, buy) - 22 * buy
                           }
                       }, valueTitle: "profit", valueUnit: "EUR")
    }

    static func accuracy() -> GroupedBarChart {
        let forecasters = ["naive", "ses", "tsb", "bass", "analog", "pooled"]
        var generator = SplitMix64(seed: 9)
        return GroupedBarChart(title: "Forecast accuracy by lifecycle phase", subtitle: "RMSSE on 6 windows; lower is better",
                               categoryTitle: "lifecycle phase", categories: ["introduction", "growth", "maturity", "decline"],
                               valueAxis: .linear("RMSSE"),
                               series: forecasters.map { name in
                                   GroupedBarChart.Series(name: name, values: (0..<4).map { _ in Double.random(in: 0.4...1.4, using: &generator) })
                               }, decimals: 2)
    }
}
