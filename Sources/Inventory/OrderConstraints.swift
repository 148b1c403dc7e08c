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

    /// The largest order placed, in units: ten times the largest quantity a scenario may name
    /// (10⁸). Only a policy led astray (an order-up-to level from a runaway forecast) asks for
    /// more; capping it keeps stock, pipeline and their sums over the longest horizon within
    /// 64-bit integers.
    public static let largestOrder = 1_000_000_000

    /// The order actually placed for a wanted quantity: nothing for ≤ 0; otherwise raised to the
    /// minimum order, rounded up to whole cases, and cut to the largest whole number of cases
    /// within capacity and within ``largestOrder``.
    public func apply(to wanted: Int) -> Int {
        guard wanted > 0 else { return 0 }
        let ceiling = min(capacity ?? Self.largestOrder, Self.largestOrder)
        let quantity = min(roundUpToCase(max(wanted, minimumOrder)), (ceiling / casePack) * casePack)
        return max(0, quantity)
    }

    /// `quantity` rounded up to whole cases; a quantity so large that rounding it up would
    /// overflow is rounded down instead (the caller caps it far below that anyway).
    private func roundUpToCase(_ quantity: Int) -> Int {
        let (cases, remainder) = quantity.quotientAndRemainder(dividingBy: casePack)
        let whole = cases * casePack
        guard remainder > 0 else { return whole }
        let (up, overflow) = whole.addingReportingOverflow(casePack)
        return overflow ? whole : up
    }
}
