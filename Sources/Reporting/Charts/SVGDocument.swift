/// A standalone SVG image with its text alternative: the root every chart renders into.
///
/// The root carries `role="img"` and an `aria-label` (the title); its first children are
/// `<title>` (the title) and `<desc>` (the description, linked by `aria-describedby`), then a
/// white background and the content. The size is fixed in pixels with a matching `viewBox`;
/// text uses the generic `sans-serif` family only, and there are no scripts, links or external
/// references, so the image is self-contained and inert.
public struct SVGDocument: Sendable {
    public var size: ChartSize
    public var title: String
    public var description: String
    public var content: [MarkupNode]

    public init(size: ChartSize, title: String, description: String, content: [MarkupNode]) {
        self.size = size
        self.title = title
        self.description = description
        self.content = content
    }

    /// The `<svg>` element.
    public var element: MarkupElement {
        let prefix = ChartIdentifier.prefix(["svg", title, description])
        return MarkupElement(svg: "svg", [
            "xmlns": "http://www.w3.org/2000/svg", "width": size.width, "height": size.height,
            "viewBox": "0 0 \(size.width.markupCoordinate) \(size.height.markupCoordinate)",
            "role": "img", "aria-label": title, "aria-describedby": prefix + "-desc",
            "font-family": "sans-serif", "font-size": 11, "class": "chart",
        ], [
            .svg("title", [:], [.text(title)]),
            .svg("desc", ["id": prefix + "-desc"], [.text(description)]),
            .svg("rect", ["width": size.width, "height": size.height, "fill": "#FFFFFF"]),
        ] + content)
    }

    /// The image as SVG text.
    public var rendered: String { element.rendered }
}

/// A chart: a value that draws itself as an ``SVGDocument``.
public protocol SVGChart: Sendable {
    /// The chart's title (also its accessible name).
    var title: String { get }
    /// The drawing, with its text alternative.
    var document: SVGDocument { get }
}

extension SVGChart {
    /// The `<svg>` element, to embed in a page.
    public var element: MarkupElement { document.element }
    /// The chart as SVG text (an `<svg>` element, no XML declaration), ready to inline in HTML
    /// or to save as a `.svg` file.
    public var svg: String { document.rendered }
}
