import BrowserCheck
import Foundation
import Testing
import Workflows

/// `report.html` of the what-if workflow, on the small launch of ``WhatIfWorkflowTests``.
@Suite("what-if workflow: report.html")
struct WhatIfReportTests {
    /// The launch with a product id full of markup, which reaches the page through the paths.
    static let hostileID = "widget<i>&x"

    /// A temporary folder holding the launch with ``hostileID`` as its product id.
    static func folder() throws -> (URL, String) {
        try WhatIfWorkflowTests.folder(Fixtures.text(WhatIfWorkflowTests.scenario)
            .replacingOccurrences(of: "id: widget", with: "id: '\(hostileID)'")
            .replacingOccurrences(of: "products[widget]", with: "products[\(hostileID)]"))
    }

    @Test("one varied field: the table, both line charts and escaped names")
    func oneField() async throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await Run.whatIf(file, vary: ["products[\(Self.hostileID)].initial_stock=0:1200:300"], constraints: ["fill_rate>=0.8"],
                                 into: folder, "out") {
            $0.product = Self.hostileID
            $0.replications = 4
        }
        let html = try Fixtures.read(folder.appendingPathComponent("out"), "report.html")
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
    func twoFields() async throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await Run.whatIf(file, vary: ["products[\(Self.hostileID)].initial_stock=300,900", "products[\(Self.hostileID)].price=18:22:2"],
                                 constraints: ["fill_rate>=0.99"], into: folder, "grid") { $0.replications = 3 }
        let html = try Fixtures.read(folder.appendingPathComponent("grid"), "report.html")
        let recommends = !html.contains("No evaluated point meets")
        #expect(html.components(separatedBy: "<svg").count - 1 == (recommends ? 4 : 3), "heatmaps")
        #expect(html.contains("Expected profit over the grid") && html.contains("P(stockout) over the grid"))
        #expect(html.contains("Cells failing fill_rate") || html.contains("Every cell meets"))
        #expect(!html.contains("<i>"))
    }

    @Test("the one-field and the two-field pages load in Chromium without console errors and are not blank",
          .enabled(if: BrowserCheck.chromium != nil, Comment(rawValue: BrowserCheck.skipReason)))
    func browser() async throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "products[\(Self.hostileID)]"
        let studies = [("line", ["\(path).initial_stock=0:1200:300"], Self.hostileID as String?),
                       ("grid", ["\(path).initial_stock=300,900", "\(path).price=18:22:2"], nil)]
        for (name, vary, product) in studies {
            _ = try await Run.whatIf(file, vary: vary, into: folder, name) {
                $0.product = product
                $0.replications = 3
            }
            let out = folder.appendingPathComponent(name)
            let rendering = try BrowserCheck.render(out.appendingPathComponent("report.html"),
                                                    to: folder.appendingPathComponent("\(name).png"), window: "1280x3000")
            print(rendering.output)
            #expect(rendering.isHealthy, "\(name): scripts/render-html exited \(rendering.status): \(rendering.output)")
        }
    }
}
