internal import CGSL

/// Student's t distribution with ν degrees of freedom, for confidence intervals of means from
/// few replications.
public enum StudentT {
    /// t such that P(T ≤ t) = p for T ~ t(ν), by `gsl_cdf_tdist_Pinv`; NaN for p outside
    /// (0, 1) or ν ≤ 0.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        GSLLibrary.configure()
        guard p > 0, p < 1, nu > 0 else { return .nan }
        return gsl_cdf_tdist_Pinv(p, nu)
    }
}
