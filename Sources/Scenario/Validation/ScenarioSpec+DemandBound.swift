import GSL
import Market

extension ScenarioSpec {
    /// The largest expected demand per product-period a scenario may lead to, in units. Far
    /// above any real product; it keeps every draw within what the samplers handle quickly
    /// and exactly (see `CountDistribution.maximumMean`).
    public static let maximumExpectedDemand = 1e7

    /// Problems with demand that grows beyond ``maximumExpectedDemand`` once lifecycle, season,
    /// price effect, promotions and shocks are multiplied together. Only meaningful for a spec
    /// that is otherwise valid.
    func demandBoundProblems() -> [FieldProblem] {
        // Copies share their entry's bound; checking each entry once keeps the market's product
        // indices equal to the file's, so problems point at the right entry (and stay cheap).
        var entries = self
        entries.products = products.map { product in
            var product = product
            product.copies = 1
            return product
        }
        guard let model = try? entries.marketModel() else { return [] }
        var checker = Checker()
        for (index, bound) in model.maximumExpectedDemand().enumerated() where !(bound <= Self.maximumExpectedDemand) {
            checker.add(FieldPath.root.key("products").index(index), .outOfRange,
                        "expected demand could reach \(bound.isFinite ? formatNumber(bound) : "infinity") units per period "
                            + "(lifecycle × season × price effect × promotions and shocks); at most "
                            + "\(formatNumber(Self.maximumExpectedDemand)) is supported",
                        hint: "check market_size or the levels, the elasticity, lifts and discounts of this product")
        }
        return checker.problems
    }
}
