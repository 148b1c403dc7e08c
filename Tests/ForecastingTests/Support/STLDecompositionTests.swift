import Foundation
import Testing
@testable import Forecasting

/// STL against the reference: statsmodels 0.14's `STL(y, period=12, seasonal=11, seasonal_deg=0)`
/// (the call statsforecast's `mstl` makes for one season; non-robust, five inner passes), and the
/// seasonal strength statsforecast's `seas_heuristic` computes from it. The series are
/// deterministic (a trend, a sine season and a fixed arithmetic wobble), so no seed is involved.
struct STLDecompositionTests {
    /// 100 + 1.5t + 12·sin(2πt/12) + ((7t² + 3t) mod 11) − 5, t = 0..<40: strongly seasonal.
    static let seasonalSeries: [Double] = (0..<40).map { t in
        let wobble = Double((7 * t * t + 3 * t) % 11) - 5
        return 100 + 1.5 * Double(t) + 12 * sin(2 * Double.pi * Double(t) / 12) + wobble
    }

    /// 50 + ((13t² + 5t) mod 17) − 8 + 3·sin(2πt/12), t = 0..<40: a weak season under the noise.
    static let weaklySeasonalSeries: [Double] = (0..<40).map { t in
        let wobble = Double((13 * t * t + 5 * t) % 17) - 8
        return 50 + wobble + 3 * sin(2 * Double.pi * Double(t) / 12)
    }

    @Test func matchesTheReferenceDecomposition() throws {
        let stl = try #require(STLDecomposition(Self.seasonalSeries, period: 12))
        // (index, seasonal, trend) printed by statsmodels.
        let reference: [(Int, Double, Double)] = [
            (0, 0.21192460659365803, 98.68146123477186),
            (1, 7.207644173973461, 100.22693358750513),
            (5, 5.441979546433903, 106.39749668553031),
            (11, -6.316864789302817, 115.50659535009659),
            (12, 0.2516915744641494, 117.01055505659151),
            (20, -9.782945135798542, 129.00770522225437),
            (27, 12.409520483943712, 139.48041103497326),
            (39, 12.381557667714453, 157.76462961809403),
        ]
        for (t, seasonal, trend) in reference {
            #expect(abs(stl.seasonal[t] - seasonal) < 1e-9, "seasonal at \(t): \(stl.seasonal[t]) against \(seasonal)")
            #expect(abs(stl.trend[t] - trend) < 1e-9, "trend at \(t): \(stl.trend[t]) against \(trend)")
        }
        for t in Self.seasonalSeries.indices {
            #expect(abs(stl.seasonal[t] + stl.trend[t] + stl.remainder[t] - Self.seasonalSeries[t]) < 1e-9)
        }
    }

    @Test func seasonalStrengthMatchesTheReference() throws {
        let strong = try #require(SeasonalStrength.strength(Self.seasonalSeries, period: 12))
        let weak = try #require(SeasonalStrength.strength(Self.weaklySeasonalSeries, period: 12))
        #expect(abs(strong - 0.8791934760416241) < 1e-9)
        #expect(abs(weak - 0.4355401797491447) < 1e-9)
        #expect(SeasonalStrength.differences(Self.seasonalSeries, period: 12) == 1)
        #expect(SeasonalStrength.differences(Self.weaklySeasonalSeries, period: 12) == 0)
    }

    @Test func refusesFewerThanTwoCycles() {
        #expect(STLDecomposition(Array(Self.seasonalSeries.prefix(23)), period: 12) == nil)
        #expect(STLDecomposition(Self.seasonalSeries, period: 1) == nil)
        #expect(SeasonalStrength.strength(Array(Self.seasonalSeries.prefix(23)), period: 12) == nil)
    }
}
