/// Helpers for the text alternatives (`<desc>`) of charts: sentences that state what is
/// plotted, the axes with their units and ranges, and every series' extremes, so that a reader
/// who cannot see the chart gets its message.
enum ChartDescription {
    /// `items` joined by "; ", at most `limit` of them, then "and N more".
    static func list(_ items: [String], limit: Int = 12) -> String {
        guard items.count > limit else { return items.joined(separator: "; ") }
        return items.prefix(limit).joined(separator: "; ") + "; and \(items.count - limit) more"
    }

    /// The caller's description, if any, followed by the generated sentences.
    static func join(_ lead: String?, _ sentences: [String]) -> String {
        ([lead].compactMap { $0 }.filter { !$0.isEmpty } + sentences.filter { !$0.isEmpty }).joined(separator: " ")
    }

    /// "the smallest is 3 at week 5, the largest 40 at week 12" for a series, or "no values".
    static func extremes(_ points: [ChartPoint], x: ChartAxis) -> String {
        let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
        guard let low = finite.min(by: { $0.y < $1.y }), let high = finite.max(by: { $0.y < $1.y }) else { return "no values" }
        return "\(finite.count) points, lowest \(ChartNumber.compact(low.y)) at \(x.describe(low.x)), "
            + "highest \(ChartNumber.compact(high.y)) at \(x.describe(high.x))"
    }
}

extension LineChart {
    /// The `<desc>`: the caller's description, the axes, each series' extremes, bands, spans and
    /// events.
    var textAlternative: String {
        let x = xRange
        var sentences = ["Line chart of \(yAxis.fullTitle) against \(xAxis.fullTitle), from \(xAxis.describe(x.lower)) to \(xAxis.describe(x.upper))."]
        sentences.append("Series: " + ChartDescription.list(series.map { "\($0.name) (\(ChartDescription.extremes($0.points, x: xAxis)))" }) + ".")
        if !bands.isEmpty {
            sentences.append("Shaded bands: " + ChartDescription.list(bands.map(\.name)) + ".")
        }
        if !marks.isEmpty {
            sentences.append("Marked points: " + ChartDescription.list(marks.map { "\($0.name) (\($0.points.count))" }) + ".")
        }
        if !spans.isEmpty {
            sentences.append("Background spans: " + ChartDescription.list(spans.map {
                "\($0.label) from \(xAxis.describe($0.start)) to \(xAxis.describe($0.end))"
            }) + ".")
        }
        if !events.isEmpty {
            sentences.append("Events: " + ChartDescription.list(events.map { "\($0.kind) \($0.label) at \(xAxis.describe($0.x))" }) + ".")
        }
        return ChartDescription.join(description, sentences)
    }
}
