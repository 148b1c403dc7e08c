import GSL

/// A whole market for one replication: one ``ProductMarket`` per product, each with its own
/// demand stream derived from (scenario seed, replication, product id, `.demand`).
///
/// Products do not interact through sales, so ``run(_:)`` simulates them one after the other,
/// each over the whole horizon: the product's generator state stays in cache, and the output
/// is in product-major order (all periods of product 0, then product 1, …).
public final class MarketSimulation {
    public let model: MarketModel
    public let seed: UInt64
    public let replication: Int
    public let products: [ProductMarket]

    /// - Throws: ``GSLError/unknownGenerator(name:available:)`` for an unknown generator name.
    public init(model: MarketModel, seed: UInt64, replication: Int = 0,
                generator: String = RandomStream.defaultGenerator) throws(GSLError) {
        self.model = model
        self.seed = seed
        self.replication = replication
        let blueprint = MarketBlueprint(model: model)
        var products: [ProductMarket] = []
        products.reserveCapacity(model.products.count)
        for index in model.products.indices {
            products.append(try blueprint.productMarket(index, seed: seed, replication: replication, generator: generator))
        }
        self.products = products
    }

    /// Simulates every product over the whole horizon (product-major order).
    @inlinable
    public func run<Channel: DemandChannel>(_ channel: inout Channel) {
        for product in products {
            product.run(&channel)
        }
    }
}
