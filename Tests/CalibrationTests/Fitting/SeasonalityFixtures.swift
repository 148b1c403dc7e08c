import Foundation
import Calendar
import GSL
import Market
@testable import Calibration

/// A simulated group for the seasonal round trips: products launched at staggered periods with a
/// ramp-up-then-decay baseline, their sales drawn by GSL around baseline × the simulator's own
/// period factors (Market's `Seasonality.periodFactors`), so the fit must invert exactly what the
/// simulator does.
struct SeasonalGroup {
    var calendar: PeriodCalendar
    var members: [SeasonalityMember]
    /// Σ baseline × factor-share per month (expected units at multiplier 1): the exposure that
    /// sets each multiplier's Poisson standard error, √(s/E).
    var monthExposure: [Double]

    /// - Parameters:
    ///   - level: range of the products' peak level, units per period.
    ///   - dispersion: negative-binomial dispersion; nil for Poisson sales.
    init(seed: UInt, products: Int, calendar: PeriodCalendar, seasonality: Seasonality, level: ClosedRange<Double>,
         launchSpread: Int, dispersion: Double? = nil) throws {
        let stream = try RandomStream(seed: seed)
        let factors = seasonality.periodFactors(for: calendar)
        let seasonal = SeasonalCalendar(calendar)
        self.calendar = calendar
        monthExposure = [Double](repeating: 0, count: 12)
        members = []
        for _ in 0..<products {
            let launch = Int(stream.uniformInt(below: UInt(launchSpread)))
            let peak = level.lowerBound + stream.uniform() * (level.upperBound - level.lowerBound)
            let perYear = Double(calendar.length.perYear)
            let baseline = (0..<calendar.periods).map { t -> Double in
                guard t >= launch else { return 0 }
                let age = Double(t - launch + 1) / perYear
                return peak * (1 - exp(-age * 8)) * exp(-age / 3)
            }
            let family: CountDistribution.Family = dispersion.map { .negativeBinomial(dispersion: $0) } ?? .poisson
            let sales = (0..<calendar.periods).map { t in
                Double(CountDistribution(family: family, mean: baseline[t] * factors[t]).sample(stream))
            }
            for t in launch..<calendar.periods {
                for cell in seasonal.cells[t] {
                    monthExposure[cell.month] += baseline[t] * Double(cell.days) / Double(seasonal.days[t])
                        * (seasonality.weekly?[cell.weekday] ?? 1)
                }
            }
            members.append(SeasonalityMember(sales: sales, baseline: baseline, live: launch..<calendar.periods))
        }
    }

    var seasonalCalendar: SeasonalCalendar { SeasonalCalendar(calendar) }
}

/// Multipliers rescaled to average 1, as the fit reports them.
func normalised(_ values: [Double]) -> [Double] {
    let mean = values.reduce(0, +) / Double(values.count)
    return values.map { $0 / mean }
}

/// A table row "name  true  raw ± se  shrunk" for the round-trip reports printed by the tests.
func tableRow(_ name: String, _ truth: Double, _ estimate: SeasonalEstimate, _ index: Int) -> String {
    func f(_ x: Double) -> String { String(format: "%.3f", x) }
    return "| \(name) | \(f(truth)) | \(f(estimate.raw[index])) ± \(f(estimate.rawStandardErrors[index])) | \(f(estimate.multipliers[index])) ± \(f(estimate.standardErrors[index])) |"
}
