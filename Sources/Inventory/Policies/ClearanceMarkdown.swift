/// A clearance markdown for the end of a product's life: from `periodsBefore` periods before the
/// end of life on, sell at `priceFactor` times the list price, to turn stock that would otherwise
/// be salvaged into sales.
///
/// Invariants: `periodsBefore` ≥ 1; 0 < `priceFactor` ≤ 1 (1 = list price, i.e. no markdown).
public struct ClearanceMarkdown: Hashable, Sendable, Codable {
    /// How many periods before the end of life the markdown starts: it applies when
    /// `periodsUntilEndOfLife` ≤ this (≥ 1).
    public let periodsBefore: Int
    /// The clearance price as a share of the list price, in (0, 1].
    public let priceFactor: Double

    /// - Throws: ``PolicyParameterError`` unless `periodsBefore` ≥ 1 and 0 < `priceFactor` ≤ 1.
    public init(periodsBefore: Int, priceFactor: Double) throws(PolicyParameterError) {
        try PolicyParameterError.require(periodsBefore >= 1, Self.name, "periodsBefore", periodsBefore,
                                         "at least 1 period")
        try PolicyParameterError.require(priceFactor > 0 && priceFactor <= 1, Self.name, "priceFactor", priceFactor,
                                         "in (0, 1]")
        self.periodsBefore = periodsBefore
        self.priceFactor = priceFactor
    }

    static let name = "clearance markdown"

    /// Whether the markdown is in force with `periodsLeft` periods to the end of life.
    public func applies(periodsLeft: Int) -> Bool { periodsLeft <= periodsBefore }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let before = try container.decode(Int.self, forKey: .periodsBefore)
        let factor = try container.decode(Double.self, forKey: .priceFactor)
        do { try self.init(periodsBefore: before, priceFactor: factor) } catch { throw error.decodingError(decoder) }
    }
}
