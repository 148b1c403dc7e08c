import BrowserCheck
import Calibration
import Evaluation
import Foundation
import Testing
import TestSupport
@testable import Reporting

/// The fidelity report says what differs and draws every product it names.
@Suite("Fidelity report")
struct FidelityReportTests {
    /// 30 weekly products of 60 periods; the simulation (40 replications) is faithful in
    /// everything but volume: it draws four times the real mean, so the mean must be named as a
    /// difference and the band must cover far less than 80%. Seed 16.
    static func report(volumeFactor: Double = 4) throws -> FidelityReport {
        var random = SplitMix64(seed: 16)
        let levels = (0..<30).map { _ in random.logUniform(2...40) }
        // Exponential-ish noise around each level: enough spread for a band.
        let draw = { (level: Double, random: inout SplitMix64) in (level * -log(random.uniform(1e-9...1))).rounded() }
        let real = levels.map { level in (0..<60).map { _ in draw(level, &random) } }
        let simulated = (0..<40).map { _ in levels.map { level in (0..<60).map { _ in draw(level * volumeFactor, &random) } } }
        let result = try FidelityResult(real: real, simulated: simulated, options: FidelityOptions(seasonLength: 52))
        let products = levels.indices.map { index in
            FidelityReport.Product(id: "sku-\(index)", fit: "phases (maturity)", notes: index == 3 ? ["too short: the group's curve"] : [])
        }
        return FidelityReport(scenario: "test <market>", scenarioFile: "fitted.yaml", historyFile: "sales.csv",
                              calendar: SeriesCalendar(startDay: CivilDay.parse("2024-01-01") ?? 0, frequency: .weekly),
                              result: result, products: products, seed: 16, version: "test", shownProducts: 6)
    }

    @Test("a quadrupled volume is named as the first finding, with its medians; the band coverage is named too")
    func findings() throws {
        let report = try Self.report()
        let findings = report.findings
        #expect(findings.first?.hasPrefix("Mean demand per period: simulated series run higher") == true, "\(findings)")
        #expect(findings.contains { $0.contains("10–90% band in") })
        let faithful = try Self.report(volumeFactor: 1)
        #expect(faithful.findings.isEmpty, "\(faithful.findings)")
    }

    @Test("the markdown has the statistic table, the findings, the model limits and the fallen-back product")
    func markdown() throws {
        let text = try Self.report().markdown
        #expect(text.hasPrefix("# test \\<market\\>: fidelity of the calibration"))
        #expect(text.contains("| mean demand per period |"))
        #expect(text.contains("## What the simulator cannot reproduce"))
        #expect(text.contains(FidelityReport.modelLimits[0]))
        #expect(text.contains("| sku-3 | too short: the group's curve |"))
        #expect(text.contains("## Fits that fell back or were warned (1 of 30)"))
    }

    @Test("shown products: the largest sellers first, then the worst covered, each once")
    func shown() throws {
        let report = try Self.report()
        let shown = report.shownIndices
        #expect(shown.count == 6 && Set(shown).count == 6)
        let largest = report.result.real.indices.max { (report.result.real[$0].mean ?? 0) < (report.result.real[$1].mean ?? 0) }
        #expect(shown.first == largest)
        #expect(shown.contains(try #require(report.worstCovered.first { !shown.prefix(3).contains($0) })))
    }

    @Test("the page loads in a browser without console errors",
          .enabled(if: BrowserCheck.chromium != nil, Comment(rawValue: BrowserCheck.skipReason)))
    func browser() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sellthrough-fidelity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent(FidelityReport.htmlName)
        try Data(try Self.report().html.utf8).write(to: page)
        let rendering = try BrowserCheck.render(page, to: folder.appendingPathComponent("page.png"), window: "1280x6000")
        #expect(rendering.isHealthy, "scripts/render-html exited \(rendering.status): \(rendering.output)")
    }
}
