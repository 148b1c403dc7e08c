/// Running sums for the accuracy of one forecaster against one target in one scope, fed error
/// by error, window by window (see ``AccuracyMetric`` for the definitions).
struct MetricAccumulator {
    private(set) var count = 0
    private var absoluteSum = 0.0
    private var squareSum = 0.0
    private var errorSum = 0.0
    private var targetSum = 0.0
    private var smapeSum = 0.0
    private var pinballSums: [Double]
    private var covered: [Int]
    private var maseSum = 0.0
    private var rmsseSum = 0.0
    private(set) var scaledWindows = 0
    /// Per window index: Σ weight·RMSSE and Σ weight over series with a usable scale.
    private var weightedRMSSE: [Double]
    private var weightTotals: [Double]
    // The series-window being accumulated.
    private var windowCount = 0
    private var windowAbsolute = 0.0
    private var windowSquares = 0.0

    init(quantiles: Int, levels: Int, windows: Int) {
        pinballSums = Array(repeating: 0, count: quantiles)
        covered = Array(repeating: 0, count: levels)
        weightedRMSSE = Array(repeating: 0, count: windows)
        weightTotals = Array(repeating: 0, count: windows)
    }

    /// One forecast period: `forecast` (mean), `target` (realised or true demand), the
    /// forecast's quantiles and interval ends (same order as the evaluation's questions).
    @inline(__always)
    mutating func add(forecast: Double, target: Double) {
        let error = forecast - target
        count += 1
        windowCount += 1
        absoluteSum += abs(error)
        windowAbsolute += abs(error)
        squareSum += error * error
        windowSquares += error * error
        errorSum += error
        targetSum += target
        let denominator = abs(forecast) + abs(target)
        if denominator > 0 { smapeSum += 2 * abs(error) / denominator }
    }

    /// The pinball loss of quantile `index` (level `p`, value `q`) against `target`.
    @inline(__always)
    mutating func addPinball(_ index: Int, p: Double, q: Double, target: Double) {
        let difference = target - q
        pinballSums[index] += difference >= 0 ? p * difference : (p - 1) * difference
    }

    /// Whether `target` fell in interval `index` [lower, upper].
    @inline(__always)
    mutating func addCoverage(_ index: Int, lower: Double, upper: Double, target: Double) {
        if target >= lower && target <= upper { covered[index] += 1 }
    }

    /// Closes a series-window: adds its scaled errors when the scale is usable and the window
    /// had periods in scope.
    mutating func endWindow(scale: ErrorScale, weight: Double, window: Int) {
        defer {
            windowCount = 0
            windowAbsolute = 0
            windowSquares = 0
        }
        guard windowCount > 0, scale.isUsable else { return }
        let n = Double(windowCount)
        let rmsse = (windowSquares / n).squareRoot() / scale.squared
        maseSum += windowAbsolute / n / scale.absolute
        rmsseSum += rmsse
        scaledWindows += 1
        weightedRMSSE[window] += weight * rmsse
        weightTotals[window] += weight
    }

    /// The metrics, by name (NaN where undefined: no periods, no usable scale, zero demand, or
    /// a sum that left the range of Double — then the figure is unknown, never a misleading 0).
    /// - Parameters:
    ///   - weighted: include WRMSSE (the "all" scope only).
    ///   - distribution: include pinball losses and coverage (against realised demand only).
    func values(questions: ForecastQuestions, weighted: Bool, distribution: Bool) -> [(AccuracyMetric, Double)] {
        let n = Double(count)
        let scaled = Double(scaledWindows)
        var result: [(AccuracyMetric, Double)] = [
            (.mae, Self.ratio(absoluteSum, n)),
            (.rmse, Self.ratio(squareSum, n).squareRoot()),
            (.mase, scaledWindows > 0 ? Self.ratio(maseSum, scaled) : .nan),
            (.rmsse, scaledWindows > 0 ? Self.ratio(rmsseSum, scaled) : .nan),
            (.wape, targetSum > 0 ? Self.ratio(absoluteSum, targetSum) : .nan),
            (.bias, targetSum > 0 ? Self.ratio(errorSum, targetSum) : .nan),
            (.smape, Self.ratio(smapeSum, n)),
        ]
        if weighted { result.append((.wrmsse, wrmsse)) }
        if distribution {
            for (index, p) in questions.quantiles.enumerated() { result.append((.pinball(p), Self.ratio(pinballSums[index], n))) }
            for (index, level) in questions.levels.enumerated() { result.append((.coverage(level), Double(covered[index]) / n)) }
        }
        result.append((.windows, Double(scaledWindows)))
        return result
    }

    /// `sum / count`, or NaN when either is not finite: a sum that overflowed (errors of
    /// forecasts near the largest Double) would otherwise give 0 or infinity as a figure.
    @inline(__always)
    static func ratio(_ sum: Double, _ count: Double) -> Double {
        sum.isFinite && count.isFinite ? sum / count : .nan
    }

    /// The mean over window indices of the weighted mean RMSSE across series.
    private var wrmsse: Double {
        var sum = 0.0
        var windows = 0
        for (total, weights) in zip(weightedRMSSE, weightTotals) where weights > 0 {
            sum += Self.ratio(total, weights)
            windows += 1
        }
        return windows > 0 ? Self.ratio(sum, Double(windows)) : .nan
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
