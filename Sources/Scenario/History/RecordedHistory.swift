import Market

/// A history-driven scenario's data as read by the loader: the `products:` overrides as
/// written, and each product's record.
///
/// Content read from files, not part of the scenario format: it takes no part in a spec's
/// equality or hash (the `history:` section, which names the files, does), so every instance
/// compares equal.
public struct RecordedHistory: Sendable, Hashable {
    /// The scenario's `products:` entries, in file order.
    public var overrides: [ProductOverride] = []
    /// One record per product of ``ScenarioSpec/products``, in the same order.
    public var records: [RecordedDemand] = []
    /// Whether the history flags any promoted period (the market then names a promotion).
    public var hasPromotions = false

    public init() {}

    public static func == (lhs: RecordedHistory, rhs: RecordedHistory) -> Bool { true }

    public func hash(into hasher: inout Hasher) {}
}
