import Backtest
import Foundation
import Market

/// Writes the per-product metrics (`metrics.csv`) and, when asked, the per-period trace
/// (`trace.csv`) of a backtest as the results arrive.
///
/// `metrics.csv` is tidy: one row per strategy × product × replication × phase × metric, with
/// columns `strategy, forecaster, policy, unique_id, replication, phase, metric, value`;
/// `forecaster` is empty for a policy that reads no forecast, `phase` is `total` for the whole
/// life, and replications are numbered from 0. `trace.csv` has one row per strategy × replication × product × live period;
/// `forecast_low` and `forecast_high` bound the forecaster's central 80% prediction interval
/// (empty in a product's first live period, before any forecast). A strategy without a
/// forecaster has no accuracy rows in `metrics.csv` and empty forecast columns in `trace.csv`.
public struct RunFiles: BacktestSink {
    let model: MarketModel
    let strategies: [StrategyLabel]
    let metrics: CSVStream?
    let traceFile: CSVStream?
    /// The first write error, reported by ``finish()``; later writes are skipped.
    private(set) var failure: OutputError?

    public static let metricsHeader = ["strategy", "forecaster", "policy", "unique_id", "replication", "phase", "metric", "value"]
    public static let traceHeader = [
        "strategy", "replication", "unique_id", "ds", "phase", "expected", "demand", "on_hand_start", "arrivals",
        "sold", "backorders_filled", "backordered", "lost", "backlog", "on_hand_end", "written_off", "on_order",
        "ordered", "lead_time", "prelaunch_ordered", "prelaunch_placed", "forecast", "forecast_low", "forecast_high", "price", "promotion", "revenue", "cost_of_goods", "holding",
        "ordering", "shortage_penalty", "salvage", "write_off", "profit",
    ]

    /// - Parameters:
    ///   - strategies: each strategy's name and parts, in plan order.
    ///   - metricsPath: where `metrics.csv` goes, or nil to skip per-product metrics.
    ///   - tracePath: where `trace.csv` goes, or nil for no trace.
    public init(model: MarketModel, strategies: [StrategyLabel], metricsPath: String?, tracePath: String?) throws(OutputError) {
        self.model = model
        self.strategies = strategies
        metrics = try metricsPath.map { path throws(OutputError) in try CSVStream(path: path, header: Self.metricsHeader) }
        traceFile = try tracePath.map { path throws(OutputError) in try CSVStream(path: path, header: Self.traceHeader) }
    }

    public var wantsTrace: Bool { traceFile != nil }

    public mutating func record(_ outcome: ProductOutcome) {
        guard let metrics, failure == nil else { return }
        let label = strategies[outcome.strategy]
        let prefix = [label.name, label.forecaster ?? "", label.policy, model.products[outcome.product].id, String(outcome.replication)]
        do throws(OutputError) {
            let total = outcome.card.total
            for metric in Metric.allCases where metric.applies(to: total, oracleProfit: outcome.oracleProfit) {
                let value = metric.value(total, oracleProfit: outcome.oracleProfit)
                try metrics.write(prefix + ["total", metric.rawValue, NumberText.format(value, places: 6)])
            }
            for phase in LifecyclePhase.allCases {
                let tally = outcome.card.tally(for: phase)
                guard tally.periods > 0 else { continue }
                for metric in Metric.allCases where metric.applies(to: tally, oracleProfit: nil) {
                    try metrics.write(prefix + [phase.rawValue, metric.rawValue, NumberText.format(metric.value(tally), places: 6)])
                }
            }
        } catch {
            failure = error
        }
    }

    public mutating func trace(_ period: PeriodRecord, replication: Int, strategy: Int) {
        guard let traceFile, failure == nil else { return }
        let money = period.money
        var row: [String] = [
            strategies[strategy].name, String(replication), model.products[period.product].id,
            model.calendar.firstDay(of: period.period).description, period.phase.rawValue,
            NumberText.format(period.expectedDemand, places: 6),
        ]
        let units: [Int] = [
            period.demand, period.onHandStart, period.arrivals, period.sold, period.backordersFilled,
            period.backordered, period.lost, period.backlog, period.onHandEnd, period.writtenOff,
            period.onOrder, period.ordered,
        ]
        row += units.map(String.init)
        row.append(period.leadTime.map(String.init) ?? "")
        // The buy placed before the launch, shown in the first live period (empty elsewhere).
        row.append(period.preLaunchOrder.map { String($0.quantity) } ?? "")
        row.append(period.preLaunchOrder.map { model.calendar.firstDay(of: $0.placed).description } ?? "")
        row.append(period.forecast.map { NumberText.format($0, places: 6) } ?? "")
        row.append(period.forecastLow.map { NumberText.format($0, places: 6) } ?? "")
        row.append(period.forecastHigh.map { NumberText.format($0, places: 6) } ?? "")
        row.append(NumberText.format(period.price, places: 2))
        row.append(period.promotion ? "1" : "0")
        let amounts: [Double] = [money.revenue, money.costOfGoods, money.holding, money.ordering,
                                 money.shortagePenalty, money.salvage, money.writeOff, money.profit]
        row += amounts.map { NumberText.format($0, places: 4) }
        do throws(OutputError) {
            try traceFile.write(row)
        } catch {
            failure = error
        }
    }

    /// Closes the files; throws the first write error, if any.
    public func finish() throws(OutputError) {
        try metrics?.close()
        try traceFile?.close()
        if let failure { throw failure }
    }
}
