import BrowserCheck
import Foundation
import Testing

/// `report.html` of `sellthrough whatif`, end to end, on the small launch of ``WhatIfCommandTests``.
@Suite("sellthrough whatif report.html")
struct WhatIfReportTests {
    /// The launch with a product id full of markup, which reaches the page through the paths.
    static let hostileID = "widget<i>&x"

    /// A temporary folder holding the launch with ``hostileID`` as its product id.
    static func folder() throws -> (URL, String) {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("launch.yaml")
        let scenario = WhatIfCommandTests.scenario
            .replacingOccurrences(of: "id: widget", with: "id: '\(hostileID)'")
            .replacingOccurrences(of: "products[widget]", with: "products[\(hostileID)]")
        try scenario.write(to: file, atomically: true, encoding: .utf8)
        return (folder, file.path)
    }

    @Test("one varied field: the table, both line charts and escaped names")
    func oneField() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["whatif", file, "--vary", "products[\(Self.hostileID)].initial_stock=0:1200:300",
                                            "--product", Self.hostileID, "--constraint", "fill_rate>=0.8",
                                            "--replications", "4", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 4, "four line charts")
        #expect(html.contains("Expected profit against") && html.contains("Stockouts and fill rate against"))
        #expect(html.contains("Expected profit against the recommended point&#39;s") || html.contains("Expected profit against the recommended point's"))
        #expect(html.contains("Leftover and lost units against"))
        #expect(html.contains("Launch stock of widget&lt;i&gt;&amp;x (units)"), "the axis is titled in words")
        #expect(html.contains("constraint fill_rate &gt;= 0.8"), "the constraint line is named in the legend")
        #expect(html.contains("<strong>"), "the recommended row in bold")
        #expect(html.contains("widget&lt;i&gt;&amp;x"))
        #expect(!html.contains("<i>") && !html.contains("widget<"))
        #expect(html.contains("fill_rate &gt;= 0.8") || html.contains("fill_rate&gt;=0.8"))
    }

    @Test("two varied fields: heatmaps of profit and stockout probability")
    func twoFields() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("grid")
        let result = try CommandRunner.run(["whatif", file, "--vary", "products[\(Self.hostileID)].initial_stock=300,900",
                                            "--vary", "products[\(Self.hostileID)].price=18:22:2", "--replications", "3",
                                            "--constraint", "fill_rate>=0.99", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        let recommends = !html.contains("No evaluated point meets")
        #expect(html.components(separatedBy: "<svg").count - 1 == (recommends ? 4 : 3), "heatmaps")
        #expect(html.contains("Expected profit over the grid") && html.contains("P(stockout) over the grid"))
        #expect(html.contains("Cells failing fill_rate") || html.contains("Every cell meets"))
        #expect(!html.contains("<i>"))
    }

    @Test("the one-field and the two-field pages load in Chromium without console errors and are not blank",
          .enabled(if: BrowserCheck.chromium != nil, Comment(rawValue: BrowserCheck.skipReason)))
    func browser() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "products[\(Self.hostileID)]"
        let studies = [("line", ["--vary", "\(path).initial_stock=0:1200:300", "--product", Self.hostileID]),
                       ("grid", ["--vary", "\(path).initial_stock=300,900", "--vary", "\(path).price=18:22:2"])]
        for (name, options) in studies {
            let out = folder.appendingPathComponent(name)
            let result = try CommandRunner.run(["whatif", file] + options + ["--replications", "3", "--out", out.path, "--quiet"])
            #expect(result.status == 0, "\(result.standardError)")
            let rendering = try BrowserCheck.render(out.appendingPathComponent("report.html"),
                                                    to: folder.appendingPathComponent("\(name).png"), window: "1280x3000")
            print(rendering.output)
            #expect(rendering.isHealthy, "\(name): scripts/render-html exited \(rendering.status): \(rendering.output)")
        }
    }
}
