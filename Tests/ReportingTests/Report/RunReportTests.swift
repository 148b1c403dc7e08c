import Foundation
import Testing
@testable import Reporting

@Suite("Run report page")
struct RunReportTests {
    @Test("names with markup from the scenario and the strategies appear only as escaped text")
    func escaping() throws {
        let name = ReportFixtures.hostileName
        let html = try ReportFixtures.report(name: name).html
        #expect(!html.contains("<script"), "raw <script> in the page")
        #expect(!html.contains("alert(\"x\")"), "a raw quote in the page")
        #expect(!html.contains("</script> & "), "a raw ampersand in the page")
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;q&quot;"))
        #expect(ChartTestSupport.xmlError(html) == nil, "\(ChartTestSupport.xmlError(html) ?? "")")
        // Read back by an XML parser, the title and every chart's text alternative hold the
        // name as plain text.
        #expect(ChartTestSupport.texts(of: "title", in: html).first == "tiny-\(name): backtest report")
        let descriptions = ChartTestSupport.texts(of: "desc", in: html)
        #expect(descriptions.count == 7)
        #expect(descriptions.filter { $0.contains(name) }.count >= 6, "\(descriptions)")
        // Nothing from the data reaches an id, an href or the style sheet.
        for id in ChartTestSupport.attributes("id", in: html) { #expect(!id.contains("<") && !id.contains(" ")) }
        for href in ChartTestSupport.attributes("href", in: html) {
            #expect(href.hasPrefix("#") || ["summary.md", "summary.json", "metrics.csv"].contains(href), "\(href)")
        }
    }

    @Test("the page holds every section, a table row per strategy and seven charts, and loads nothing")
    func structure() throws {
        let report = try ReportFixtures.report()
        let html = report.html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        for heading in ["At a glance", "Scenario", "Strategies compared", "Profit over replications", "Service against inventory",
                        "Products", "Quilted jacket (jacket-jacket)"] {
            #expect(html.contains(">\(heading)</h"), "missing heading \(heading)")
        }
        #expect(html.components(separatedBy: "<svg ").count - 1 == 7)
        #expect(html.components(separatedBy: "<figcaption>").count - 1 == 7)
        // What to pick comes first, before the contents; the shown replication is named and why.
        let decision = try #require(html.range(of: "<strong>Recommendation: ses × jacket</strong>"))
        #expect(decision.lowerBound < (html.range(of: "aria-label=\"Contents\"")?.lowerBound ?? html.startIndex))
        #expect(html.contains("The product charts below follow replication 1 (numbered 0 to 2 as in metrics.csv): a typical one, "
                              + "where ses × jacket made its median profit."))
        #expect(html.contains("replication 1 (of 0–2)"))
        // The downside, leftovers and write-offs are columns; the dominated strategy says by whom.
        for header in ["P5 profit", "leftover", "write-off", "frontier"] { #expect(html.contains(">\(header)</th>"), "\(header)") }
        #expect(html.contains("one in twenty earns less\">980</td>"))
        #expect(html.contains("dominated by ses × jacket"))
        // Rank, shared ranks and the baseline in bold; intervals as ± half-widths.
        #expect(html.contains("<td><strong>naive × s-S</strong></td>") || html.contains("<strong>naive × s-S</strong>"))
        #expect(html.contains("1,250 ± 150"))
        #expect(html.contains("310 ± 180"))
        #expect(html.contains("Realised demand fell inside it in"))
        for forbidden in ["<script", "<link", "<img", "@import", "url(http", "<iframe"] {
            #expect(!html.contains(forbidden), "page contains \(forbidden)")
        }
        #expect(html.contains(HTMLText.escapeAttribute(HTMLPage.contentSecurityPolicy)))
        #expect(report.html == html, "rendering is deterministic")
    }

    @Test("the followed strategies are the recommended (else the best), the baseline and the frontier's best service, else the runner-up")
    func shownStrategies() throws {
        var summary = try ReportFixtures.summary()
        let shown = ShownStrategies(summary)
        #expect(shown.choices.map(\.name) == ["ses × jacket", "naive × s-S", "ma × weekly"])
        #expect(shown.choices.map(\.role) == ["recommended", "baseline", "runner-up"])
        summary.strategies[2].paretoEfficient = true
        #expect(ShownStrategies(summary).choices.map(\.role) == ["recommended", "baseline", "top fill rate on the frontier"])
        // Nothing recommended: the best by profit leads.
        summary.recommendation.strategy = nil
        #expect(ShownStrategies(summary).choices.map(\.role) == ["best profit", "baseline", "top fill rate on the frontier"])
    }

    @Test("with more products than the report follows, the page says which")
    func productLimit() throws {
        var data = ReportFixtures.data()
        data.scenario.productCount = 40
        let html = RunReport(summary: try ReportFixtures.summary(), data: data).html
        #expect(html.contains("40 products; the report follows the first 1: Quilted jacket (jacket-jacket)"))
        #expect(html.contains("The report follows the first 1 of the 40 products."))
    }

    @Test("a strategy that reads no forecast has no forecast chart; the first followed strategy that does is charted")
    func noForecast() throws {
        let summary = try ReportFixtures.summary()
        let title = "Forecast against actual demand: Quilted jacket (jacket-jacket)"
        /// The fixture's periods with the forecasts of the strategies at `indices` taken away, as
        /// the closed loop records a strategy that runs without a forecaster.
        func withoutForecasts(_ indices: [Int]) -> ReportData {
            var data = ReportFixtures.data()
            for product in data.products.indices {
                for index in indices where index < data.products[product].strategies.count {
                    data.products[product].strategies[index].forecast = nil
                    data.products[product].strategies[index].forecastLow = nil
                    data.products[product].strategies[index].forecastHigh = nil
                }
            }
            return data
        }
        // The recommended strategy reads no forecast: the baseline's forecast is charted instead.
        var html = RunReport(summary: summary, data: withoutForecasts([0])).html
        #expect(html.components(separatedBy: "<title>\(title)</title>").count - 1 == 1)
        #expect(html.contains("naive in naive × s-S, one week ahead"))
        #expect(!html.contains("No forecast chart"))
        // None of the followed strategies reads one: no forecast chart, and the page says why.
        html = RunReport(summary: summary, data: withoutForecasts(Array(0..<3))).html
        #expect(!html.contains(title))
        #expect(html.contains("No forecast chart: ses × jacket, naive × s-S, ma × weekly read no forecast (the policy orders from stock alone)."))
    }

    @Test("a scenario with an uncertainty section says the run used the written values, naming the fields escaped")
    func uncertaintyLeftOut() throws {
        var data = ReportFixtures.data()
        #expect(!RunReport(summary: try ReportFixtures.summary(), data: data).html.contains("Uncertainty"))
        data.scenario.uncertainParameters = ["products[jacket].lifecycle.bass.market_size", "products[<b>].price"]
        let html = RunReport(summary: try ReportFixtures.summary(), data: data).html
        #expect(html.contains("2 launch parameters (products[jacket].lifecycle.bass.market_size, products[&lt;b&gt;].price) "
                              + "would be drawn afresh in each replication by sellthrough whatif; this run uses the values"))
    }

    @Test("a period calendar labels days within a year without it, and across years with two digits")
    func calendarLabels() throws {
        var scenario = ReportFixtures.data().scenario
        let weekly = try #require(ReportCalendar(scenario))
        #expect(weekly.label(0) == "7 Sep")
        #expect(weekly.longLabel(9) == "9 Nov 2026")
        scenario.periods = 30
        let crossing = try #require(ReportCalendar(scenario))
        #expect(crossing.label(17) == "4 Jan 27")
        scenario.periodLength = "fortnight"
        #expect(ReportCalendar(scenario) == nil)
    }
}
