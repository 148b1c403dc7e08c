import Foundation
import WhatIf

extension WhatIfResult {
    /// `whatif.csv`: one row per evaluated point, in order of value (refined points and orderable
    /// neighbours among the grid's, flagged by `source`). Columns: one per varied field (named
    /// by its path), `source` (grid, refinement or rounding), `recommended`, `orderable` (when a
    /// varied launch stock has a case pack or minimum order), `replications`, then mean, low and
    /// high (95% interval) of profit, of profit minus the recommended point's (paired by
    /// replication), of fill rate, stockout probability (Wilson interval), leftover and lost
    /// units and of each constrained measure that is none of these; `meets_constraints` (all of
    /// them), with several constraints one `meets_…` column each, and `within_noise`. Numbers
    /// are written in full; an interval that does not exist (one replication) is empty.
    public var csv: String {
        let showsOrderable = axes.contains { $0.orderable != nil }
        var header = axes.map(\.path) + ["source", "recommended"] + (showsOrderable ? ["orderable"] : []) + ["replications"]
        let names = ["profit", "profit_vs_recommended", "fill_rate", "stockout_probability", "leftover_units", "lost_units"] + measures
        for name in names { header += ["\(name)_mean", "\(name)_low", "\(name)_high"] }
        header.append("meets_constraints")
        if constraints.count > 1 { header += constraints.map(\.columnName) }
        header.append("within_noise")
        var text = Self.csvLine(header)
        for (index, point) in points.enumerated() {
            var fields = point.values.map(WhatIfFormat.value)
            fields += [point.source.rawValue, recommendation.point == index ? "true" : "false"]
            if showsOrderable { fields.append(point.orderable ? "true" : "false") }
            fields.append(String(point.replications))
            let estimates: [WhatIfEstimate?] = [point.profit, point.profitVersusRecommended, point.fillRate,
                                                point.stockoutProbability, point.leftoverUnits, point.lostUnits]
                + measures.map { point.measures[$0] }
            for estimate in estimates {
                fields += [estimate.map { Self.exact($0.mean) } ?? "", estimate?.low.map(Self.exact) ?? "",
                           estimate?.high.map(Self.exact) ?? ""]
            }
            fields.append(point.meetsConstraints.map { $0 ? "true" : "false" } ?? "")
            if constraints.count > 1 { fields += point.constraintsMet.map { $0 ? "true" : "false" } }
            fields.append(point.withinNoise ? "true" : "false")
            text += Self.csvLine(fields)
        }
        return text
    }

    /// The shortest text that reads back to the same number (whole numbers without ".0").
    static func exact(_ value: Double) -> String {
        WhatIfFormat.value(value)
    }

    /// One RFC 4180 row: a field with a comma, quote or line break is quoted, inner quotes doubled.
    static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\n"
    }
}

extension WhatIfResult.Constraint {
    /// `meets_fill_rate_ge_0.95`: a CSV column name for whether a point meets this constraint.
    var columnName: String {
        let word = [">=": "ge", "<=": "le", ">": "gt", "<": "lt"][comparison] ?? comparison
        return "meets_\(measure)_\(word)_\(WhatIfFormat.value(threshold))"
    }
}
