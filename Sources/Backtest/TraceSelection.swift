/// Which product-periods a ``BacktestSink`` wants handed to ``BacktestSink/trace(_:replication:strategy:)``:
/// a union of rectangles of replications × products (every strategy and every live period of
/// each).
///
/// A value, so the concurrent units of a backtest can consult it without touching the sink.
public struct TraceSelection: Sendable, Hashable {
    /// One rectangle; a nil range stands for all replications or all products.
    public struct Region: Sendable, Hashable {
        public var replications: Range<Int>?
        public var products: Range<Int>?

        public init(replications: Range<Int>?, products: Range<Int>?) {
            self.replications = replications
            self.products = products
        }

        func contains(replication: Int, product: Int) -> Bool {
            (replications?.contains(replication) ?? true) && (products?.contains(product) ?? true)
        }
    }

    /// Traced where any region contains the replication and product; empty traces nothing.
    public var regions: [Region]

    public init(regions: [Region]) {
        self.regions = regions
    }

    /// Nothing traced.
    public static let nothing = TraceSelection(regions: [])
    /// Every replication and product.
    public static let everything = TraceSelection(regions: [Region(replications: nil, products: nil)])

    /// Whether the periods of `product` in `replication` are traced.
    public func contains(replication: Int, product: Int) -> Bool {
        regions.contains { $0.contains(replication: replication, product: product) }
    }

    /// Whether anything at all is traced.
    public var isEmpty: Bool {
        regions.allSatisfy { ($0.replications?.isEmpty ?? false) || ($0.products?.isEmpty ?? false) }
    }

    /// What either selection traces.
    public func union(_ other: TraceSelection) -> TraceSelection {
        TraceSelection(regions: regions + other.regions)
    }
}
