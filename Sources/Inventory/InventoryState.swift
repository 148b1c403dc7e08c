/// The stock of one product at a decision point, in units.
///
/// Invariants: `onHand ≥ 0`, `backorders ≥ 0`, and never both positive at the end of a period
/// (arrivals clear backorders before they go on the shelf). `pipeline` is sorted by due period.
public struct InventoryState: Hashable, Sendable, Codable {
    /// The current period (0-based).
    public var period: Int
    /// Units on the shelf.
    public var onHand: Int
    /// Units owed to customers who agreed to wait.
    public var backorders: Int
    /// Orders placed and not yet arrived, earliest due first.
    public var pipeline: [PipelineOrder]

    public init(period: Int = 0, onHand: Int = 0, backorders: Int = 0, pipeline: [PipelineOrder] = []) {
        self.period = period
        self.onHand = onHand
        self.backorders = backorders
        self.pipeline = pipeline
    }

    /// Units ordered and not yet arrived.
    public var onOrder: Int { pipeline.reduce(0) { $0 + $1.quantity } }

    /// On hand minus backorders: negative when customers are waiting.
    public var netInventory: Int { onHand - backorders }

    /// Net inventory plus everything on order: what order-up-to policies compare with their level.
    public var position: Int { netInventory + onOrder }
}

/// An order on its way.
public struct PipelineOrder: Hashable, Sendable, Codable {
    /// Period in which the order was placed (at its end).
    public var placed: Int
    /// Period at whose start the order arrives (> placed).
    public var due: Int
    /// Units that will arrive (after any supply cut).
    public var quantity: Int

    public init(placed: Int, due: Int, quantity: Int) {
        self.placed = placed
        self.due = due
        self.quantity = quantity
    }
}
