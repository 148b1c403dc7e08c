/// An ensemble: several forecasters fed the same observations, their forecasts combined by a
/// rule, the mean or the median (combining forecasts: Bates & Granger 1969; the simple mean is
/// hard to beat, Clemen 1989; the median resists one member going astray).
///
/// **Mean path.** Per period, the rule applied to the members' means.
///
/// **Distribution.** Quantiles are combined, not distributions mixed: the p-quantile of a period,
/// and of the total over the first k periods, is the rule applied to the members' p-quantiles
/// (Vincentization; Lichtendahl, Grushka-Cockayne & Winkler 2013, "Is it better to average
/// probabilities or quantiles?", *Management Science* 59(7)). Averaging quantiles keeps the
/// members' typical spread, where a mixture would widen it by their disagreement. The forecast
/// holds the members' forecasts in a ``Forecast/Spread/combined(members:rule:)`` spread.
///
/// Every member observes every period; ``observe(history:)`` hands each member the whole
/// history, so batch-fitting members fit once. Members' forecasts are finite and ≥ 0, and so are
/// their combinations.
public struct EnsembleForecaster: Forecaster {
    /// The ensemble's name, as the user called it ("blend").
    public let name: String
    /// How the members' forecasts are combined.
    public let rule: EnsembleRule
    /// The members, in the order given.
    public private(set) var members: [any Forecaster]

    /// An ensemble of `members` combined by `rule` (without members it forecasts 0).
    public init(name: String, rule: EnsembleRule, members: [any Forecaster]) {
        self.name = name
        self.rule = rule
        self.members = members
    }

    public mutating func observe(_ observation: SalesObservation) {
        for index in members.indices { members[index].observe(observation) }
    }

    public mutating func observe(history: [SalesObservation]) {
        for index in members.indices { members[index].observe(history: history) }
    }

    public func forecast(horizon: Int) -> Forecast {
        precondition(horizon >= 0, "forecast horizon must be ≥ 0, got \(horizon)")
        let forecasts = members.map { $0.forecast(horizon: horizon) }
        var values = [Double](repeating: 0, count: forecasts.count)
        var mean = [Double](repeating: 0, count: horizon)
        for step in 0..<horizon {
            for (index, forecast) in forecasts.enumerated() {
                values[index] = forecast.mean.indices.contains(step) ? forecast.mean[step] : 0
            }
            mean[step] = max(0, rule.combine(values))
        }
        return Forecast(mean: mean, spread: .combined(members: forecasts, rule: rule))
    }

    public var nextPeriodMean: Double {
        max(0, rule.combine(members.map(\.nextPeriodMean)))
    }
}
