internal import CGSL

extension Distribution {
    /// P(χ²_ν ≥ statistic): the p-value of a chi-square goodness-of-fit statistic with `ν`
    /// degrees of freedom (`gsl_cdf_chisq_Q`). Exposed to the tests through `@testable import`,
    /// which cannot call GSL directly.
    static func chiSquareUpperTail(_ statistic: Double, degreesOfFreedom: Double) -> Double {
        GSLLibrary.configure()
        return gsl_cdf_chisq_Q(statistic, degreesOfFreedom)
    }
}
