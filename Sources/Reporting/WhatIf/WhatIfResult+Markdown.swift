import Foundation
import WhatIf

extension WhatIfResult {
    /// `whatif.md`: the settings, the table of points, the recommendation and refinement, and how
    /// to read them.
    public var markdown: String {
        var lines = ["# What-if: \(scenario)", "", settingsLine + ".", ""]
        for axis in axes {
            lines.append("- Varied: \(axis.label)" + (axis.unit.map { " (\($0))" } ?? "") + ", `\(axis.path)` (in the file: "
                         + WhatIfFormat.value(axis.fileValue) + (axis.wholeNumbers ? ", whole numbers" : "")
                         + (axis.orderable.map { ", orderable in \($0.text)" } ?? "") + ") over "
                         + axis.values.map(WhatIfFormat.value).joined(separator: ", ") + ".")
        }
        for parameter in uncertainty {
            lines.append("- Drawn in every replication: `\(parameter.path)` ~ \(parameter.distribution)"
                         + (parameter.wholeNumbers ? ", rounded to whole numbers" : "") + ".")
        }
        lines.append("")
        let (header, rows) = cells
        func escaped(_ cell: String) -> String { cell.replacingOccurrences(of: "|", with: "\\|") }
        lines.append("| " + header.map(escaped).joined(separator: " | ") + " |")
        lines.append("|" + header.indices.map { $0 < axes.count ? " --- |" : " ---: |" }.joined())
        for row in rows { lines.append("| " + row.map(escaped).joined(separator: " | ") + " |") }
        if !legend.isEmpty { lines += ["", legend + "."] }
        lines += ["", "## Recommendation", "", recommendation.message]
        if let rounding { lines += ["", rounding.message + "."] }
        if let refinement { lines += ["", "## Refinement", "", refinement.message.prefix(1).uppercased() + refinement.message.dropFirst() + "."] }
        lines += ["", "## How to read this", "",
                  "- Every point was backtested over the same \(replications) replications: the same demand, lead-time and "
                    + "launch-parameter draws in replication r at every point (common random numbers), so differences "
                    + "between points are the points' own.",
                  "- Expected profit, fill rate, leftover and lost units are means over replications of the strategy's "
                    + "catalogue totals; [low, high] is the 95% Student t interval of the mean.",
                  "- Δ vs recommended is the point's profit minus the recommended point's, paired by replication, with its "
                    + "95% interval: an interval that contains 0 means the replications cannot tell the two points apart.",
                  "- P(stockout) is the share of replications with at least one period of unmet demand, with its Wilson 95% interval.",
                  "- ≈ marks the points within noise of the recommended one: they meet every constraint and their Δ interval "
                    + "contains 0, so they are as good a choice with these replications; choose among them by the other figures.",
                  "- The recommendation is the point of highest expected profit among those whose means meet every constraint "
                    + "(and that can be ordered, for a launch stock with a case pack or minimum order); "
                    + "`(r)` marks values found by the refinement (Brent's method between the best grid point's neighbours), "
                    + "`(o)` orderable neighbours of a better point that cannot be ordered, `←` the recommended row. A figure "
                    + "that a constraint is on is shown with as many decimals as it takes to tell whether it meets it."]
        return lines.joined(separator: "\n") + "\n"
    }
}
