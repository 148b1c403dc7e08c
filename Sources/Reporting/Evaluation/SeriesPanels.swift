/// Small multiples: several small line charts (one per series) laid out in a grid inside one
/// SVG image, each panel a nested `<svg>` with its own axes, legend and text alternative.
struct SeriesPanels: SVGChart {
    var title: String
    var description: String
    var panels: [LineChart]
    /// Panels per row.
    var columns: Int
    /// The size of each panel; the image is `columns` panels wide.
    var panelSize: ChartSize
    static let gap = 12.0

    var size: ChartSize {
        let rows = (panels.count + columns - 1) / max(columns, 1)
        return ChartSize(width: Double(columns) * panelSize.width + Double(columns - 1) * Self.gap,
                         height: Double(rows) * (panelSize.height + Self.gap))
    }

    var document: SVGDocument {
        let content = panels.enumerated().map { index, panel -> MarkupNode in
            var panel = panel
            panel.size = panelSize
            var element = panel.element
            element.set("x", Double(index % columns) * (panelSize.width + Self.gap))
            element.set("y", Double(index / columns) * (panelSize.height + Self.gap))
            return .element(element)
        }
        return SVGDocument(size: size, title: title, description: description, content: content)
    }
}
