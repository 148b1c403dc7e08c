import WhatIf

extension WhatIfReport {
    /// `grid[row][column]` of a two-field sweep: rows the first field's values, columns the
    /// second's; nil where no point was evaluated.
    var grid: [[WhatIfPoint?]] {
        guard result.axes.count == 2 else { return [] }
        let rows = result.axes[0].values, columns = result.axes[1].values
        var cells = [[WhatIfPoint?]](repeating: [WhatIfPoint?](repeating: nil, count: columns.count), count: rows.count)
        for point in result.points where point.values.count == 2 {
            guard let row = rows.firstIndex(of: point.values[0]), let column = columns.firstIndex(of: point.values[1]) else { continue }
            cells[row][column] = point
        }
        return cells
    }

    /// The grid's points whose means fail a constraint, as `(first, second)` texts.
    var failingCells: [String] {
        result.points.filter { $0.meetsConstraints == false && $0.values.count == 2 }.map { point in
            "(\(WhatIfResult.text(of: point.values[0])), \(WhatIfResult.text(of: point.values[1])))"
        }
    }

    /// A sentence on the constraints' failures, for a heatmap's description.
    var constraintNote: String {
        guard let constraint = result.constraintText else { return "No constraint was given." }
        let failing = failingCells
        if failing.isEmpty { return "Every cell meets \(constraint)." }
        return "Cells failing \(constraint): " + failing.joined(separator: ", ") + "."
    }

    /// A heatmap of one figure over the grid.
    func heatmap(title: String, valueTitle: String, unit: String?, decimals: Int?, reversed: Bool,
                 _ figure: (WhatIfPoint) -> Double) -> Heatmap {
        let recommended = recommendedPoint.map {
            " Recommended: (\(WhatIfResult.text(of: $0.values[0])), \(WhatIfResult.text(of: $0.values[1])))."
        } ?? ""
        return Heatmap(
            title: title, subtitle: "means over \(result.replications) replications",
            description: "\(valueTitle) of \(result.strategy) over the grid." + recommended + " " + constraintNote,
            columnAxis: .linear(result.axes[1].label, unit: result.axes[1].unit), columns: result.axes[1].values.map(WhatIfResult.text(of:)),
            rowAxis: .linear(result.axes[0].label, unit: result.axes[0].unit), rows: result.axes[0].values.map(WhatIfResult.text(of:)),
            values: grid.map { $0.map { $0.map(figure) } }, valueTitle: valueTitle, valueUnit: unit,
            decimals: decimals, reversed: reversed)
    }

    /// The heatmaps of a two-field sweep.
    var heatmapSection: [MarkupNode] {
        guard result.axes.count == 2 else { return [] }
        let profit = heatmap(title: "Expected profit over the grid", valueTitle: "expected profit", unit: "currency",
                             decimals: nil, reversed: false) { $0.profit.mean }
        let stockout = heatmap(title: "P(stockout) over the grid", valueTitle: "P(stockout)", unit: "0–1",
                               decimals: 2, reversed: true) { $0.stockoutProbability.mean }
        let leftover = heatmap(title: "Leftover units over the grid", valueTitle: "leftover", unit: "units",
                               decimals: 0, reversed: true) { $0.leftoverUnits.mean }
        var nodes: [MarkupNode] = [.html("h2", ["id": "charts"], [.text("Over the grid")]),
                                   .html("p", [:], [.text(constraintNote)]),
                                   HTMLPage.figure(profit, caption: "Brighter is more profitable.")]
        if recommendedPoint != nil {
            let difference = heatmap(title: "Expected profit against the recommended point's", valueTitle: "Δ vs recommended",
                                     unit: "currency", decimals: nil, reversed: false) { $0.profitVersusRecommended?.mean ?? .nan }
            let close = result.points.filter { $0.withinNoise && $0.values.count == 2 }.map {
                "(\(WhatIfResult.text(of: $0.values[0])), \(WhatIfResult.text(of: $0.values[1])))"
            }
            nodes.append(HTMLPage.figure(difference, caption: "Paired by replication; brighter is closer to the recommendation. "
                + (close.isEmpty ? "No other cell is within noise of it."
                    : "Within noise of it (meet the constraints, paired 95% interval contains 0): " + close.joined(separator: ", ") + ".")))
        }
        nodes.append(HTMLPage.figure(stockout, caption: "Brighter is fewer stockouts."))
        nodes.append(HTMLPage.figure(leftover, caption: "Brighter is less left over."))
        return nodes
    }
}
