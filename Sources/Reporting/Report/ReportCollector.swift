import Backtest

/// A sink that keeps what `report.html` draws — every period of the first
/// ``ReportData/productLimit`` products in one replication, under every strategy — and nothing
/// else. The replication is chosen after the run (the typical one, or the reader's), so it is
/// computed again on its own: seeds are derived from (seed, replication, product, purpose), so
/// the periods are those of the run.
///
/// Memory: one ``StrategyTrace`` per traced product and strategy, each as long as the
/// product's life.
public struct ReportCollector: BacktestSink {
    /// The replication traced, numbered from 0.
    public let replication: Int
    public let traceSelection: TraceSelection
    /// By product, then strategy index.
    private var traces: [Int: [Int: StrategyTrace]] = [:]
    private let strategies: [String]

    /// - Parameters:
    ///   - products: products in the catalogue.
    ///   - replication: the replication to keep.
    ///   - strategies: strategy names in plan order.
    public init(products: Int, replication: Int, strategies: [String]) {
        self.replication = replication
        self.strategies = strategies
        traceSelection = TraceSelection(regions: [.init(replications: replication..<replication + 1,
                                                        products: 0..<Self.tracedProducts(of: products))])
    }

    /// How many products, from the first, a report follows in a catalogue of `products`.
    public static func tracedProducts(of products: Int) -> Int { min(products, ReportData.productLimit) }

    public var wantsTrace: Bool { true }

    public mutating func record(_ outcome: ProductOutcome) {}

    public mutating func trace(_ period: PeriodRecord, replication: Int, strategy: Int) {
        guard traceSelection.contains(replication: replication, product: period.product) else { return }
        let fresh = StrategyTrace(strategy: strategies[strategy], first: period.period, forecasts: period.forecast != nil)
        traces[period.product, default: [:]][strategy, default: fresh].append(period)
    }

    /// The traces kept for `product`, in plan order of the strategies.
    public func traces(of product: Int) -> [StrategyTrace] {
        (traces[product] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
    }
}
