/// The supplier's terms that every order must meet, applied after the policy decides.
public struct OrderConstraints: Hashable, Sendable, Codable {
    /// Smallest order accepted, in units (≥ 0).
    public var minimumOrder: Int
    /// Orders are whole multiples of this many units (≥ 1).
    public var casePack: Int
    /// Largest order the supplier ships, in units; nil = unlimited.
    public var capacity: Int?

    public init(minimumOrder: Int = 0, casePack: Int = 1, capacity: Int? = nil) {
        self.minimumOrder = max(0, minimumOrder)
        self.casePack = max(1, casePack)
        self.capacity = capacity
    }

    /// The order actually placed for a wanted quantity: nothing for ≤ 0; otherwise raised to the
    /// minimum order, rounded up to whole cases, and cut to the largest whole number of cases
    /// within capacity.
    public func apply(to wanted: Int) -> Int {
        guard wanted > 0 else { return 0 }
        var quantity = max(wanted, minimumOrder)
        quantity = roundUpToCase(quantity)
        if let capacity {
            quantity = min(quantity, (capacity / casePack) * casePack)
        }
        return max(0, quantity)
    }

    private func roundUpToCase(_ quantity: Int) -> Int {
        ((quantity + casePack - 1) / casePack) * casePack
    }
}
