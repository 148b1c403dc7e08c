import Calibration
import Foundation
import Testing
import Workflows

/// Simulate a known market, calibrate from its simulated demand, and recover what was
/// simulated: Bass m, p and q, the yearly season and the negative binomial dispersion, each
/// within a tolerance derived from the sample; the calibrated scenario then runs. The steady
/// product only anchors the history's first week before the launches.
@Suite("calibrate round trip")
struct CalibrationRoundTripTests {
    static let truth = (marketSize: 6000.0, innovation: 0.008, imitation: 0.09, dispersion: 4.0,
                        yearly: [0.7, 0.75, 0.85, 0.95, 1.0, 1.05, 1.1, 1.05, 0.95, 1.0, 1.2, 1.4])

    @Test("Tests/Fixtures/calibration-roundtrip.yaml (seed 16, ten Bass launches) is recovered and the fitted scenario runs")
    func roundTrip() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await SimulateWorkflow.run(SimulateWorkflow.Options(
            scenarioFile: Fixtures.path("Tests/Fixtures/calibration-roundtrip.yaml"),
            folder: folder.appendingPathComponent("sim").path, provenance: Fixtures.provenance))
        let history = folder.appendingPathComponent("sim/demand.csv").path
        // Simulated demand has no price column: the product file gives the list price.
        let products = folder.appendingPathComponent("products.csv").path
        try (["unique_id,price", "steady,4"] + (1...10).map { "launch-\($0),10" }).joined(separator: "\n")
            .write(toFile: products, atomically: true, encoding: .utf8)
        let scenario = folder.appendingPathComponent("fitted.yaml").path
        let result = try await CalibrateWorkflow.run(CalibrateWorkflow.Options(
            historyFile: history, productsFile: products, outFile: scenario, folder: folder.appendingPathComponent("calibration").path,
            name: "fitted", replications: 20, threads: 2, provenance: Fixtures.provenance))
        #expect(result.fits.count == 11)

        // AICc picks Bass for about 95% of simulated Bass launches (the lifecycle fit's own round
        // trip: 56–58 of 60); a phase fit may win by chance on a noisy one, not on three.
        let launches = result.fits.filter { $0.id != "steady" }
        let bass = launches.filter(\.lifecycle.isBass)
        #expect(bass.count >= 8, "Bass chosen for \(bass.count) of 10: \(launches.map(\.criterion))")
        for fit in bass {
            guard case let .bass(m, p, q) = fit.lifecycle else { continue }
            // Each within 4 of its own standard errors (the lognormal σ of the fit).
            for (field, fitted, truth) in [("market_size", m, Self.truth.marketSize), ("innovation", p, Self.truth.innovation),
                                           ("imitation", q, Self.truth.imitation)] {
                let sigma = try #require(fit.uncertainty.compactMap { entry -> Double? in
                    guard entry.field == "lifecycle.bass.\(field)", case let .lognormal(_, sigma) = entry.spread else { return nil }
                    return sigma
                }.first, "\(fit.id) has no σ for \(field)")
                #expect(abs(log(fitted / truth)) <= 4 * sigma, "\(fit.id) \(field): fitted \(fitted), true \(truth), σ \(sigma)")
            }
        }

        // Seasonality: one profile for the pooled catalogue. The standard error of month j's
        // multiplier is about s_j·√(φ / T_j), T_j the units sold in month j over the catalogue
        // and φ = 1 + μ/k the variance inflation of the negative binomial at the mean weekly μ.
        let rows = try String(contentsOfFile: history, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",").map(String.init) }
        var unitsByMonth = [Double](repeating: 0, count: 12)
        var total = 0.0, weeks = 0.0
        for row in rows {
            let month = (Int(row[1].split(separator: "-")[1]) ?? 1) - 1
            let units = Double(row[2]) ?? 0
            unitsByMonth[month] += units
            if units > 0 { total += units; weeks += 1 }
        }
        let phi = 1 + total / max(weeks, 1) / Self.truth.dispersion
        let yearly = try #require(result.fits.first?.yearly, "no yearly seasonality was fitted")
        for month in 0..<12 {
            let tolerance = 4 * Self.truth.yearly[month] * (phi / unitsByMonth[month]).squareRoot()
            #expect(abs(yearly[month] - Self.truth.yearly[month]) <= tolerance,
                    "month \(month + 1): fitted \(yearly[month]), true \(Self.truth.yearly[month]), tolerance \(tolerance)")
        }

        // Dispersion: the median over the products, within 4 standard errors of a median of
        // ln k (1.2533 · sd / √n, the sd taken from the products' own scatter; at least 0.05, so
        // that ten near-equal estimates cannot make the tolerance vanish).
        let logs = result.fits.filter { $0.id != "steady" }.compactMap { fit -> Double? in
            if case let .negativeBinomial(k) = fit.noise { return log(k) }
            return nil
        }.sorted()
        #expect(logs.count >= 8, "negative binomial chosen for \(logs.count) of 10")
        let mean = logs.reduce(0, +) / Double(logs.count)
        let sd = (logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(logs.count - 1, 1))).squareRoot()
        let median = logs[logs.count / 2]
        #expect(abs(median - log(Self.truth.dispersion)) <= 4 * 1.2533 * max(sd, 0.05) / Double(logs.count).squareRoot(),
                "median k \(exp(median)), true \(Self.truth.dispersion), sd of ln k \(sd)")

        // The fitted scenario runs as it is.
        var options = RunWorkflow.Options(scenarioFile: scenario, folder: folder.appendingPathComponent("run").path, threads: 2,
                                          provenance: Fixtures.provenance)
        options.replications = 2
        let run = try await RunWorkflow.run(options)
        #expect(run.products == 11 && run.strategies > 0)
    }
}
