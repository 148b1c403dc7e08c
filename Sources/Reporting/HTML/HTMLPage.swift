/// A self-contained HTML page: inline style, inline SVG, no scripts, no external resources.
///
/// The page declares a Content-Security-Policy that forbids scripts and every fetch (only
/// inline styles and `data:` images are allowed), so even a name that slipped through
/// unescaped could not run or load anything, and a browser reports any such attempt as a
/// console error — which the headless-browser check (`scripts/render-html`) turns into a
/// failure. The markup is also well-formed XML.
public struct HTMLPage: Sendable {
    public var title: String
    public var body: [MarkupNode]

    public init(title: String, body: [MarkupNode]) {
        self.title = title
        self.body = body
    }

    /// The policy in the page's `<meta http-equiv="Content-Security-Policy">`.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The page as text, starting with `<!DOCTYPE html>`.
    public var rendered: String {
        let head = MarkupNode.html("head", [:], [
            .html("meta", ["charset": "utf-8"]),
            .html("meta", ["http-equiv": "Content-Security-Policy", "content": Self.contentSecurityPolicy]),
            .html("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
            .html("title", [:], [.text(title)]),
            .html("style", [:], [.trusted(Self.styleSheet)]),
        ])
        let page = MarkupNode.html("html", ["lang": "en"], [head, .html("body", [:], [.html("main", [:], body)])])
        return "<!DOCTYPE html>\n" + page.rendered + "\n"
    }

    /// A chart in a `<figure>` with an optional caption under it.
    public static func figure(_ chart: any SVGChart, caption: String? = nil) -> MarkupNode {
        var children: [MarkupNode] = [.element(chart.element)]
        if let caption { children.append(.html("figcaption", [:], [.text(caption)])) }
        return .html("figure", ["class": "chart"], children)
    }

    /// The page's only style sheet (a literal: nothing from data reaches it).
    static let styleSheet: StaticString = """
        :root{color-scheme:light}
        body{margin:0;background:#fff;color:#222;font-family:sans-serif;font-size:15px;line-height:1.5}
        main{max-width:980px;margin:0 auto;padding:24px 20px 48px}
        h1{font-size:26px;margin:0 0 4px}
        h2{font-size:20px;margin:36px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
        p.meta{color:#555;margin:0 0 16px}
        figure.chart{margin:16px 0 28px}
        figure.chart svg{display:block;max-width:100%;height:auto}
        figcaption{color:#555;font-size:13px;margin-top:6px}
        table{border-collapse:collapse;font-size:13px;margin:8px 0 16px}
        th,td{padding:4px 8px;border-bottom:1px solid #e4e4e4;text-align:right}
        th:first-child,td:first-child{text-align:left}
        thead th{border-bottom:2px solid #999}
        td{white-space:nowrap}
        table.intervals td{white-space:normal}
        th.text,td.text{text-align:left;white-space:normal;min-width:11em}
        caption{caption-side:top;text-align:left;color:#555;font-size:13px;padding-bottom:4px}
        div.table{overflow-x:auto}
        h3{font-size:17px;margin:28px 0 4px}
        nav{font-size:14px;margin:8px 0 0}
        nav ol{margin:4px 0;padding-left:22px}
        a{color:#0060a0}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 18px;margin:8px 0 16px}
        dl.facts dt{font-weight:bold}
        dl.facts dd{margin:0}
        p.note{color:#555;font-size:13px}
        ul.events{margin:4px 0 8px;padding-left:22px;font-size:14px}
        p.warning{background:#fff4e0;border-left:4px solid #E69F00;padding:6px 10px;margin:8px 0 12px}
        div.decision{background:#eaf3fb;border-left:4px solid #0072B2;padding:6px 14px;margin:8px 0 12px;font-size:16px}
        div.decision p{margin:6px 0}
        """
}
