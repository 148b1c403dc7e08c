/// What the exponential smoothing models do with series that cannot carry a fitted model.
///
/// - **Constant series** (every value equal, all-zero included): the value itself, with zero
///   spread — as R's `ets` and statsforecast do (ETS(A,N,N) with α ≈ 1), there is no error to
///   estimate σ from.
/// - **Very short series** (fewer observations than ETS(A,N,N) needs: its two estimated
///   quantities plus ``ETSEstimator/spareObservations``): simple exponential smoothing with a
///   fixed α (the given one, else 0.5) started at the first value, and σ̂ the root mean square
///   of its one-step errors. One value gives that value with zero spread.
enum ETSShortSeries {
    /// Fewest observations for a fitted ETS(A,N,N).
    static let minimumFitted = 2 + ETSEstimator.spareObservations
    /// α of the short-series fallback when none is given.
    static let defaultAlpha = 0.5

    /// The fallback for a constant or very short series, or nil when `y` deserves a fit.
    static func fallback(_ y: [Double], alpha: Double?) -> FittedETS? {
        guard let first = y.first else { return constant(0) }
        if y.allSatisfy({ $0 == first }) { return constant(first) }
        guard y.count < minimumFitted else { return nil }
        return smoothed(y, alpha: alpha ?? defaultAlpha)
    }

    /// A flat forecast at `value` with zero spread.
    static func constant(_ value: Double) -> FittedETS {
        FittedETS(method: "constant", form: ETSForm(error: .additive, trend: .none),
                  parameters: ETSParameters(alpha: 0.9999), state: ETSState(level: value), sigma: 0)
    }

    /// SES with a fixed α from ℓ₀ = y₁ over the remaining values.
    static func smoothed(_ y: [Double], alpha: Double) -> FittedETS {
        let form = ETSForm(error: .additive, trend: .none)
        let parameters = ETSParameters(alpha: alpha)
        var state = ETSState(level: y[0])
        var squares = 0.0
        for value in y.dropFirst() {
            let (_, error) = state.update(with: value, form, parameters)
            squares += error * error
        }
        let sigma = y.count > 1 ? (squares / Double(y.count - 1)).squareRoot() : 0
        return FittedETS(method: "SES(α=\(alpha)) on a short series", form: form, parameters: parameters,
                         state: state, sigma: sigma)
    }
}
