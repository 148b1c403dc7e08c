import Forecasting
import Inventory

/// A forecaster and a replenishment policy, compared as one strategy.
public struct Strategy: Sendable {
    /// "forecaster × policy", as shown in tables.
    public var name: String
    /// Makes the forecaster for product `index` (catalogue order), having observed nothing.
    /// Called once per product and replication; it may tailor the forecaster to the product
    /// (the analog model borrows from comparable products) but must give the same forecaster
    /// for the same index every time.
    public var makeForecaster: @Sendable (_ product: Int) -> any Forecaster
    public var policy: any InventoryPolicy
    /// Indices of the products the strategy manages; nil = every product.
    public var products: Set<Int>?

    /// A strategy whose forecaster is made per product by `makeForecaster`.
    public init(name: String, policy: any InventoryPolicy, products: Set<Int>? = nil,
                makeForecaster: @escaping @Sendable (_ product: Int) -> any Forecaster) {
        self.name = name
        self.makeForecaster = makeForecaster
        self.policy = policy
        self.products = products
    }

    /// A strategy giving every product a copy of `forecaster`.
    public init(name: String, forecaster: any Forecaster, policy: any InventoryPolicy, products: Set<Int>? = nil) {
        self.init(name: name, policy: policy, products: products) { _ in forecaster }
    }

    /// Whether the strategy manages product `index`.
    public func manages(_ index: Int) -> Bool {
        products?.contains(index) ?? true
    }
}
