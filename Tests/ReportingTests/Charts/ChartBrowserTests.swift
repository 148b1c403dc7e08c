import Foundation
import Testing
@testable import Reporting

/// Renders a page of every chart type in headless Chromium through `scripts/render-html`,
/// which fails on console messages (blocked scripts or fetches, errors) and on a blank
/// screenshot. Skipped, saying so, where Chromium is not installed.
@Suite("Chart gallery in a browser")
struct ChartBrowserTests {
    static let chromium = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"].lazy.compactMap { name in
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }.first

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
          .enabled(if: chromium != nil, "Chromium is not installed (scripts/install-chromium installs it): browser check skipped"))
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

        let process = Process()
        process.executableURL = ChartTestSupport.repositoryRoot.appendingPathComponent("scripts/render-html")
        process.arguments = [page.path, image.path, "1280x9000"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print(text)
        #expect(process.terminationStatus == 0, "scripts/render-html exited \(process.terminationStatus): \(text)")
        #expect(text.contains(", 0 console message(s)"))
        #expect(FileManager.default.fileExists(atPath: image.path))
    }
}
