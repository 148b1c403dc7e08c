import Censoring

/// One estimator's accuracy against the true demand, summed over every product-period of a
/// censoring benchmark. Units are units; biases are ratios (−0.2 = 20% low).
public struct CensoringScore: Sendable {
    /// The estimator's name (``CensoringEstimator``'s raw value, or a variant's name).
    public var name: String
    /// Product-periods, and those censored.
    public var periods = 0
    public var censoredPeriods = 0
    /// Σ true demand and Σ estimate, over every period and over the censored ones.
    public var demand = 0.0
    public var estimate = 0.0
    public var censoredDemand = 0.0
    public var censoredEstimate = 0.0
    /// Σ |estimate − demand|, over every period and over the censored ones.
    public var absoluteError = 0.0
    public var censoredAbsoluteError = 0.0
    /// Series on which each note was given.
    public var notes: [CensoringNote: Int] = [:]
    /// Wall-clock seconds the estimator took over every series.
    public var seconds = 0.0

    public init(name: String) {
        self.name = name
    }

    /// Σ estimate / Σ demand − 1 over every period (0 when there was no demand).
    public var bias: Double { demand > 0 ? estimate / demand - 1 : 0 }
    /// The same over the censored periods only.
    public var censoredBias: Double { censoredDemand > 0 ? censoredEstimate / censoredDemand - 1 : 0 }
    /// Mean absolute error per period, in units.
    public var meanAbsoluteError: Double { periods > 0 ? absoluteError / Double(periods) : 0 }
    /// Mean absolute error per censored period, in units.
    public var censoredMeanAbsoluteError: Double { censoredPeriods > 0 ? censoredAbsoluteError / Double(censoredPeriods) : 0 }

    /// Adds one series' estimate against its truth.
    mutating func add(_ result: CensoringEstimate, truth: CensoredHistory) {
        for t in truth.demand.indices {
            let error = abs(result.demand[t] - truth.demand[t])
            periods += 1
            demand += truth.demand[t]
            estimate += result.demand[t]
            absoluteError += error
            if truth.series.censored[t] {
                censoredPeriods += 1
                censoredDemand += truth.demand[t]
                censoredEstimate += result.demand[t]
                censoredAbsoluteError += error
            }
        }
        for note in result.notes { notes[note, default: 0] += 1 }
    }
}
