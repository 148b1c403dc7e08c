import Censoring
import Evaluation

/// Turns each series of a history into the demand a replay serves, with the scenario's
/// censoring estimator, and gathers what the scenario should be told: series the estimator
/// refused (errors), censored periods taken at their sales, an estimator with nothing to
/// unconstrain, and the fallbacks it applied (warnings).
struct Unconstraining {
    let estimator: CensoringEstimator
    /// Periods per seasonal cycle (7 daily, 52 weekly), for estimators that pair seasons.
    let season: Int
    private(set) var censoredPeriods = 0
    private(set) var refused: [(id: String, error: CensoringError)] = []
    private(set) var fellBack: [CensoringNote: Int] = [:]

    init(estimator: CensoringEstimator, season: Int) {
        self.estimator = estimator
        self.season = season
    }

    /// The series' demand: its sales where not censored, the estimate where censored; nil when
    /// the estimator refuses the series (recorded for ``findings()``).
    mutating func demand(of series: EvaluationSeries) -> [Double]? {
        let censored = series.stockouts ?? Array(repeating: false, count: series.count)
        censoredPeriods += censored.filter { $0 }.count
        let input = CensoredSeries(sales: series.sales, censored: censored, season: season,
                                   firstSeasonPosition: series.firstPeriod % max(season, 1))
        do {
            let estimate = try estimator.estimate(for: input)
            for note in estimate.notes where note.isFallback { fellBack[note, default: 0] += 1 }
            return estimate.demand
        } catch {
            refused.append((series.id, error))
            return nil
        }
    }

    /// Problems at `history.censoring`.
    func findings() -> [FieldProblem] {
        let path = FieldPath.root.key("history").key("censoring")
        var findings = refused.prefix(3).map { id, error in
            FieldProblem(path, .invalidValue, "\(estimator.rawValue) cannot estimate the demand of \(id): \(error)",
                         hint: "choose another estimator")
        }
        if censoredPeriods > 0 && estimator == .asSales {
            findings.append(warning(path, "the history marks \(censoredPeriods) censored periods (the shelf ran empty), "
                                    + "replayed at their sales, which understate demand",
                                    hint: "choose an estimator: product-limit, censored-likelihood or comparable-periods"))
        }
        if censoredPeriods == 0 && estimator != .asSales {
            findings.append(warning(path, "the history marks no censored period (no stockout or on_hand column, or "
                                    + "none empty), so \(estimator.rawValue) changes nothing",
                                    hint: "add a stockout or on_hand column, or leave censoring out"))
        }
        for (note, count) in fellBack.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            findings.append(warning(path, "\(count) series fell back to their sales (\(note.rawValue)); see docs/censoring.md"))
        }
        return findings
    }

    private func warning(_ path: FieldPath, _ message: String, hint: String? = nil) -> FieldProblem {
        .warning(path, .invalidValue, message, hint: hint)
    }
}

extension CensoringNote {
    /// Whether the note says the estimator fell back to the sales for (part of) the series,
    /// as opposed to a fact about a fit that worked.
    var isFallback: Bool { self == .everyPeriodCensored }
}
