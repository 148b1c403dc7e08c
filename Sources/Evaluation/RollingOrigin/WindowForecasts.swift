/// The forecasts of every forecaster at one cutoff of one series.
///
/// Values sit in one flat buffer, forecaster-major, then column (mean, the lower ends of the
/// intervals, their upper ends, the pinball quantiles), then horizon step: a whole evaluation
/// holds millions of numbers and one array per window keeps that cheap. A forecaster that
/// failed has NaN everywhere and a message in ``failures``.
public struct WindowForecasts: Sendable {
    /// Periods fitted on (the cutoff, see ``WindowPlan``).
    public var cutoff: Int
    /// Index of the window's origin in ``WindowPlan/origins``.
    public var origin: Int
    /// Periods forecast.
    public var horizon: Int
    /// Columns per forecaster: 1 + 2·levels + quantiles.
    public var columns: Int
    /// The values, see above.
    public var values: [Double]
    /// Why each forecaster failed at this cutoff, or nil.
    public var failures: [String?]
    /// Wall-clock seconds each forecaster took to be made, fitted and to forecast (for speed
    /// reports only: never part of a result that must be reproducible).
    public var seconds: [Double]

    public init(cutoff: Int, origin: Int = 0, horizon: Int, forecasters: Int, levels: Int, quantiles: Int) {
        self.cutoff = cutoff
        self.origin = origin
        self.horizon = horizon
        self.columns = 1 + 2 * levels + quantiles
        self.values = Array(repeating: .nan, count: forecasters * columns * horizon)
        self.failures = Array(repeating: nil, count: forecasters)
        self.seconds = Array(repeating: 0, count: forecasters)
    }

    /// Index of (forecaster, column, step) in ``values``.
    @inline(__always)
    public func index(forecaster: Int, column: Int, step: Int) -> Int {
        (forecaster * columns + column) * horizon + step
    }

    /// The mean forecast of `forecaster` at `step`; NaN when it failed.
    public func mean(_ forecaster: Int, step: Int) -> Double {
        values[index(forecaster: forecaster, column: 0, step: step)]
    }

    /// The lower end of interval `level` (index into the levels).
    public func lower(_ forecaster: Int, level: Int, step: Int) -> Double {
        values[index(forecaster: forecaster, column: 1 + level, step: step)]
    }

    /// The upper end of interval `level` (index into the levels); `levels` = number of levels.
    public func upper(_ forecaster: Int, level: Int, levels: Int, step: Int) -> Double {
        values[index(forecaster: forecaster, column: 1 + levels + level, step: step)]
    }

    /// The quantile `quantile` (index into the quantiles); `levels` = number of levels.
    public func quantile(_ forecaster: Int, quantile: Int, levels: Int, step: Int) -> Double {
        values[index(forecaster: forecaster, column: 1 + 2 * levels + quantile, step: step)]
    }
}

/// Every window of one series.
public struct SeriesForecasts: Sendable {
    /// Index of the series in the evaluation.
    public var series: Int
    /// Windows, oldest first; empty when the series was skipped.
    public var windows: [WindowForecasts]

    public init(series: Int, windows: [WindowForecasts]) {
        self.series = series
        self.windows = windows
    }
}
