import Accuracy

/// Running sums for the accuracy of one forecaster against one target in one scope, fed error
/// by error, window by window (see ``AccuracyMetric`` for the definitions): the shared
/// accumulators of module Accuracy (``ErrorSums``, ``ScaledErrors``, ``PinballLoss``), plus what
/// only an evaluation scores — interval coverage and the revenue-weighted RMSSE.
struct MetricAccumulator {
    /// Every period in scope.
    private var errors = ErrorSums()
    /// The series-window being accumulated.
    private var window = ErrorSums()
    /// Closed series-windows with a usable scale: MASE and RMSSE.
    private var scaled = ScaledErrors()
    private var pinballSums: [Double]
    private var covered: [Int]
    /// Per window index: Σ weight·RMSSE and Σ weight over series with a usable scale.
    private var weightedRMSSE: [Double]
    private var weightTotals: [Double]

    init(quantiles: Int, levels: Int, windows: Int) {
        pinballSums = Array(repeating: 0, count: quantiles)
        covered = Array(repeating: 0, count: levels)
        weightedRMSSE = Array(repeating: 0, count: windows)
        weightTotals = Array(repeating: 0, count: windows)
    }

    /// Periods added.
    var count: Int { errors.count }
    /// Series-windows scored by MASE and RMSSE.
    var scaledWindows: Int { scaled.stretches }

    /// One forecast period: `forecast` (mean) against `target` (realised or true demand).
    @inline(__always)
    mutating func add(forecast: Double, target: Double) {
        errors.add(forecast: forecast, actual: target)
        window.add(forecast: forecast, actual: target)
    }

    /// The pinball loss of quantile `index` (level `p`, value `q`) against `target`.
    @inline(__always)
    mutating func addPinball(_ index: Int, p: Double, q: Double, target: Double) {
        pinballSums[index] += PinballLoss.loss(level: p, quantile: q, actual: target)
    }

    /// Whether `target` fell in interval `index` [lower, upper].
    @inline(__always)
    mutating func addCoverage(_ index: Int, lower: Double, upper: Double, target: Double) {
        if target >= lower && target <= upper { covered[index] += 1 }
    }

    /// Closes a series-window: adds its scaled errors when the scale is usable and the window
    /// had periods in scope.
    mutating func endWindow(scale: ErrorScale, weight: Double, window index: Int) {
        defer { window = ErrorSums() }
        guard let rmsse = scaled.add(window, scale: scale) else { return }
        weightedRMSSE[index] += weight * rmsse
        weightTotals[index] += weight
    }

    /// The metrics, by name (NaN where undefined: no periods, no usable scale, zero demand, or
    /// a sum that left the range of Double — then the figure is unknown, never a misleading 0).
    /// - Parameters:
    ///   - weighted: include WRMSSE (the "all" scope only).
    ///   - distribution: include pinball losses and coverage (against realised demand only).
    func values(questions: ForecastQuestions, weighted: Bool, distribution: Bool) -> [(AccuracyMetric, Double)] {
        let n = Double(count)
        var result: [(AccuracyMetric, Double)] = [
            (.mae, errors.mae), (.rmse, errors.rmse), (.mase, scaled.mase), (.rmsse, scaled.rmsse),
            (.wape, errors.wape), (.bias, errors.relativeBias), (.smape, errors.smape),
        ]
        if weighted { result.append((.wrmsse, wrmsse)) }
        if distribution {
            for (index, p) in questions.quantiles.enumerated() { result.append((.pinball(p), ErrorSums.ratio(pinballSums[index], n))) }
            for (index, level) in questions.levels.enumerated() { result.append((.coverage(level), Double(covered[index]) / n)) }
        }
        result.append((.windows, Double(scaledWindows)))
        return result
    }

    /// The mean over window indices of the weighted mean RMSSE across series.
    private var wrmsse: Double {
        var sum = 0.0
        var windows = 0
        for (total, weights) in zip(weightedRMSSE, weightTotals) where weights > 0 {
            sum += ErrorSums.ratio(total, weights)
            windows += 1
        }
        return windows > 0 ? ErrorSums.ratio(sum, Double(windows)) : .nan
    }
}

extension MetricAccumulator {
    /// Adds one forecast period of `forecaster` in `window`: the mean error and, when
    /// `distribution`, the pinball losses and interval hits. A missing (NaN) value counts as 0.
    @inline(__always)
    mutating func feed(_ window: WindowForecasts, forecaster: Int, step: Int, y: Double, mean: Double,
                       distribution: Bool, questions: ForecastQuestions) {
        add(forecast: mean, target: y)
        guard distribution else { return }
        let levels = questions.levels.count
        for (index, p) in questions.quantiles.enumerated() {
            let q = AccuracyReport.orZero(window.quantile(forecaster, quantile: index, levels: levels, step: step))
            addPinball(index, p: p, q: q, target: y)
        }
        for index in 0..<levels {
            let lower = AccuracyReport.orZero(window.lower(forecaster, level: index, step: step))
            let upper = AccuracyReport.orZero(window.upper(forecaster, level: index, levels: levels, step: step))
            addCoverage(index, lower: lower, upper: upper, target: y)
        }
    }
}
