import Foundation

extension WhatIfResult {
    /// The evaluated points as rows of text cells, headed, in order of value. The recommended row is marked `←`, refined values `(r)`.
    public var cells: (header: [String], rows: [[String]]) {
        var header = axes.map(\.path)
        header += ["expected profit [95% CI]", "Δ vs recommended", "fill rate", "P(stockout)", "leftover", "lost"]
        let extra = constrainedMeasureName
        if let extra { header.append(extra) }
        if constraint != nil { header.append("meets") }
        header.append("")
        let rows = points.enumerated().map { index, point in
            var row = point.values.map { WhatIfFormat.value($0) + (point.source == .refinement ? " (r)" : "") }
            row.append(WhatIfFormat.estimate(point.profit, decimals: 0))
            row.append(point.profitVersusRecommended.map { recommendation.point == index ? "—" : WhatIfFormat.estimate($0, decimals: 0) } ?? "")
            row.append(WhatIfFormat.estimate(point.fillRate, decimals: 3))
            row.append(WhatIfFormat.estimate(point.stockoutProbability, decimals: 2))
            row.append(WhatIfFormat.number(point.leftoverUnits.mean))
            row.append(WhatIfFormat.number(point.lostUnits.mean))
            if extra != nil { row.append(point.constrainedMeasure.map { WhatIfFormat.estimate($0) } ?? "") }
            if let meets = point.meetsConstraint { row.append(meets ? "yes" : "no") }
            row.append(recommendation.point == index ? "←" : "")
            return row
        }
        return (header, rows)
    }

    /// What the sweep was, in a line: scenario, strategy, replications, seed, what is drawn.
    public var settingsLine: String {
        var line = "\(scenario): \(strategy), \(product.map { "figures of \($0) alone" } ?? "figures of its whole catalogue"), "
            + "\(replications) replication\(replications == 1 ? "" : "s") at each point (common random numbers), seed \(seed)"
        if let constraint { line += ", constraint \(constraint)" }
        return line
    }

    /// A swept value as the table writes it (`7340`, `0.12`).
    public static func text(of value: Double) -> String {
        WhatIfFormat.value(value)
    }

    /// The table printed by `sellthrough whatif`: settings, the drawn parameters, one aligned row
    /// per point, the recommendation and the refinement.
    public var table: String {
        var lines = [settingsLine]
        for parameter in uncertainty {
            lines.append("drawn per replication: \(parameter.path) ~ \(parameter.distribution)")
        }
        lines.append("")
        let (header, rows) = cells
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count { widths[column] = max(widths[column], cell.count) }
        }
        func render(_ row: [String]) -> String {
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return column < axes.count ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        lines.append(render(header))
        lines += rows.map(render)
        lines.append("")
        lines.append(recommendation.message)
        if let refinement { lines.append("Refinement: " + refinement.message + ".") }
        return lines.map { $0.replacingTrailingSpaces }.joined(separator: "\n")
    }
}

extension String {
    /// Without trailing spaces (aligned tables leave them on short last columns).
    var replacingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
