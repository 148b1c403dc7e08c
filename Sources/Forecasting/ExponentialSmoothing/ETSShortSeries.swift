/// What the exponential smoothing models do with series that cannot carry a fitted model.
///
/// - **Constant series** (every value equal, all-zero included): the value itself, with zero
///   spread — as R's `ets` and statsforecast do, there is no error to estimate σ from — as
///   ETS(A,N,N) with the given α, else ``constantAlpha``, the smoothest α SES fits (its
///   least-squares criterion is flat on a constant series, and a flat criterion's search ends on
///   the lowest α). R's α ≈ 1 (a random walk) cannot stand here: in the closed loop the fit is
///   moved on until the next refit, σ̂ learns from the first non-constant period, and a random
///   walk's spread of the total over a lead time grows as its length to the power 3/2: on
///   `Scenarios/spare-parts.yaml` (all-zero windows, then a sale, lead times of 8–17 weeks) the
///   ses strategies bought control boards to be written off (profit 11,695 → −108,927).
/// - **Very short series** (fewer observations than ETS(A,N,N) needs: its two estimated
///   quantities plus ``ETSEstimator/spareObservations``): simple exponential smoothing with a
///   fixed α (the given one, else 0.5) started at the first value, and σ̂ from its one-step
///   errors. One value gives that value with zero spread.
///
/// σ̂ follows the rule of the `errors` given (``ETSErrorScale``, with nothing recorded, k = 0 when
/// pooled), which also keeps it up to date once the fallback is moved on.
enum ETSShortSeries {
    /// Fewest observations for a fitted ETS(A,N,N).
    static let minimumFitted = 2 + ETSEstimator.spareObservations
    /// α of the short-series fallback when none is given.
    static let defaultAlpha = 0.5
    /// α of the constant-series fallback when none is given: the lower bound of SES's fitted α.
    static let constantAlpha = 0.01

    /// The fallback for a constant or very short series, or nil when `y` deserves a fit.
    static func fallback(_ y: [Double], alpha: Double?, errors: ETSErrorScale = pooledErrors) -> FittedETS? {
        guard let first = y.first else { return constant(0, count: 0, alpha: alpha, errors: errors) }
        if y.allSatisfy({ $0 == first }) { return constant(first, count: y.count, alpha: alpha, errors: errors) }
        guard y.count < minimumFitted else { return nil }
        return smoothed(y, alpha: alpha ?? defaultAlpha, errors: errors)
    }

    /// The pooled rule with nothing recorded and k = 0.
    static let pooledErrors = ETSErrorScale.pooled(sumOfSquares: 0, count: 0, parameterCount: 0)

    /// A flat forecast at `value` with zero spread, after `count` values equal to it (so
    /// `count` − 1 errors of 0 recorded), moved on with `alpha` (else ``constantAlpha``).
    static func constant(_ value: Double, count: Int, alpha: Double?, errors: ETSErrorScale) -> FittedETS {
        var errors = errors.emptied
        for _ in 0..<max(count - 1, 0) { errors.record(0) }
        return FittedETS(method: "constant", form: ETSForm(error: .additive, trend: .none),
                         parameters: ETSParameters(alpha: alpha ?? constantAlpha), state: ETSState(level: value),
                         errorScale: errors)
    }

    /// SES with a fixed α from ℓ₀ = y₁ over the remaining values.
    static func smoothed(_ y: [Double], alpha: Double, errors: ETSErrorScale = pooledErrors) -> FittedETS {
        let form = ETSForm(error: .additive, trend: .none)
        let parameters = ETSParameters(alpha: alpha)
        var state = ETSState(level: y[0])
        var errors = errors.emptied
        for value in y.dropFirst() {
            let (_, error) = state.update(with: value, form, parameters)
            errors.record(error)
        }
        return FittedETS(method: "SES(α=\(alpha)) on a short series", form: form, parameters: parameters,
                         state: state, errorScale: errors)
    }
}
