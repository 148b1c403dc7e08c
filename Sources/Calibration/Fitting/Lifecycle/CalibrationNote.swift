import Censoring

/// Something a fit did beyond the plain fit — a censoring correction, a fallback, a GSL status —
/// said per product in the calibrated scenario's comments and the report.
public enum CalibrationNote: Sendable, Hashable, CustomStringConvertible {
    /// `count` live periods were censored and unconstrained by `estimator` before the fit.
    case censoredPeriodsUnconstrained(count: Int, estimator: CensoringEstimator)
    /// The censoring estimator failed (`reason`); the sales were used as demand.
    case censoringFailed(reason: String)
    /// The product sold in the first period: it was on sale before the history began, its
    /// adopters so far are unknown, so Bass was not fitted.
    case soldBeforeHistory
    /// The product never sold in the history: a zero-level phase over the whole history.
    case noSales
    /// Too few live or non-zero periods to fit; `fallback` says what was used instead.
    case tooShort(livePeriods: Int, nonZeroPeriods: Int, fallback: String)
    /// GSL's non-linear least squares did not give a Bass fit (`status` names GSL's status);
    /// phases were used.
    case bassFailed(status: String)
    /// The chosen fit has no usable covariance, so the scenario gets no uncertainty for it.
    case noCovariance(model: String)
    /// The noise family's maximum likelihood failed (`status` names GSL's status); `fallback`
    /// was used.
    case noiseFitFailed(family: String, status: String, fallback: NoiseFit)
    /// A noise parameter ended on its bound (the likelihood still rose beyond it).
    case noiseParameterOnBound(family: String, parameter: String, value: Double)
    /// A log-sigma was larger than the cap and was cut to it.
    case sigmaCapped(parameter: String)

    public var description: String {
        switch self {
        case let .censoredPeriodsUnconstrained(count, estimator):
            return "\(count) censored period\(count == 1 ? "" : "s") unconstrained by \(estimator.rawValue) before the fit"
        case let .censoringFailed(reason):
            return "censored periods could not be unconstrained (\(reason)): sales used as demand"
        case .soldBeforeHistory:
            return "sold in the first period (on sale before the history began): adopters unknown, Bass not fitted, phases used"
        case .noSales:
            return "no sale in the history: a zero-level phase over the whole history"
        case let .tooShort(live, nonZero, fallback):
            return "too short to fit (\(live) live periods, \(nonZero) with sales): \(fallback)"
        case let .bassFailed(status):
            return "Bass fit failed: GSL multifit_nlinear \(status): fell back to phases"
        case let .noCovariance(model):
            return "no covariance for the \(model) fit: no uncertainty given"
        case let .noiseFitFailed(family, status, fallback):
            return "\(family) noise fit failed (\(status)): \(fallback) used"
        case let .noiseParameterOnBound(family, parameter, value):
            return "\(family) \(parameter) ended on its bound \(value)"
        case let .sigmaCapped(parameter):
            return "\(parameter): log-sigma capped at \(LifecycleFitter.sigmaCap)"
        }
    }
}
