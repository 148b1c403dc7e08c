/// The three charts of one product in a report, over its live periods in the shown
/// replication: demand (expected, realised, sold, with phases and events), stock on hand of the
/// shown strategies with their orders and arrivals, and the forecast with its 80% interval
/// against realised demand.
struct ProductCharts {
    let product: ProductTrace
    let calendar: ReportCalendar?
    /// The strategies drawn, with why (best first); only those that manage the product.
    let shown: [(trace: StrategyTrace, role: String)]
    /// The replication shown (numbered from 0) and the run's replications, for the subtitles.
    let replication: Int
    let replications: Int

    /// At most this many order (and arrival) marks per strategy; a strategy that orders more
    /// often is drawn without them (its line shows the orders as steps).
    static let markLimit = 60
    static let size = ChartSize(width: 940, height: 380)

    var xAxis: ChartAxis { calendar?.axis ?? .periods("period") }
    var perPeriod: String { "units per \(calendar?.unit ?? "period")" }
    var replicationText: String { "replication \(replication) (of 0–\(replications - 1))" }

    static func points(_ trace: StrategyTrace, _ values: [Int]) -> [ChartPoint] {
        values.enumerated().map { ChartPoint(x: Double(trace.period($0.offset)), y: Double($0.element)) }
    }

    static func points(_ trace: StrategyTrace, _ values: [Double]) -> [ChartPoint] {
        values.enumerated().map { ChartPoint(x: Double(trace.period($0.offset)), y: $0.element) }
    }

    var events: [LineChart.Event] {
        product.events.map { LineChart.Event(x: Double($0.first), label: $0.name, kind: $0.kind) }
    }

    /// Expected and realised demand, and the best strategy's sales; for a history-driven
    /// product, its recorded sales (warm-up included), the demand estimated from them, and the
    /// best strategy's sales.
    func demand(_ best: StrategyTrace, role: String) -> LineChart {
        if let recorded = product.recordedSales { return recordedDemand(best, role: role, recorded: recorded) }
        return LineChart(
            title: "Demand and sales: \(product.displayName)",
            subtitle: "\(replicationText); sales under \(best.strategy) (\(role))",
            description: "Expected demand is the market's mean; realised demand is what customers wanted; sales fall short "
                + "of it when the shelf was empty.",
            xAxis: xAxis, yAxis: .linear("demand", unit: perPeriod, includesZero: true),
            series: [LineChart.Series(name: "expected demand", points: Self.points(best, best.expected), style: 0),
                     LineChart.Series(name: "realised demand", points: Self.points(best, best.demand), style: 1),
                     LineChart.Series(name: "sold (\(best.strategy))", points: Self.points(best, best.sold), style: 2)],
            spans: best.phases.map { LineChart.Span(label: $0.phase, start: Double($0.first), end: Double($0.end)) },
            events: events, marks: lostMarks(best), size: Self.size)
    }

    func recordedDemand(_ best: StrategyTrace, role: String, recorded: [Int]) -> LineChart {
        let history = recorded.enumerated().map { ChartPoint(x: Double(product.liveStart + $0.offset), y: Double($0.element)) }
        return LineChart(
            title: "Recorded sales and replayed demand: \(product.displayName)",
            subtitle: "\(replicationText); sales under \(best.strategy) (\(role))",
            description: "Recorded sales are the history's (the warm-up included); estimated demand is what the replay "
                + "serves: the sales, unconstrained where the shelf was recorded empty. The strategy's sales fall short "
                + "of it when its own shelf was empty.",
            xAxis: xAxis, yAxis: .linear("demand", unit: perPeriod, includesZero: true),
            series: [LineChart.Series(name: "recorded sales", points: history, style: 1),
                     LineChart.Series(name: "estimated demand", points: Self.points(best, best.expected), style: 0),
                     LineChart.Series(name: "sold (\(best.strategy))", points: Self.points(best, best.sold), style: 2)],
            spans: best.phases.map { LineChart.Span(label: $0.phase, start: Double($0.first), end: Double($0.end)) },
            events: events, marks: lostMarks(best), size: Self.size)
    }

    /// A cross at realised demand in each period that lost some (when there are at most
    /// ``markLimit`` such periods; more would bury the lines, and the caption counts them).
    func lostMarks(_ trace: StrategyTrace) -> [LineChart.Marks] {
        let periods = trace.lost.indices.filter { trace.lost[$0] > 0 }
        guard !periods.isEmpty, periods.count <= Self.markLimit else { return [] }
        return [LineChart.Marks(name: "demand lost", points: periods.map {
            ChartPoint(x: Double(trace.period($0)), y: Double(trace.demand[$0]))
        }, style: 1, marker: .cross)]
    }

    /// Stock on hand of each shown strategy (one line each, in its palette style), with every
    /// order (▼) and arrival (hollow ▲) marked on the line of the strategy that placed or got
    /// it, in black so the marks read apart from the lines.
    func inventory() -> LineChart {
        var series: [LineChart.Series] = []
        var orders: [ChartPoint] = []
        var arrivals: [ChartPoint] = []
        for (index, (trace, _)) in shown.enumerated() {
            let onHand = Self.points(trace, trace.onHand)
            series.append(LineChart.Series(name: trace.strategy, points: onHand, interpolation: .step, style: index))
            guard !Self.ordersTooOften(trace) else { continue }
            orders += trace.ordered.indices.filter { trace.ordered[$0] > 0 }.map { onHand[$0] }
            arrivals += trace.arrivals.indices.filter { trace.arrivals[$0] > 0 }.map { onHand[$0] }
        }
        var marks: [LineChart.Marks] = []
        if !orders.isEmpty { marks.append(LineChart.Marks(name: "order placed", points: orders, style: 6, marker: .triangleDown)) }
        if !arrivals.isEmpty {
            marks.append(LineChart.Marks(name: "arrival", points: arrivals, style: 6, marker: .triangle, hollow: true))
        }
        return LineChart(
            title: "Stock on hand: \(product.displayName)",
            subtitle: "\(replicationText); end of each \(calendar?.unit ?? "period"), after sales and arrivals",
            description: "Stock of the strategies followed in this report. Orders are marked where they were placed and "
                + "arrivals (including the launch stock) where they came in, on the line of their strategy.",
            xAxis: xAxis, yAxis: .linear("on hand", unit: "units", includesZero: true),
            series: series, marks: marks, size: Self.size)
    }

    /// Whether `trace` orders or receives in more than ``markLimit`` periods: its marks would
    /// bury the lines, so it is drawn without them.
    static func ordersTooOften(_ trace: StrategyTrace) -> Bool {
        trace.ordered.filter { $0 > 0 }.count > markLimit || trace.arrivals.filter { $0 > 0 }.count > markLimit
    }

    /// A strategy's one-period-ahead forecast and its 80% interval against realised demand (for
    /// a strategy with a forecaster: one without draws no forecast line).
    func forecast(_ best: StrategyTrace) -> LineChart {
        let (low, high) = (best.forecastLow ?? [], best.forecastHigh ?? [])
        let band = zip(low, high).enumerated().map { i, bounds in
            BandPoint(x: Double(best.period(i)), lower: bounds.0 ?? .nan, upper: bounds.1 ?? .nan)
        }
        return LineChart(
            title: "Forecast against actual demand: \(product.displayName)",
            subtitle: "\(replicationText); \(Self.forecaster(of: best.strategy)) in \(best.strategy), one \(calendar?.unit ?? "period") ahead",
            description: "The forecast of each period was made at the end of the one before, from sales and backorders "
                + "only: demand lost to empty shelves was invisible to it.",
            xAxis: xAxis, yAxis: .linear("demand", unit: perPeriod, includesZero: true),
            series: [LineChart.Series(name: "realised demand", points: Self.points(best, best.demand), style: 6),
                     LineChart.Series(name: "forecast (mean)", points: Self.points(best, best.forecast ?? []), style: 0)],
            bands: [LineChart.Band(name: "80% prediction interval", points: band, style: 0)],
            events: events, size: Self.size)
    }

    /// Share of periods with an interval whose realised demand fell inside it, and how many.
    static func coverage(_ trace: StrategyTrace) -> (share: Double, periods: Int)? {
        guard let lows = trace.forecastLow, let highs = trace.forecastHigh else { return nil }
        var inside = 0
        var counted = 0
        for i in 0..<min(trace.count, lows.count, highs.count) {
            guard let low = lows[i], let high = highs[i] else { continue }
            counted += 1
            let demand = Double(trace.demand[i])
            if demand >= low && demand <= high { inside += 1 }
        }
        return counted > 0 ? (Double(inside) / Double(counted), counted) : nil
    }

    /// "ses" from "ses × weekly-95" (the whole name when it has no "×").
    static func forecaster(of strategy: String) -> String {
        StrategyLabel(name: strategy).forecaster ?? strategy
    }
}
