import Foundation
import Testing
@testable import Forecasting

/// A launch curve: sales at ages 1…12.
private let curve: [Double] = [3, 8, 12, 10, 7, 5, 4, 3, 2, 2, 1, 1]

/// A library of mugs alike in everything the similarity reads (equal weights), reference i
/// launched at period i with `curves[i]`.
private func library(_ curves: [[Double]]) -> AnalogLibrary {
    AnalogLibrary(references: curves.enumerated().map { index, sales in
        AnalogLibrary.Reference(profile: ProductProfile(id: "r\(index)", category: "mugs", price: 10),
                                firstPeriod: index, sales: sales)
    })
}

/// The forecast of a mug that has not sold yet, as of period 40 (every reference launched and
/// fully known), pooling up to `count` analogs.
private func launch(_ library: AnalogLibrary, count: Int, horizon: Int = 8) -> Forecast {
    let settings = AnalogForecaster.Settings(analogCount: count)
    var forecaster = AnalogForecaster(profile: ProductProfile(id: "new", category: "mugs", price: 10), library: library,
                                      settings: settings)
    forecaster.observe(history: (30...40).map { SalesObservation(period: $0, sales: 0) })
    #expect(forecaster.age == 0)
    return forecaster.forecast(horizon: horizon)
}

private func cumulative(_ values: ArraySlice<Double>) -> Double { values.reduce(0, +) }

@Suite("Analog launch forecast")
struct AnalogLaunchTests {
    @Test("look-alikes that share one launch curve give that curve back, with quantiles on it")
    func oneCurve() {
        let forecast = launch(library(Array(repeating: curve, count: 7)), count: 10)
        for step in 0..<8 { #expect(abs(forecast.mean[step] - curve[step]) < 1e-9) }
        for p in [0.05, 0.5, 0.95] {
            for step in 0..<8 { #expect(abs(forecast.quantile(p, step: step) - curve[step]) < 1e-9, "p \(p), step \(step)") }
            for k in 1...8 {
                #expect(abs(forecast.cumulativeQuantile(p, steps: k) - cumulative(curve.prefix(k))) < 1e-9, "p \(p), k \(k)")
            }
        }
    }

    /// 6 analogs launch at the curve, 14 at five times it: the bandwidth is Silverman's on their
    /// log levels (s = ln 5·√(π(1 − π))·√(n/(n − 1)), b = 1.06·s·n^(−1/5), n = 20), the small
    /// block's centre sits at p = 0.15, the large one's at 0.65, each at its curve × e^(−b²/2).
    /// Each analog holds m = 200/n = 10 paths on its own grid of z, spaced √(2π)/m at the centre:
    /// the quantile falls within half a step, b·√(2π)/(2m), of the centre — the tolerance.
    @Test("a mixture of two launch levels gives the mixture's quantiles, within the kernel's resolution for 20 analogs")
    func mixture() {
        let large = curve.map { $0 * 5 }
        let curves = (0..<20).map { $0 < 6 ? curve : large }
        let forecast = launch(library(curves), count: 20)
        let n = 20.0, share = 0.3
        for step in 0..<8 { #expect(abs(forecast.mean[step] - (share * curve[step] + (1 - share) * large[step])) < 1e-9) }
        let s = log(5) * (share * (1 - share)).squareRoot() * (n / (n - 1)).squareRoot()
        let b = 1.06 * s * pow(n, -0.2)
        let centre = exp(-b * b / 2)
        let tolerance = b * (2 * Double.pi).squareRoot() / (2 * 200 / n)
        for (p, base) in [(0.15, curve), (0.65, large)] {
            for step in 0..<8 {
                let ratio = forecast.quantile(p, step: step) / (base[step] * centre)
                #expect(abs(ratio - 1) < tolerance, "p \(p), step \(step): ratio \(ratio), tolerance \(tolerance)")
            }
            let total = forecast.cumulativeQuantile(p, steps: 8) / (cumulative(base.prefix(8)) * centre)
            #expect(abs(total - 1) < tolerance, "p \(p), total: ratio \(total)")
        }
        // The two blocks stay apart: the 30% quantile lies between the curves.
        #expect(forecast.quantile(0.25, step: 2) < forecast.quantile(0.4, step: 2))
    }

    @Test("quantiles are non-negative and rise with the level and, cumulated, with the periods")
    func monotone() {
        let curves = (0..<9).map { index in curve.map { $0 * Double(1 + index % 4) + Double(index % 3) } }
        let forecast = launch(library(curves), count: 9, horizon: 10)
        let levels = [0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.98]
        for step in 0..<10 {
            let values = levels.map { forecast.quantile($0, step: step) }
            #expect(values.allSatisfy { $0 >= 0 } && values == values.sorted(), "step \(step): \(values)")
        }
        for p in levels {
            let totals = (0...10).map { forecast.cumulativeQuantile(p, steps: $0) }
            #expect(totals == totals.sorted(), "p \(p): \(totals)")
        }
    }

    @Test("slots follow the weights by largest remainder; one analog or equal levels have no bandwidth")
    func slotsAndBandwidth() {
        #expect(AnalogForecaster.launchSlots([0.5, 0.25, 0.25], total: 200) == [100, 50, 50])
        #expect(AnalogForecaster.launchSlots([1.0 / 3, 1.0 / 3, 1.0 / 3], total: 200) == [67, 67, 66])
        #expect(AnalogForecaster.launchBandwidth([2], weights: [1]) == 0)
        #expect(AnalogForecaster.launchBandwidth([2, 2, 2], weights: [0.2, 0.3, 0.5]) == 0)
        // Two equal weights, levels 0 and 1: s² = (0.25 + 0.25)/2/(1 − 1/2) = 1/2, n_eff = 2.
        let expected = 1.06 * 0.5.squareRoot() * pow(2, -0.2)
        #expect(abs(AnalogForecaster.launchBandwidth([0, 1], weights: [0.5, 0.5]) - expected) < 1e-12)
    }
}

/// The root mean squared one-step change of `values`: the RMSSE scale.
private func changeScale(_ values: [Double]) -> Double {
    let changes = zip(values, values.dropFirst()).map { $1 - $0 }
    return (changes.map { $0 * $0 }.reduce(0, +) / Double(changes.count)).squareRoot()
}

/// The expected scaled squared error Σ_r w_r Σ_h (f_h − x_r(h))²/s_r² of `point` over equally
/// weighted `curves` (their first `point.count` ages) with scales measured on their whole curves.
private func expectedScaledLoss(_ point: [Double], _ curves: [[Double]]) -> Double {
    curves.map { curve in
        let scale = changeScale(curve)
        return zip(point, curve).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / (scale * scale)
    }.reduce(0, +) / Double(curves.count)
}

private func launch(_ library: AnalogLibrary, point: AnalogForecaster.LaunchPoint, horizon: Int = 8) -> Forecast {
    let settings = AnalogForecaster.Settings(analogCount: 10, launchPoint: point)
    var forecaster = AnalogForecaster(profile: ProductProfile(id: "new", category: "mugs", price: 10), library: library,
                                      settings: settings)
    forecaster.observe(history: (30...40).map { SalesObservation(period: $0, sales: 0) })
    return forecaster.forecast(horizon: horizon)
}

@Suite("Analog launch point for the scaled loss")
struct AnalogLaunchPointTests {
    /// A launch at the curve and one at five times it (scale five times larger): the weights
    /// 1/s² are 25 : 1, so the point is the curve × (1 + 5/25)/(1 + 1/25) = × 30/26, where the
    /// mean is × 3.
    @Test("the scaled point weighs each look-alike by 1/scale², the distribution keeps the mean's paths")
    func weighsByInverseSquaredScale() {
        let curves = [curve, curve.map { $0 * 5 }]
        let scaled = launch(library(curves), point: .scaled)
        let mean = launch(library(curves), point: .mean)
        for step in 0..<8 {
            #expect(abs(mean.mean[step] - 3 * curve[step]) < 1e-9)
            #expect(abs(scaled.mean[step] - curve[step] * 30 / 26) < 1e-9, "step \(step): \(scaled.mean[step])")
        }
        #expect(scaled.spread == mean.spread)
    }

    @Test("the scaled point minimises the expected scaled squared error over the look-alikes; the mean does not")
    func minimisesTheScaledLoss() {
        let curves = (0..<6).map { index in curve.map { $0 * Double(1 + index * index) + Double(index % 2) * 3 } }
        let point = launch(library(curves), point: .scaled).mean
        let best = expectedScaledLoss(point, curves)
        for step in 0..<8 {
            for delta in [-0.01, 0.01] {
                var moved = point
                moved[step] += delta
                #expect(expectedScaledLoss(moved, curves) > best, "step \(step), delta \(delta)")
            }
        }
        #expect(expectedScaledLoss(launch(library(curves), point: .mean).mean, curves) > best)
    }

    @Test("look-alikes with equal scales give the mean; one that never changed drops out; none left gives the mean")
    func degenerateScales() {
        let shifted = [curve, curve.map { $0 + 4 }]
        let equal = launch(library(shifted), point: .scaled)
        for step in 0..<8 { #expect(abs(equal.mean[step] - (curve[step] + 2)) < 1e-9) }
        let flat = [Double](repeating: 6, count: 12)
        let withFlat = launch(library([curve, flat]), point: .scaled)
        for step in 0..<8 { #expect(abs(withFlat.mean[step] - curve[step]) < 1e-9, "step \(step)") }
        let allFlat = launch(library([flat, flat.map { $0 * 2 }]), point: .scaled)
        for step in 0..<8 { #expect(abs(allFlat.mean[step] - 9) < 1e-9) }
    }
}

@Suite("Analog launch look-alikes")
struct AnalogLaunchPoolTests {
    @Test("before the first sale a look-alike needs its first `window` ages lived by the cutoff, or its series ended")
    func launchAnalogsHaveLived() {
        let references = [
            (0, Array(curve.prefix(12)) + [1, 1, 1, 1]),   // launched long ago: usable
            (35, [Double](repeating: 5, count: 11)),        // 6 ages lived by period 40, still selling: not yet
            (37, [4, 2]),                                    // ended at 38: known whole
            (28, [Double](repeating: 7, count: 20)),        // ages 1…13 lived by period 40: usable
        ]
        let library = AnalogLibrary(references: references.enumerated().map { index, pair in
            AnalogLibrary.Reference(profile: ProductProfile(id: "r\(index)", category: "mugs", price: 10),
                                    firstPeriod: pair.0, sales: pair.1)
        })
        var forecaster = AnalogForecaster(profile: ProductProfile(id: "new", category: "mugs", price: 10), library: library,
                                          settings: AnalogForecaster.Settings(analogCount: 10))
        forecaster.observe(history: (30...40).map { SalesObservation(period: $0, sales: 0) })
        #expect(forecaster.analogReferences == [0, 2, 3])
        // Once the product has sold, the rule is the next age only: the young reference counts.
        forecaster.observe(SalesObservation(period: 41, sales: 3))
        #expect(forecaster.analogReferences.contains(1))
    }

    @Test("a reference that first sold when the data began may have launched before: no launch look-alike")
    func unseenLaunches() {
        let sales = Array(curve.prefix(12)) + [1, 1, 1, 1]
        let references = [0, 3].enumerated().map { index, first in
            AnalogLibrary.Reference(profile: ProductProfile(id: "r\(index)", category: "mugs", price: 10),
                                    firstPeriod: first, sales: sales)
        }
        func analogs(_ library: AnalogLibrary, sold: Bool) -> [Int] {
            var forecaster = AnalogForecaster(profile: ProductProfile(id: "new", category: "mugs", price: 10), library: library)
            forecaster.observe(history: (30...40).map { SalesObservation(period: $0, sales: 0) })
            if sold { forecaster.observe(SalesObservation(period: 41, sales: 3)) }
            return forecaster.analogReferences
        }
        #expect(analogs(AnalogLibrary(references: references), sold: false) == [0, 1])
        #expect(analogs(AnalogLibrary(references: references, launchesUnseenAt: 0), sold: false) == [1])
        // Once the product has sold, the references are laid by age as before.
        #expect(analogs(AnalogLibrary(references: references, launchesUnseenAt: 0), sold: true) == [0, 1])
    }
}
