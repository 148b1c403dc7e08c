import Testing
@testable import Reporting

@Suite("Chart escaping and structure")
struct ChartEscapingTests {
    @Test("a name with markup appears only escaped in every chart type, and the SVG is well-formed XML",
          arguments: ChartFixtures.all(name: ChartFixtures.hostileName).map(\.0))
    func hostileNames(kind: String) throws {
        let chart = try #require(ChartFixtures.all(name: ChartFixtures.hostileName).first { $0.0 == kind }?.1)
        let svg = chart.svg
        #expect(!svg.contains("<script"), "raw <script> in \(kind)")
        #expect(!svg.contains("alert(\"x\")"), "raw quote in \(kind)")
        #expect(!svg.contains("'q'"), "raw apostrophe in \(kind)")
        #expect(!svg.contains("</script> & "), "raw ampersand in \(kind)")
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;")
            || svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;"), "the escaped name is missing from \(kind)")
        #expect(ChartTestSupport.xmlError(svg) == nil, "\(kind): \(ChartTestSupport.xmlError(svg) ?? "")")
        // Read back by an XML parser, the text alternative holds the name as plain text.
        let desc = try #require(ChartTestSupport.texts(of: "desc", in: svg).first)
        #expect(desc.contains(ChartFixtures.hostileName), "\(kind) desc: \(desc)")
    }

    @Test("every chart is an accessible, self-contained image", arguments: ChartFixtures.all().map(\.0))
    func structure(kind: String) throws {
        let chart = try #require(ChartFixtures.all().first { $0.0 == kind }?.1)
        let svg = chart.svg
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""))
        #expect(svg.contains("role=\"img\""))
        #expect(ChartTestSupport.attributes("aria-label", in: svg).first == chart.title)
        #expect(ChartTestSupport.texts(of: "title", in: svg).first == chart.title)
        let desc = try #require(ChartTestSupport.texts(of: "desc", in: svg).first)
        #expect(desc.count > 40, "a text alternative worth reading: \(desc)")
        #expect(ChartTestSupport.attributes("font-family", in: svg).allSatisfy { $0 == "sans-serif" })
        for forbidden in ["<script", "<foreignObject", "href", "@import", "url(http", "<image", "on" + "load="] {
            #expect(!svg.contains(forbidden), "\(kind) contains \(forbidden)")
        }
        #expect(svg.components(separatedBy: "http").count == 2, "only the SVG namespace may name a URL")
        #expect(svg == chart.svg, "rendering is deterministic")
    }

    @Test("hatch pattern ids are unique per chart and every url(#id) reference is defined")
    func references() {
        let svg = ChartFixtures.groupedBar(name: "a").svg
        let ids = ChartTestSupport.attributes("id", in: svg)
        #expect(Set(ids).count == ids.count)
        let fills = ChartTestSupport.attributes("fill", in: svg).filter { $0.hasPrefix("url(#") }
        #expect(!fills.isEmpty)
        for fill in fills { #expect(ids.contains(String(fill.dropFirst(5).dropLast()))) }
        let other = ChartFixtures.groupedBar(name: "b").svg
        #expect(Set(ChartTestSupport.attributes("id", in: other)).isDisjoint(with: ids))
    }
}

@Suite("Chart edge cases")
struct ChartEdgeCaseTests {
    @Test("empty, constant, non-finite and extreme data render well-formed charts without trapping")
    func degenerate() {
        let nan = Double.nan
        let charts: [any SVGChart] = [
            LineChart(title: "empty", xAxis: .periods("day"), yAxis: .linear("units"), series: []),
            LineChart(title: "constant", xAxis: .linear("x"), yAxis: .linear("y"),
                      series: [LineChart.Series(name: "flat", points: [ChartPoint(x: 3, y: 5), ChartPoint(x: 3, y: 5)])]),
            LineChart(title: "gaps", xAxis: .periods("day"), yAxis: .linear("y"),
                      series: [LineChart.Series(name: "holes", points: [ChartPoint(x: 0, y: nan), ChartPoint(x: .infinity, y: 1), ChartPoint(x: 2, y: 3)])],
                      bands: [LineChart.Band(name: "b", points: [BandPoint(x: 0, lower: nan, upper: 1)])],
                      events: [LineChart.Event(x: 1e300, label: "far", kind: "k")]),
            LineChart(title: "huge", xAxis: .periods("day"), yAxis: .linear("y"),
                      series: [LineChart.Series(name: "s", points: [ChartPoint(x: -1e30, y: 1e20), ChartPoint(x: 1e30, y: 1e20 + 1)])]),
            DotIntervalChart(title: "none", axis: .linear("x"), rows: []),
            DotIntervalChart(title: "undefined", axis: .linear("x"), rows: [DotIntervalChart.Row(label: "a", estimate: nan)]),
            ScatterChart(title: "none", xAxis: .linear("x"), yAxis: .linear("y"), points: []),
            Heatmap(title: "ragged", columnAxis: .linear("c"), columns: ["1", "2"], rowAxis: .linear("r"), rows: ["a", "b"],
                    values: [[1], []], valueTitle: "v"),
            Heatmap(title: "empty", columnAxis: .linear("c"), columns: [], rowAxis: .linear("r"), rows: [], values: [], valueTitle: "v"),
            GroupedBarChart(title: "none", categoryTitle: "c", categories: ["a"], valueAxis: .linear("v"),
                            series: [GroupedBarChart.Series(name: "s", values: [nil])]),
            LineChart(title: "tiny", xAxis: .periods("day"), yAxis: .linear("a very long axis title that cannot fit anywhere at all"),
                      series: [LineChart.Series(name: String(repeating: "long name ", count: 30), points: [ChartPoint(x: 0, y: 1e9)])],
                      size: ChartSize(width: 10, height: 10)),
        ]
        for chart in charts {
            let svg = chart.svg
            #expect(ChartTestSupport.xmlError(svg) == nil, "\(chart.title): \(ChartTestSupport.xmlError(svg) ?? "")")
            #expect(!svg.contains("nan") && !svg.contains("inf"), "\(chart.title) writes a non-finite coordinate")
        }
    }
}
