import Evaluation

/// A series the evaluation report draws forecast against actual: its realised demand over its
/// whole life, its lifecycle phases (simulated markets), and at each of its windows every
/// forecaster's mean forecast and first central interval.
public struct ShownSeries: Sendable, Equatable {
    public var id: String
    /// The series' own calendar: its period 0 is the series' first period.
    public var calendar: SeriesCalendar
    /// Units sold per period.
    public var sales: [Double]
    /// Lifecycle phase per period, for simulated markets.
    public var phases: [String]?
    public var windows: [Window]

    /// One window: its origin's label, its cutoff (periods fitted on) and each forecaster's path.
    public struct Window: Sendable, Equatable {
        public var origin: String
        public var cutoff: Int
        public var paths: [Path]
    }

    /// One forecaster's forecast at a window: mean and interval ends per step (NaN where it
    /// failed, or without interval levels).
    public struct Path: Sendable, Equatable {
        public var forecaster: String
        public var mean: [Double]
        public var lower: [Double]
        public var upper: [Double]
    }

    /// Series `index` of `outcome`.
    public init(_ outcome: EvaluationOutcome, index: Int) {
        let series = outcome.series[index]
        let levels = outcome.questions.levels.count
        id = series.id
        calendar = SeriesCalendar(startDay: outcome.calendar.firstDay(of: series.firstPeriod), frequency: outcome.calendar.frequency,
                                  dating: outcome.calendar.dating)
        sales = series.sales
        phases = series.phases
        windows = outcome.forecasts[index].windows.map { window in
            Window(origin: outcome.plan.originLabels[window.origin], cutoff: window.cutoff,
                   paths: outcome.labels.enumerated().map { forecaster, label in
                Path(forecaster: label,
                     mean: (0..<window.horizon).map { window.mean(forecaster, step: $0) },
                     lower: (0..<window.horizon).map { levels > 0 ? window.lower(forecaster, level: 0, step: $0) : .nan },
                     upper: (0..<window.horizon).map { levels > 0 ? window.upper(forecaster, level: 0, levels: levels, step: $0) : .nan })
            })
        }
    }

    public init(id: String, calendar: SeriesCalendar, sales: [Double], phases: [String]?, windows: [Window]) {
        self.id = id
        self.calendar = calendar
        self.sales = sales
        self.phases = phases
        self.windows = windows
    }

    /// Series drawn when none are chosen.
    public static let sampleSize = 8

    /// A deterministic sample of `count` evaluated series of `outcome` (indices, in sample
    /// order): the evaluated series ranked by units sold in their scored windows (most first,
    /// ties by id), taken at evenly spaced ranks from the first to the last, so that the page
    /// shows the best sellers, the slowest and the middle alike. All when there are no more.
    public static func sample(_ outcome: EvaluationOutcome, count: Int = sampleSize) -> [Int] {
        let evaluated = outcome.forecasts.indices.filter { !outcome.forecasts[$0].windows.isEmpty }
        let sold = Dictionary(uniqueKeysWithValues: evaluated.map { index in
            (index, outcome.forecasts[index].windows.reduce(0.0) { total, window in
                total + outcome.series[index].sales[window.cutoff..<(window.cutoff + window.horizon)].reduce(0, +)
            })
        })
        let ranked = evaluated.sorted { lhs, rhs in
            sold[lhs] != sold[rhs] ? sold[lhs, default: 0] > sold[rhs, default: 0]
                : outcome.series[lhs].id.utf8.lexicographicallyPrecedes(outcome.series[rhs].id.utf8)
        }
        guard ranked.count > count, count > 1 else { return Array(ranked.prefix(max(count, 0))) }
        return (0..<count).map { ranked[($0 * (ranked.count - 1) + (count - 1) / 2) / (count - 1)] }
    }
}
