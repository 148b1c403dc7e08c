import Market

/// Per-product figures of a simulated market: totals, the peak, and how long each lifecycle
/// phase lasted.
public struct ProductDemandSummary: Hashable, Sendable {
    public var productID: String
    /// Live periods (periods with an observation).
    public var periods: Int
    /// Realised demand over all periods, in units.
    public var totalDemand: Int
    /// Expected demand over all periods, in units.
    public var totalExpected: Double
    /// The period with the highest realised demand (the first if tied), and that demand.
    public var peak: (period: Int, demand: Int)?
    /// Number of periods labelled with each phase.
    public var phasePeriods: [LifecyclePhase: Int]

    public static func == (lhs: ProductDemandSummary, rhs: ProductDemandSummary) -> Bool {
        lhs.productID == rhs.productID && lhs.periods == rhs.periods && lhs.totalDemand == rhs.totalDemand
            && lhs.totalExpected == rhs.totalExpected && lhs.peak?.period == rhs.peak?.period
            && lhs.peak?.demand == rhs.peak?.demand && lhs.phasePeriods == rhs.phasePeriods
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(productID)
        hasher.combine(totalDemand)
    }

    /// One summary per product of `model`, in catalogue order (products never live included).
    public static func summarise(_ observations: [DemandObservation], model: MarketModel) -> [ProductDemandSummary] {
        var summaries = DemandSummaries(model: model, shown: model.products.count)
        for observation in observations { summaries.add(observation) }
        return summaries.products
    }

    /// An empty summary for `productID`.
    init(productID: String) {
        self.productID = productID
        periods = 0
        totalDemand = 0
        totalExpected = 0
        phasePeriods = [:]
    }

    /// Counts `observation` in.
    mutating func add(_ observation: DemandObservation) {
        periods += 1
        totalDemand += observation.demand
        totalExpected += observation.expected
        if observation.demand > (peak?.demand ?? -1) {
            peak = (observation.period, observation.demand)
        }
        phasePeriods[observation.phase, default: 0] += 1
    }
}

/// The summaries of a simulated market built as its observations stream past: one per product
/// for the first `shown` products of the catalogue, and one for the whole catalogue (its
/// periods and phase counts are product-periods, its peak the largest demand of any
/// product-period). Memory does not grow with the catalogue.
public struct DemandSummaries: Sendable {
    /// The first `shown` products, in catalogue order.
    public private(set) var products: [ProductDemandSummary]
    /// Every product together.
    public private(set) var catalogue: ProductDemandSummary
    /// Products in the catalogue.
    public let productCount: Int

    public init(model: MarketModel, shown: Int) {
        products = model.products.prefix(max(0, shown)).map { ProductDemandSummary(productID: $0.id) }
        catalogue = ProductDemandSummary(productID: "all products")
        productCount = model.products.count
    }

    public mutating func add(_ observation: DemandObservation) {
        if observation.product < products.count { products[observation.product].add(observation) }
        catalogue.add(observation)
    }
}

extension ProductDemandSummary {
    /// A plain-text table, one line per product, for the terminal.
    public static func table(_ summaries: [ProductDemandSummary], model: MarketModel) -> String {
        TextTable.render(header: tableHeader, rows: summaries.map { $0.tableRow(model: model) })
    }

    static let tableHeader = ["product", "periods", "demand", "expected", "peak", "peak date", "intro", "growth", "maturity", "decline"]

    func tableRow(model: MarketModel) -> [String] {
        [
            productID, String(periods), String(totalDemand),
            NumberText.format(totalExpected, places: 1),
            peak.map { String($0.demand) } ?? "-",
            peak.map { model.calendar.firstDay(of: $0.period).description } ?? "-",
        ] + LifecyclePhase.allCases.map { String(phasePeriods[$0] ?? 0) }
    }
}

extension DemandSummaries {
    /// The products' lines, then, for a catalogue of several, how many are not shown and a line
    /// for all of them.
    public func table(model: MarketModel) -> String {
        var rows = products.map { $0.tableRow(model: model) }
        if productCount > 1 { rows.append(catalogue.tableRow(model: model)) }
        var text = TextTable.render(header: ProductDemandSummary.tableHeader, rows: rows)
        if productCount > products.count {
            text += "\n(the first \(products.count) of \(productCount) products; \(catalogue.productID) counts every one)"
        }
        return text
    }
}

/// Aligned plain-text tables: the first `leftAligned` columns left-aligned, the others right-aligned.
enum TextTable {
    static func render(header: [String], rows: [[String]], leftAligned: Int = 1) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column < leftAligned ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}
