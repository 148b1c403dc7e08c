import Testing
@testable import GSL

/// Φ⁻¹ answers the levels a closed loop asks every period from a table made once by GSL: the
/// table must hold exactly what GSL computes, and every other level still goes to GSL.
@Suite("Standard normal quantile")
struct StandardNormalQuantileTests {
    @Test("each cached level is GSL's own value, bit for bit, and round-trips through Φ")
    func cachedLevels() {
        #expect(StandardNormal.commonLevels.count == 11)
        for level in StandardNormal.commonLevels {
            let computed = StandardNormal.computedQuantile(level.p)
            #expect(StandardNormal.quantile(level.p).bitPattern == computed.bitPattern, "p = \(level.p)")
            // GSL's Φ and Φ⁻¹ agree to about 1e-15 relative: a wrong table entry is far off.
            #expect(abs(StandardNormal.cdf(level.z) - level.p) <= 1e-14, "p = \(level.p)")
        }
        #expect(StandardNormal.quantile(0.975) > 1.959 && StandardNormal.quantile(0.975) < 1.960)
    }

    @Test("levels outside the table, the ends and invalid levels go to GSL as before")
    func otherLevels() {
        for p in [0.0001, 0.3, 0.7, 0.975.nextUp, 0.9999] {
            #expect(StandardNormal.quantile(p).bitPattern == StandardNormal.computedQuantile(p).bitPattern)
        }
        #expect(StandardNormal.quantile(0) == -.infinity && StandardNormal.quantile(1) == .infinity)
        #expect(StandardNormal.quantile(-0.1).isNaN && StandardNormal.quantile(1.5).isNaN)
    }
}
