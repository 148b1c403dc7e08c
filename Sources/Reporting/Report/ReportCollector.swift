import Backtest

/// A sink that keeps what `report.html` draws — every period of the first
/// ``ReportData/productLimit`` products in replication ``ReportData/tracedReplication``, under
/// every strategy — and hands everything else to the run's own sink (``RunFiles`` or
/// ``ShardFiles``), which receives traces only where it asked for them.
///
/// Memory: one ``StrategyTrace`` per traced product and strategy, each as long as the
/// product's life; nothing grows with the number of replications.
public struct ReportCollector<Inner: BacktestSink>: BacktestSink {
    public private(set) var inner: Inner
    /// What this collector keeps (empty when the run does not include the traced replication).
    let own: TraceSelection
    /// What the inner sink asked for (fixed for a run).
    let innerSelection: TraceSelection
    /// By product, then strategy index.
    private var traces: [Int: [Int: StrategyTrace]] = [:]
    private let strategies: [String]

    /// - Parameters:
    ///   - products: products in the catalogue.
    ///   - replications: the replications this run computes (a shard's slice, or all).
    ///   - strategies: strategy names in plan order.
    public init(wrapping inner: Inner, products: Int, replications: Range<Int>, strategies: [String]) {
        self.inner = inner
        self.strategies = strategies
        innerSelection = inner.traceSelection
        let traced = replications.contains(ReportData.tracedReplication)
        own = traced
            ? TraceSelection(regions: [.init(replications: ReportData.tracedReplication..<ReportData.tracedReplication + 1,
                                             products: 0..<min(products, ReportData.productLimit))])
            : .nothing
    }

    /// Whether this run computes the traced replication, so that it can write `report-data.json`.
    public var hasTracedReplication: Bool { !own.isEmpty }

    public var wantsTrace: Bool { !traceSelection.isEmpty }

    public var traceSelection: TraceSelection { own.union(innerSelection) }

    public mutating func record(_ outcome: ProductOutcome) { inner.record(outcome) }

    public mutating func trace(_ period: PeriodRecord, replication: Int, strategy: Int) {
        if own.contains(replication: replication, product: period.product) {
            let fresh = StrategyTrace(strategy: strategies[strategy], first: period.period, forecasts: period.forecast != nil)
            traces[period.product, default: [:]][strategy, default: fresh].append(period)
        }
        if innerSelection.contains(replication: replication, product: period.product) {
            inner.trace(period, replication: replication, strategy: strategy)
        }
    }

    public mutating func finishReplication(_ outcome: ReplicationOutcome) { inner.finishReplication(outcome) }

    /// The traces kept for `product`, in plan order of the strategies.
    public func traces(of product: Int) -> [StrategyTrace] {
        (traces[product] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
    }
}
