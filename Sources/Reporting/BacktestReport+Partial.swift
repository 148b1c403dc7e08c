extension BacktestReport {
    /// The mark after the name of a strategy that manages only some products.
    public static let partialMark = " †"

    /// `strategy`'s name as tables show it: marked with ``partialMark`` when it manages only
    /// some products.
    public func displayName(_ strategy: RankedStrategy) -> String {
        strategy.managedProducts == nil ? strategy.name : strategy.name + Self.partialMark
    }

    /// The strategies whose totals compare (``Backtest/BacktestSummary/comparableStrategies``),
    /// in table order: the ranked ones.
    public var comparableStrategies: [RankedStrategy] {
        strategies.filter { $0.rank != nil }
    }

    /// The warning owed when some strategies manage only part of the catalogue: their totals
    /// cover fewer products, so ranking them with the others compares unlike things. Nil when
    /// every strategy manages every product.
    public var partialCatalogueWarning: String? {
        let partial = strategies.filter { $0.managedProducts != nil }
        guard !partial.isEmpty else { return nil }
        let one = partial.count == 1
        // Name them when few; otherwise count them by how many products they manage.
        let list = partial.count <= 3
            ? partial.map { "\($0.name) manages \($0.managedProducts ?? 0) of \(products) products" }.joined(separator: "; ")
            : Dictionary(grouping: partial, by: { $0.managedProducts ?? 0 }).sorted { $0.key < $1.key }
                .map { "\($0.value.count) strategies manage \($0.key) of \(products) products" }.joined(separator: "; ")
        return "† Only part of the catalogue: \(list). \(one ? "Its" : "Their") figures are totals over "
            + "those products alone, which do not compare with strategies managing the whole catalogue: "
            + "\(one ? "it follows" : "they follow") the ranked strategies, unranked and without P(best), and the frontier "
            + "and the recommendation leave \(one ? "it" : "them") out. \(one ? "Its" : "Their") difference from the baseline (Δ) "
            + "does compare: it is paired with the baseline's result on the same products\(one ? "" : ", and orders them")."
    }
}
