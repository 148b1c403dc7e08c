import Forecasting
import Inventory

/// A forecaster and a replenishment policy, compared as one strategy.
public struct Strategy: Sendable {
    /// "forecaster × policy", as shown in tables.
    public var name: String
    /// The forecaster as configured, before it has seen anything; each product gets a copy.
    public var forecaster: any Forecaster
    public var policy: any InventoryPolicy
    /// Indices of the products the strategy manages; nil = every product.
    public var products: Set<Int>?

    public init(name: String, forecaster: any Forecaster, policy: any InventoryPolicy, products: Set<Int>? = nil) {
        self.name = name
        self.forecaster = forecaster
        self.policy = policy
        self.products = products
    }

    /// Whether the strategy manages product `index`.
    public func manages(_ index: Int) -> Bool {
        products?.contains(index) ?? true
    }
}
