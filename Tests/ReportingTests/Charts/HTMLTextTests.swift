import Testing
@testable import Reporting

@Suite("HTML escaping")
struct HTMLTextTests {
    @Test("the five special characters are escaped in text and in attributes")
    func specialCharacters() {
        #expect(HTMLText.escapeText("<a href=\"x\">Tom & 'Jerry'</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(HTMLText.escapeAttribute("\" onload=\"alert(1)") == "&quot; onload=&quot;alert(1)")
        #expect(HTMLText.escapeText("already &amp; escaped") == "already &amp;amp; escaped")
        #expect(HTMLText.escapeText("plain Ünïcødé – 東京") == "plain Ünïcødé – 東京")
    }

    @Test("line breaks survive in text and become references in attributes; forbidden controls become U+FFFD")
    func controls() {
        #expect(HTMLText.escapeText("a\nb\tc") == "a\nb\tc")
        #expect(HTMLText.escapeAttribute("a\nb\tc\r") == "a&#10;b&#9;c&#13;")
        #expect(HTMLText.escapeText("a\u{0}b\u{1B}c\u{FFFE}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
    }

    @Test("a combining mark cannot hide a less-than sign")
    func combiningMarks() {
        let text = "<\u{0338}script>"
        #expect(!HTMLText.escapeText(text).contains("<"))
    }

    @Test("markup trees escape every text and attribute value, and names are literals")
    func markupTree() {
        let hostile = ChartFixtures.hostileName
        let node = MarkupNode.svg("g", ["class": hostile, "x": 1.5, "y": 2, "missing": String?.none], [
            .svg("title", [:], [.text(hostile)]), .svg("rect", ["width": 3.14159]),
        ])
        #expect(node.rendered == "<g class=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;\" x=\"1.5\" y=\"2\">"
            + "<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</title><rect width=\"3.14\"/></g>")
        #expect(MarkupNode.html("div", [:]).rendered == "<div></div>")
        #expect(MarkupNode.html("meta", ["charset": "utf-8"]).rendered == "<meta charset=\"utf-8\"/>")
    }

    @Test("a table of intervals may break before an interval, never inside one")
    func intervalBreaks() {
        var table = HTMLTable(header: ["value", "profit"], rows: [["a <b>", "2,548 [1,995, 3,101] [x y]"]])
        let plain = table.node.rendered
        #expect(plain.contains("<td>2,548 [1,995, 3,101] [x y]</td>") && !plain.contains("intervals"))
        table.breaksBeforeIntervals = true
        let breaking = table.node.rendered
        #expect(breaking.contains("<table class=\"intervals\">"))
        #expect(breaking.contains("<td>2,548 [1,995,\u{00A0}3,101] [x\u{00A0}y]</td>"))
        #expect(breaking.contains("a &lt;b&gt;"), "still escaped")
    }

    @Test("an HTML page with a hostile title is well-formed, forbids scripts and fetches, and shows the title as text")
    func page() throws {
        let page = HTMLPage(title: ChartFixtures.hostileName, body: [.html("h1", [:], [.text(ChartFixtures.hostileName)]),
                                                                     HTMLPage.figure(ChartFixtures.line(name: ChartFixtures.hostileName), caption: ChartFixtures.hostileName)])
        let text = page.rendered
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(!text.contains("<script"))
        #expect(ChartTestSupport.attributes("content", in: text).contains(HTMLPage.contentSecurityPolicy))
        #expect(ChartTestSupport.xmlError(text) == nil, "\(ChartTestSupport.xmlError(text) ?? "")")
        #expect(ChartTestSupport.texts(of: "h1", in: text) == [ChartFixtures.hostileName])
        #expect(ChartTestSupport.texts(of: "figcaption", in: text) == [ChartFixtures.hostileName])
    }
}
