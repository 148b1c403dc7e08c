import Foundation

extension WhatIfResult {
    /// `whatif.csv`: one row per evaluated point, in order of value (refined points among the
    /// grid's, flagged by `source`). Columns: one per varied field (named by its path), `source` (grid or
    /// refinement), `recommended`, `replications`, then mean, low and high (95% interval) of
    /// profit, of profit minus the recommended point's (paired by replication), of fill rate,
    /// stockout probability (Wilson interval), leftover and lost units, the constraint's measure
    /// when it is none of these, and `meets_constraint`. Numbers are written in full; an interval
    /// that does not exist (one replication) is empty.
    public var csv: String {
        var header = axes.map(\.path) + ["source", "recommended", "replications"]
        var measures = ["profit", "profit_vs_recommended", "fill_rate", "stockout_probability", "leftover_units", "lost_units"]
        if let name = constrainedMeasureName { measures.append(name) }
        for measure in measures { header += ["\(measure)_mean", "\(measure)_low", "\(measure)_high"] }
        header.append("meets_constraint")
        var text = Self.csvLine(header)
        for (index, point) in points.enumerated() {
            var fields = point.values.map(WhatIfFormat.value)
            fields += [point.source.rawValue, recommendation.point == index ? "true" : "false", String(point.replications)]
            var estimates: [WhatIfEstimate?] = [point.profit, point.profitVersusRecommended, point.fillRate,
                                                point.stockoutProbability, point.leftoverUnits, point.lostUnits]
            if constrainedMeasureName != nil { estimates.append(point.constrainedMeasure) }
            for estimate in estimates {
                fields += [estimate.map { Self.exact($0.mean) } ?? "", estimate?.low.map(Self.exact) ?? "",
                           estimate?.high.map(Self.exact) ?? ""]
            }
            fields.append(point.meetsConstraint.map { $0 ? "true" : "false" } ?? "")
            text += Self.csvLine(fields)
        }
        return text
    }

    /// The constraint's measure when the standard columns do not already show it.
    var constrainedMeasureName: String? {
        guard let constraint else { return nil }
        let name = constraint.split(separator: " ").first.map(String.init) ?? constraint
        return ["profit", "fill_rate", "stockout_probability", "leftover_units", "lost_units"].contains(name) ? nil : name
    }

    /// The shortest text that reads back to the same number (whole numbers without ".0").
    static func exact(_ value: Double) -> String {
        ScenarioDocument.text(value)
    }

    /// One RFC 4180 row: a field with a comma, quote or line break is quoted, inner quotes doubled.
    static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\n"
    }
}
