/// One lifecycle fitted to the live periods, before it is scored.
struct CandidateFit: Sendable {
    /// "bass" or "phases-S".
    let name: String
    let model: LifecycleModel
    let parameters: [NamedValue]
    /// Free parameters of the lifecycle alone.
    let lifecycleParameterCount: Int
    /// Expected units per live period before the multipliers.
    let baseline: [Double]
    /// The lognormal sigmas, or nil when the fit gave no usable covariance.
    let uncertainty: [ParameterUncertainty]?
}

extension ParameterUncertainty {
    /// The uncertainty of a positive parameter, its log-sigma capped at
    /// ``LifecycleFitter/sigmaCap``; nil when the value, the standard error or the sigma is not
    /// finite and positive (no usable covariance).
    static func make(_ name: String, value: Double, standardError: Double, logSigma: Double) -> ParameterUncertainty? {
        guard value > 0, value.isFinite, standardError > 0, standardError.isFinite, logSigma > 0, logSigma.isFinite else {
            return nil
        }
        let cap = LifecycleFitter.sigmaCap
        return ParameterUncertainty(name: name, value: value, standardError: standardError,
                                    logSigma: min(logSigma, cap), capped: logSigma > cap)
    }
}
