import Foundation
import WhatIf

extension WhatIfResult {
    /// One column of the table of points: every row's text, wide (means with intervals, as the
    /// Markdown and HTML show) and narrow (the terminal's).
    struct Column {
        var header: String
        /// The header over the narrow cells.
        var narrowHeader: String
        /// The header when the narrow table is still too wide (a path's last key instead of the path).
        var shortHeader: String
        var cells: [String]
        var narrowCells: [String]
        /// Text columns (the varied values) are left-aligned, figures right-aligned.
        var isText = false
        /// Dropped first when the narrow table is too wide; 0: never dropped.
        var priority = 0
    }

    /// The columns of the table of points, in order. Figures a constraint is on are shown with
    /// enough decimals that the figure shown meets the constraint exactly when the mean does
    /// (``WhatIfFormat/decimals(showing:from:tests:)``), and are never dropped.
    var columns: [Column] {
        func tests(_ measure: String) -> [(Double) -> Bool] {
            constraints.filter { $0.measure == measure }.map { constraint in { constraint.isMet(by: $0) } }
        }
        func figure(_ header: String, short: String, measure: String, decimals base: Int, priority: Int, wide: Bool = true,
                    _ estimate: (WhatIfPoint) -> WhatIfEstimate?) -> Column {
            let estimates = points.map(estimate)
            let checks = tests(measure)
            let decimals = WhatIfFormat.decimals(showing: estimates.compactMap { $0?.mean }, from: base, tests: checks)
            let cells = estimates.map { $0.map { wide ? WhatIfFormat.estimate($0, decimals: decimals) : WhatIfFormat.number($0.mean, decimals: decimals) } ?? "" }
            let narrow = estimates.map { $0.map { WhatIfFormat.number($0.mean, decimals: decimals) } ?? "" }
            return Column(header: header, narrowHeader: short, shortHeader: short, cells: cells, narrowCells: narrow,
                          priority: checks.isEmpty ? priority : 0)
        }
        var columns = axes.enumerated().map { position, axis in
            let cells = points.map { point in
                let value = point.values.indices.contains(position) ? point.values[position] : .nan
                var text = WhatIfFormat.value(value)
                if let lattice = axis.orderable, !lattice.contains(value) { text += "†" }
                switch point.source {
                case .refinement: text += " (r)"
                case .rounding: text += " (o)"
                case .grid: break
                }
                return text
            }
            return Column(header: axis.path, narrowHeader: axis.path, shortHeader: shortHeader(position), cells: cells,
                          narrowCells: cells, isText: true)
        }
        columns.append(figure("expected profit [95% CI]", short: "expected profit", measure: "profit", decimals: 0, priority: 2) { $0.profit })
        let difference = points.enumerated().map { index, point in
            recommendation.point == index ? "—" : point.profitVersusRecommended.map { WhatIfFormat.estimate($0, decimals: 0) } ?? ""
        }
        // The paired t interval is symmetric about its mean: narrow, it is written mean ± half-width.
        let plusMinus = points.enumerated().map { index, point in
            recommendation.point == index ? "—" : point.profitVersusRecommended.map { WhatIfFormat.plusMinus($0, decimals: 0) } ?? ""
        }
        columns.append(Column(header: "Δ vs recommended", narrowHeader: "Δ vs recommended (95%)", shortHeader: "Δ vs recommended",
                              cells: difference, narrowCells: plusMinus))
        columns.append(figure("fill rate", short: "fill rate", measure: "fill_rate", decimals: 3, priority: 3) { $0.fillRate })
        columns.append(figure("P(stockout)", short: "P(stockout)", measure: "stockout_probability", decimals: 2, priority: 4) {
            $0.stockoutProbability
        })
        columns.append(figure("leftover", short: "leftover", measure: "leftover_units", decimals: 0, priority: 5, wide: false) {
            $0.leftoverUnits
        })
        columns.append(figure("lost", short: "lost", measure: "lost_units", decimals: 0, priority: 6, wide: false) { $0.lostUnits })
        for measure in measures {
            let typical = points.compactMap { $0.measures[measure]?.mean }.first ?? 0
            columns.append(figure(measure, short: measure, measure: measure, decimals: WhatIfFormat.decimals(for: typical),
                                  priority: 0) { $0.measures[measure] })
        }
        if !constraints.isEmpty {
            let meets = points.map { $0.meetsConstraints.map { $0 ? "yes" : "no" } ?? "" }
            columns.append(Column(header: "meets", narrowHeader: "meets", shortHeader: "meets", cells: meets, narrowCells: meets))
        }
        let marks = points.enumerated().map { index, point in
            recommendation.point == index ? "←" : (point.withinNoise ? "≈" : "")
        }
        columns.append(Column(header: "", narrowHeader: "", shortHeader: "", cells: marks, narrowCells: marks))
        return columns
    }

    /// A short header for the `position`-th varied field: its last key, with the list element
    /// it is in when both fields end in the same key (`earbuds-pro initial_stock`).
    private func shortHeader(_ position: Int) -> String {
        func lastKey(_ path: String) -> String {
            String(path.split(separator: ".").last ?? Substring(path))
        }
        let key = lastKey(axes[position].path)
        guard axes.filter({ lastKey($0.path) == key }).count > 1 else { return key }
        return axes[position].path
    }

    /// The evaluated points as rows of text cells, headed, in order of value: the table of the
    /// Markdown summary and the HTML report. The recommended row is marked `←`, rows within
    /// noise of it `≈`, refined values `(r)`, orderable neighbours `(o)`, values that cannot be
    /// ordered `†`.
    public var cells: (header: [String], rows: [[String]]) {
        let columns = columns
        let rows = points.indices.map { row in columns.map { $0.cells[row] } }
        return (columns.map(\.header), rows)
    }

    /// What the marks in the table mean, for those that occur.
    public var legend: String {
        var parts: [String] = []
        if recommendation.point != nil { parts.append("← the recommended point") }
        if points.contains(where: \.withinNoise) {
            parts.append("≈ within noise of it: meets the constraints, and the paired 95% interval of Δ contains 0")
        }
        if points.contains(where: { $0.source == .refinement }) { parts.append("(r) found by the refinement") }
        if points.contains(where: { $0.source == .rounding }) { parts.append("(o) orderable neighbour of a better point") }
        for (position, axis) in axes.enumerated() {
            guard let lattice = axis.orderable,
                  points.contains(where: { $0.values.indices.contains(position) && !lattice.contains($0.values[position]) }) else { continue }
            parts.append("† \(axis.path) cannot be ordered at that value (\(lattice.text))")
        }
        return parts.joined(separator: "; ")
    }
}
