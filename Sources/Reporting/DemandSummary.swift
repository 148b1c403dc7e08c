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
        var summaries = model.products.map {
            ProductDemandSummary(productID: $0.id, periods: 0, totalDemand: 0, totalExpected: 0, peak: nil, phasePeriods: [:])
        }
        for observation in observations {
            var summary = summaries[observation.product]
            summary.periods += 1
            summary.totalDemand += observation.demand
            summary.totalExpected += observation.expected
            if observation.demand > (summary.peak?.demand ?? -1) {
                summary.peak = (observation.period, observation.demand)
            }
            summary.phasePeriods[observation.phase, default: 0] += 1
            summaries[observation.product] = summary
        }
        return summaries
    }
}

extension ProductDemandSummary {
    /// A plain-text table, one line per product, for the terminal.
    public static func table(_ summaries: [ProductDemandSummary], model: MarketModel) -> String {
        let header = ["product", "periods", "demand", "expected", "peak", "peak date", "intro", "growth", "maturity", "decline"]
        let rows = summaries.map { summary -> [String] in
            [
                summary.productID, String(summary.periods), String(summary.totalDemand),
                NumberText.format(summary.totalExpected, places: 1),
                summary.peak.map { String($0.demand) } ?? "-",
                summary.peak.map { model.calendar.firstDay(of: $0.period).description } ?? "-",
            ] + LifecyclePhase.allCases.map { String(summary.phasePeriods[$0] ?? 0) }
        }
        return TextTable.render(header: header, rows: rows)
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
