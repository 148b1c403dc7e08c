import Forecasting
import Inventory

/// A replenishment policy, with the forecaster behind its outlook when it reads one, compared
/// as one strategy.
///
/// A policy that reads no forecast (``InventoryPolicy/readsForecast`` false, e.g. (s, S)) runs
/// without a forecaster: it would decide the same under every one. Such a strategy has no
/// forecast, so no forecast accuracy figures and no forecast in its periods.
public struct Strategy: Sendable {
    /// As shown in tables: "forecaster × policy", or the policy's name alone without a forecaster.
    public var name: String
    /// Makes the forecaster for product `index` (catalogue order), having observed nothing; nil
    /// for a policy that reads no forecast. Called once per product and replication; it may
    /// tailor the forecaster to the product (the analog model borrows from comparable products)
    /// but must give the same forecaster for the same index every time.
    public var makeForecaster: (@Sendable (_ product: Int) -> any Forecaster)?
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

    /// A strategy without a forecaster, for a policy that reads none.
    /// - Precondition: `policy.readsForecast` is false (a policy that reads the outlook needs a
    ///   forecaster behind it; building such a strategy is a programming error).
    public init(name: String, policy: any InventoryPolicy, products: Set<Int>? = nil) {
        precondition(!policy.readsForecast, "Strategy '\(name)': a policy that reads the forecast needs a forecaster")
        self.name = name
        self.makeForecaster = nil
        self.policy = policy
        self.products = products
    }

    /// Whether the strategy has a forecaster (and so forecast accuracy figures).
    public var forecasts: Bool { makeForecaster != nil }

    /// Whether the strategy manages product `index`.
    public func manages(_ index: Int) -> Bool {
        products?.contains(index) ?? true
    }
}
