import BrowserCheck
import Foundation
import Testing
@testable import Reporting

/// Renders a page of every chart type in headless Chromium through `scripts/render-html`,
/// which fails on console messages (blocked scripts or fetches, errors) and on a blank
/// screenshot. Skipped, saying so, where Chromium is not installed.
@Suite("Chart gallery in a browser")
struct ChartBrowserTests {
    /// Every chart type twice: with plain names, and with names full of markup.
    static func gallery() -> HTMLPage {
        var body: [MarkupNode] = [.html("h1", [:], [.text("Chart gallery")]),
                                  .html("p", ["class": "meta"], [.text("Every chart type on a tiny fixed dataset.")])]
        for (kind, chart) in ChartFixtures.all() {
            body.append(HTMLPage.figure(chart, caption: "\(kind) chart"))
        }
        body.append(.html("h2", [:], [.text("Report-sized charts")]))
        for (kind, chart) in ChartDemoFixtures.all() {
            body.append(HTMLPage.figure(chart, caption: "\(kind) chart"))
        }
        body.append(.html("h2", [:], [.text("Names with markup: \(ChartFixtures.hostileName)")]))
        for (kind, chart) in ChartFixtures.all(name: ChartFixtures.hostileName) {
            body.append(HTMLPage.figure(chart, caption: "\(kind) chart, hostile names"))
        }
        return HTMLPage(title: "Chart gallery \(ChartFixtures.hostileName)", body: body)
    }

    @Test("the gallery loads without console errors and the screenshot is not blank",
          .enabled(if: BrowserCheck.chromium != nil, Comment(rawValue: BrowserCheck.skipReason)))
    func gallery() throws {
        // CHART_GALLERY_DIR keeps the page, its screenshot and every chart as an .svg to look at.
        let kept = ProcessInfo.processInfo.environment["CHART_GALLERY_DIR"].map { URL(fileURLWithPath: $0) }
        let folder = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("sellthrough-chart-gallery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
        let page = folder.appendingPathComponent("gallery.html")
        let image = folder.appendingPathComponent("gallery.png")
        try Data(Self.gallery().rendered.utf8).write(to: page)
        if kept != nil {
            for (kind, chart) in ChartFixtures.all() + ChartDemoFixtures.all() {
                try Data(chart.svg.utf8).write(to: folder.appendingPathComponent(kind.replacingOccurrences(of: " ", with: "-") + ".svg"))
            }
        }

        let rendering = try BrowserCheck.render(page, to: image, window: "1280x9000")
        print(rendering.output)
        #expect(rendering.isHealthy, "scripts/render-html exited \(rendering.status): \(rendering.output)")
        #expect(FileManager.default.fileExists(atPath: image.path))
    }
}
