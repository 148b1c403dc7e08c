import Foundation

/// The Gaussian likelihood of an ETS model (Hyndman et al. 2008, §5.1; FPP3 §8.6) and the
/// information criteria built on it.
///
/// With ε_t the one-step error (u_t in units for additive errors, u_t/μ_t for multiplicative
/// ones) and σ² concentrated out at its maximum Σε²/n,
///
///     −2 log L = n·log(2π·Σε²/n) + n + 2·Σ log|μ_t|   (the last sum only for M errors),
///
/// AIC = −2 log L + 2k and AICc = AIC + 2k(k + 1)/(n − k − 1), where k counts the estimated
/// smoothing parameters, the estimated initial states and σ². R's `ets` drops the constant
/// n·(log(2π/n) + 1), which changes no comparison between models fitted to the same data.
public struct ETSLikelihood: Hashable, Codable, Sendable {
    /// Observations the errors were summed over.
    public var count: Int
    /// Σε² (units² for additive errors, unitless for multiplicative ones).
    public var sumOfSquaredErrors: Double
    /// Σ log|μ_t| over the same periods (0 for additive errors).
    public var sumOfLogMeans: Double
    /// Σu², the squared errors in units, whatever the error type.
    public var sumOfSquaredUnitErrors: Double

    /// −2 log L as above; +∞ when undefined (no errors, a perfect fit, a non-finite sum).
    public var minusTwoLogLikelihood: Double {
        guard count > 0, sumOfSquaredErrors > 0, sumOfSquaredErrors.isFinite, sumOfLogMeans.isFinite else {
            return .infinity
        }
        let n = Double(count)
        return n * Foundation.log(2 * Double.pi * sumOfSquaredErrors / n) + n + 2 * sumOfLogMeans
    }

    /// The criterion Nelder–Mead minimises: −2 log L without its constant,
    /// n·log Σε² + 2 Σ log|μ_t| (Hyndman et al. 2008, eq. 5.3).
    var concentratedCriterion: Double {
        guard sumOfSquaredErrors > 0, sumOfSquaredErrors.isFinite, sumOfLogMeans.isFinite else {
            return sumOfSquaredErrors == 0 ? -Double.greatestFiniteMagnitude : .infinity
        }
        return Double(count) * Foundation.log(sumOfSquaredErrors) + 2 * sumOfLogMeans
    }

    /// Akaike's criterion with `parameters` = k (estimated parameters, initial states and σ²).
    public func aic(parameters k: Int) -> Double {
        minusTwoLogLikelihood + 2 * Double(k)
    }

    /// AIC corrected for small samples; +∞ when n ≤ k + 1.
    public func aicc(parameters k: Int) -> Double {
        guard count - k - 1 > 0 else { return .infinity }
        let k = Double(k)
        return aic(parameters: Int(k)) + 2 * k * (k + 1) / (Double(count) - k - 1)
    }
}

extension ETSLikelihood {
    /// Runs the model over `y` from `initial` (in place: on return `state` holds the final
    /// states) and sums the likelihood's pieces. Returns nil when the recursion breaks down: a
    /// non-positive forecast under multiplicative errors, a non-positive base or seasonal state
    /// under a multiplicative season, or non-finite states.
    static func filter(_ y: [Double], from state: inout ETSState, _ form: ETSForm,
                       _ parameters: ETSParameters) -> ETSLikelihood? {
        if !form.hasSeason { return filterWithoutSeason(y, from: &state, form, parameters) }
        var likelihood = ETSLikelihood(count: 0, sumOfSquaredErrors: 0, sumOfLogMeans: 0, sumOfSquaredUnitErrors: 0)
        let multiplicativeError = form.error == .multiplicative
        let multiplicativeSeason = form.season == .multiplicative
        for value in y {
            if multiplicativeSeason {
                guard state.seasons[state.seasonCursor] > 0, state.base(form, parameters) > 0 else { return nil }
            }
            let (mean, error) = state.update(with: value, form, parameters)
            likelihood.sumOfSquaredUnitErrors += error * error
            if multiplicativeError {
                guard mean > 0 else { return nil }
                let relative = error / mean
                likelihood.sumOfSquaredErrors += relative * relative
                likelihood.sumOfLogMeans += Foundation.log(mean)
            } else {
                likelihood.sumOfSquaredErrors += error * error
            }
        }
        likelihood.count = y.count
        guard state.isFinite, likelihood.sumOfSquaredErrors.isFinite else { return nil }
        return likelihood
    }

    /// ``filter(_:from:_:_:)`` for the forms without a season, on local variables and with the
    /// error type decided outside the loop: the likelihood search spends most of its time here.
    private static func filterWithoutSeason(_ y: [Double], from state: inout ETSState, _ form: ETSForm,
                                            _ parameters: ETSParameters) -> ETSLikelihood? {
        let (alpha, beta) = (parameters.alpha, parameters.beta)
        let phi = form.hasTrend ? parameters.phi : 0
        var level = state.level
        var slope = form.hasTrend ? state.slope : 0
        var unitSquares = 0.0
        var squares = 0.0
        var logMeans = 0.0
        let multiplicativeError = form.error == .multiplicative
        let completed = y.withUnsafeBufferPointer { values -> Bool in
            if !multiplicativeError, !form.hasTrend {
                // ETS(A,N,N), SES: the same sums without the slope, whose φ·b is 0 here; its
                // chain of dependent operations per period is 12 cycles instead of 20.
                for value in values {
                    let error = value - level
                    unitSquares += error * error
                    level += alpha * error
                }
                return true
            }
            if !multiplicativeError {
                for value in values {
                    let mean = level + phi * slope
                    let error = value - mean
                    unitSquares += error * error
                    level = mean + alpha * error
                    slope = phi * slope + beta * error
                }
                return true
            }
            for value in values {
                let mean = level + phi * slope
                guard mean > 0 else { return false }
                let error = value - mean
                let relative = error / mean
                unitSquares += error * error
                squares += relative * relative
                logMeans += Foundation.log(mean)
                level = mean + alpha * error
                slope = phi * slope + beta * error
            }
            return true
        }
        guard completed else { return nil }
        state.level = level
        if form.hasTrend { state.slope = slope }
        guard level.isFinite, slope.isFinite, unitSquares.isFinite else { return nil }
        return ETSLikelihood(count: y.count, sumOfSquaredErrors: multiplicativeError ? squares : unitSquares,
                             sumOfLogMeans: logMeans, sumOfSquaredUnitErrors: unitSquares)
    }
}
