import Foundation
import Testing
@testable import Forecasting

/// Rolling-origin evaluation of the intermittent models on a long-format weekly CSV
/// (`unique_id,ds,y,…`, the rows of one series consecutive and in date order), with
/// statsforecast's window arithmetic (h = 8, 4 windows, step 8; series shorter than
/// h·windows + 2h skipped, as the peer script does).
///
/// Kept out of the default run: set `INTERMITTENT_REAL_DATA` to the CSV (e.g.
/// ../shared/data/online-retail-ii/weekly_demand.csv) and optionally `INTERMITTENT_CV_OUT` to a
/// path for the cross-validation frame (unique_id, ds, cutoff, y, one column per model and
/// `name-lo-80` … `name-hi-95`) that /work/shared/eval/score_cv.py scores. Prints the time spent
/// fitting and forecasting and the interval coverage per period and of 8-period totals.
/// (Build with `-c release -Xswiftc -enable-testing`: a debug build is some 20 times slower.)
@Suite("Intermittent models on real weekly data (opt-in)")
struct RealDataEvaluation {
    static let path = ProcessInfo.processInfo.environment["INTERMITTENT_REAL_DATA"]
    static let (horizon, windows) = (8, 4)
    static let levels = [0.8, 0.95]

    /// Coverage tallies of one model.
    struct Tally {
        var fitting = Duration.zero
        var stepHits = [0, 0]
        var totalHits = [0, 0]
        var totalsBelow = [0, 0]
    }

    @Test(.enabled(if: path != nil))
    func evaluate() throws {
        let series = try Self.load(Self.path!).filter { $0.values.count >= Self.horizon * (Self.windows + 2) }
        var tallies = Array(repeating: Tally(), count: intermittentModels.count)
        var lines = [Self.header]
        var (points, totals) = (0, 0)
        for item in series {
            for window in 0..<Self.windows {
                let cutoff = item.values.count - Self.horizon * (Self.windows - window)
                let forecasts = Self.forecasts(Array(item.values[0..<cutoff]), tallies: &tallies)
                let actuals = Array(item.values[cutoff..<(cutoff + Self.horizon)])
                Self.scoreTotals(forecasts, actual: actuals.reduce(0, +), tallies: &tallies)
                totals += 1
                for step in 0..<Self.horizon {
                    points += 1
                    let prefix = "\(item.id),\(item.dates[cutoff + step]),\(item.dates[cutoff - 1]),\(Self.text(actuals[step]))"
                    lines.append(prefix + Self.scoreStep(step, forecasts, actual: actuals[step], tallies: &tallies))
                }
            }
        }
        print("\(series.count) series, \(totals) forecasts per model")
        for (template, tally) in zip(intermittentModels, tallies) {
            let step = tally.stepHits.map { Double($0) / Double(points) }
            let total = tally.totalHits.map { Double($0) / Double(totals) }
            let below = tally.totalsBelow.map { Double($0) / Double(totals) }
            print("\(template.name): fit + forecast \(tally.fitting); per-period coverage 80% \(step[0]), 95% \(step[1]);",
                  "8-period totals 80% \(total[0]), 95% \(total[1]) (below the interval: \(below[0]), \(below[1]))")
        }
        if let out = ProcessInfo.processInfo.environment["INTERMITTENT_CV_OUT"] {
            try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
        }
    }

    static var header: String {
        var header = "unique_id,ds,cutoff,y"
        for template in intermittentModels {
            header += ",\(template.name)"
            for level in levels {
                header += ",\(template.name)-lo-\(Int(level * 100)),\(template.name)-hi-\(Int(level * 100))"
            }
        }
        return header
    }

    /// Every model fitted at the cutoff (timed), forecasting `horizon` periods.
    static func forecasts(_ history: [Double], tallies: inout [Tally]) -> [Forecast] {
        let clock = ContinuousClock()
        let observed = observations(history)
        return intermittentModels.indices.map { index in
            let began = clock.now
            var forecaster = intermittentModels[index]
            forecaster.observe(history: observed)
            let forecast = forecaster.forecast(horizon: horizon)
            tallies[index].fitting += clock.now - began
            return forecast
        }
    }

    static func scoreTotals(_ forecasts: [Forecast], actual: Double, tallies: inout [Tally]) {
        for (index, forecast) in forecasts.enumerated() {
            for (i, level) in levels.enumerated() {
                let lo = forecast.cumulativeQuantile((1 - level) / 2, steps: horizon)
                let hi = forecast.cumulativeQuantile((1 + level) / 2, steps: horizon)
                if lo <= actual, actual <= hi { tallies[index].totalHits[i] += 1 }
                if actual < lo { tallies[index].totalsBelow[i] += 1 }
            }
        }
    }

    /// The CSV columns of one period for every model; tallies its coverage.
    static func scoreStep(_ step: Int, _ forecasts: [Forecast], actual: Double, tallies: inout [Tally]) -> String {
        var line = ""
        for (index, forecast) in forecasts.enumerated() {
            line += "," + text(forecast.mean[step])
            for (i, level) in levels.enumerated() {
                let lo = forecast.quantile((1 - level) / 2, step: step)
                let hi = forecast.quantile((1 + level) / 2, step: step)
                line += "," + text(lo) + "," + text(hi)
                if lo <= actual, actual <= hi { tallies[index].stepHits[i] += 1 }
            }
        }
        return line
    }

    struct Series {
        var id: String
        var dates: [String]
        var values: [Double]
    }

    /// Series of a long-format CSV whose rows of one id are consecutive and in date order.
    static func load(_ path: String) throws -> [Series] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var result = [Series]()
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 3, let value = Double(fields[2]) else { continue }
            let id = String(fields[0])
            if result.last?.id != id { result.append(Series(id: id, dates: [], values: [])) }
            result[result.count - 1].dates.append(String(fields[1]))
            result[result.count - 1].values.append(value)
        }
        return result
    }

    static func text(_ value: Double) -> String {
        String(format: "%.6f", value)
    }
}
