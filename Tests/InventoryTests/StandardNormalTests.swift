import Testing
import GSL

/// Tabulated values: Φ⁻¹ and G from Silver, Pyke & Peterson, "Inventory Management and Production
/// Planning and Scheduling", 3rd ed., appendix B (4 decimals), and to full precision from SciPy
/// 1.x (`norm.ppf`) and stockpyl 1.x (`loss_functions.standard_normal_loss`, solved with
/// `scipy.optimize.brentq`).
@Suite("Standard normal through GSL")
struct StandardNormalTests {
    @Test("Φ⁻¹ matches tabulated values, and Φ(Φ⁻¹(p)) = p")
    func quantile() {
        #expect(abs(StandardNormal.quantile(0.95) - 1.6448536269514722) < 1e-12)
        #expect(abs(StandardNormal.quantile(0.975) - 1.959963984540054) < 1e-12)
        #expect(abs(StandardNormal.quantile(0.8) - 0.8416212335729143) < 1e-12)
        #expect(StandardNormal.quantile(0.5) == 0)
        for p in [1e-10, 0.01, 0.3, 0.7, 0.99, 1 - 1e-10] {
            #expect(abs(StandardNormal.cdf(StandardNormal.quantile(p)) - p) < 1e-14)
        }
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(StandardNormal.quantile(1) == .infinity)
        #expect(StandardNormal.quantile(1.5).isNaN)
        #expect(StandardNormal.quantile(.nan).isNaN)
    }

    @Test("density and upper tail")
    func densityAndTail() {
        #expect(abs(StandardNormal.density(0) - 0.3989422804014327) < 1e-15)
        #expect(StandardNormal.density(.infinity) == 0)
        #expect(abs(StandardNormal.complementaryCDF(1.6448536269514722) - 0.05) < 1e-15)
        // The upper tail keeps its digits where 1 − Φ does not.
        #expect(StandardNormal.complementaryCDF(10) > 7e-24 && StandardNormal.complementaryCDF(10) < 8e-24)
    }

    @Test("loss function G matches tabulated values and G(−k) = G(k) + k")
    func lossFunction() {
        #expect(abs(StandardNormal.lossFunction(0) - 0.3989422804014327) < 1e-15)
        // SPP table B.1: G(0.90) = 0.1004, G(1.00) = 0.0833, G(2.00) = 0.0085.
        #expect(abs(StandardNormal.lossFunction(0.9) - 0.1004) < 5e-5)
        #expect(abs(StandardNormal.lossFunction(0.9) - 0.10043113708667123) < 1e-14)
        #expect(abs(StandardNormal.lossFunction(1) - 0.0833154705876864) < 1e-14)
        #expect(abs(StandardNormal.lossFunction(2) - 0.008490702616829646) < 1e-14)
        for k in [0.1, 0.5, 1.3, 2.7] {
            #expect(abs(StandardNormal.lossFunction(-k) - (StandardNormal.lossFunction(k) + k)) < 1e-14)
        }
        #expect(StandardNormal.lossFunction(.infinity) == 0)
        #expect(StandardNormal.lossFunction(.nan).isNaN)
    }

    @Test("G⁻¹ solves G(k) = loss to 1e-12 across the range, negative k included")
    func lossInverse() {
        // stockpyl/brentq: G(k) = 0.2 at k = 0.49288732720681866; SPP's table brackets it,
        // G(0.49) = 0.2009 > 0.2 > G(0.50) = 0.1978.
        let k = StandardNormal.lossFunctionInverse(0.2)
        #expect(abs(k - 0.49288732720681866) < 1e-9)
        #expect(k > 0.49 && k < 0.50)
        for loss in [1e-12, 1e-6, 0.0085, 0.1, 0.3989422804014327, 1, 5, 1e3] {
            let k = StandardNormal.lossFunctionInverse(loss)
            #expect(abs(StandardNormal.lossFunction(k) - loss) <= 1e-12 * max(1, loss), "loss \(loss) → k \(k)")
        }
        #expect(abs(StandardNormal.lossFunctionInverse(0.3989422804014327)) < 1e-12)
        #expect(StandardNormal.lossFunctionInverse(2) < 0)
        #expect(StandardNormal.lossFunctionInverse(0) == .infinity)
        #expect(StandardNormal.lossFunctionInverse(-1).isNaN)
        #expect(StandardNormal.lossFunctionInverse(.nan).isNaN)
    }
}
