import Evaluation

/// The ranked table of an evaluation: forecasters ordered by RMSSE against realised demand
/// (lower is better), as printed by `sellthrough evaluate` and written to `summary.md`.
///
/// A forecaster whose RMSSE is undefined (no scored window had a usable scale, or its sums
/// overflowed) gets no rank and follows the ranked ones: it is never shown as best. There is no
/// ranking at all (``refusal`` says why) when no window was scored, when every scored window
/// sold nothing — every forecaster saying 0 is then perfect and WAPE and bias are undefined —
/// or when no forecaster has an RMSSE.
public struct EvaluationSummary: Sendable {
    /// One forecaster's line.
    public struct Line: Sendable {
        /// 1 for the best; nil when not ranked.
        public var rank: Int?
        public var forecaster: String
        /// Figures by column title.
        public var cells: [String]

        /// The rank as printed: the number, or "–".
        public var rankText: String { rank.map(String.init) ?? "–" }
    }

    /// What the evaluation was run on, in words ("history weekly_demand.csv", "scenario quickstart").
    public var title: String
    public var header: [String]
    /// Which columns of ``header`` (after rank and forecaster) the terminal shows by default.
    public var essential: [Bool]
    public var lines: [Line]
    /// Sentences about the evaluation (series evaluated and skipped, windows, failures; not the
    /// refusal to rank).
    public var notes: [String]
    /// Why the forecasters are not ranked, in words; nil when they are.
    public var refusal: String?
    /// Large biases on demand patterns, forecasters in table order.
    public var biasWarnings: [BiasWarning]
    /// RMSSE and bias within groups of forecasts: by lifecycle phase (scenarios), by demand
    /// pattern, by forecast origin; only splits with at least one group.
    public var splits: [Split]

    /// One split of the forecasts into groups (scopes of `accuracy.csv`).
    public struct Split: Sendable {
        /// The section's title and what it scores.
        public var title: String
        public var explanation: String
        public var groups: [String]
        /// Per line (same order as ``lines``): RMSSE and bias in each group.
        public var cells: [[String]]
    }

    /// A column after rank and forecaster: metric, target, title, decimal places, and whether
    /// the terminal shows it without `wide`.
    typealias Column = (metric: AccuracyMetric, target: String, title: String, places: Int, essential: Bool)

    private static func columns(_ facts: Facts) -> [Column] {
        let demand = AccuracyReport.demandTarget
        var columns: [Column] = [
            (.rmsse, demand, "RMSSE", 4, true), (.mase, demand, "MASE", 4, true), (.wape, demand, "WAPE", 4, true),
            (.bias, demand, "bias", 4, true), (.mae, demand, "MAE", 3, true), (.wrmsse, demand, "WRMSSE", 4, false),
        ]
        columns += facts.levels.map { (.coverage($0), demand, "cover \(ForecastQuestions.levelText($0))", 3, false) }
        if facts.hasTruth {
            columns += [(.rmsse, AccuracyReport.truthTarget, "RMSSE vs truth", 4, true),
                        (.mae, AccuracyReport.truthTarget, "MAE vs truth", 3, false)]
        }
        return columns
    }

    public init(title: String, outcome: EvaluationOutcome, report: AccuracyReport) {
        self.init(title: title, facts: Facts(outcome: outcome), report: report)
    }

    public init(title: String, facts: Facts, report: AccuracyReport) {
        self.title = title
        let columns = Self.columns(facts)
        header = ["#", "forecaster"] + columns.map(\.title) + ["failed series"]
        essential = columns.map(\.essential) + [true]
        let failed = Dictionary(grouping: report.failures, by: \.forecaster).mapValues(\.count)
        let rmsse = Dictionary(facts.labels.map { ($0, report.value(.rmsse, forecaster: $0) ?? .nan) }, uniquingKeysWith: { a, _ in a })
        refusal = Self.refusal(facts, rankable: rmsse.values.contains(where: \.isFinite))
        let order: [String]
        if refusal == nil {
            order = facts.labels.enumerated().sorted { lhs, rhs in
                let (a, b) = (rmsse[lhs.element] ?? .nan, rmsse[rhs.element] ?? .nan)
                guard a.isFinite, b.isFinite else { return a.isFinite != b.isFinite ? a.isFinite : lhs.offset < rhs.offset }
                return a != b ? a < b : lhs.offset < rhs.offset
            }.map(\.element)
        } else {
            order = facts.labels
        }
        let ranked = refusal == nil ? order.filter { rmsse[$0]?.isFinite ?? false } : []
        lines = order.map { label in
            let cells = columns.map { column in
                Self.cell(report.value(column.metric, forecaster: label, target: column.target), places: column.places)
            }
            return Line(rank: ranked.firstIndex(of: label).map { $0 + 1 }, forecaster: label, cells: cells + [String(failed[label] ?? 0)])
        }
        biasWarnings = BiasWarning.warnings(report, forecasters: order)
        notes = Self.notes(facts, report: report)
        let lines = self.lines
        func split(_ title: String, _ explanation: String, _ groups: [String]) -> Split {
            Split(title: title, explanation: explanation, groups: groups, cells: lines.map { line in
                groups.flatMap { group in
                    [AccuracyMetric.rmsse, .bias].map { Self.cell(report.value($0, forecaster: line.forecaster, scope: group), places: 4) }
                }
            })
        }
        splits = [
            split("By lifecycle phase", "each forecast period scored in the phase the product was in.", report.phases),
            split("By demand pattern", "each window scored under the Syntetos–Boylan–Croston class of its series' sales "
                  + "before the cutoff (smooth, erratic, intermittent, lumpy).", report.patterns),
            split("By forecast origin", "each window scored under its origin: " + Self.originMeaning(facts) + ".", report.origins),
        ].filter { !$0.groups.isEmpty }
    }

    /// A figure with `places` decimals, or "-" when missing or undefined.
    static func cell(_ value: Double?, places: Int) -> String {
        value.map { $0.isFinite ? NumberText.format($0, places: places) : "-" } ?? "-"
    }

    /// Why the forecasters cannot be ranked, or nil.
    static func refusal(_ facts: Facts, rankable: Bool) -> String? {
        if let census = facts.census {
            if census.scored == 0 {
                return "no window was scored: every series is too short for the windows"
                    + (facts.explicitOrigins ? ", or has none of its origins inside it" : "")
                    + "; ask for fewer or shorter windows, or other origins."
            }
            if !census.isRankable {
                let place = facts.explicitOrigins ? "at these origins" : "in the last periods of each series"
                return "every one of the \(census.scored) scored series-windows sold nothing (\(place)), so a forecaster "
                    + "that says 0 is perfect and WAPE and bias are undefined. Score windows where the products sell: "
                    + "origins counted from each series' launch, e.g. launch+4,launch+8,launch+12."
            }
        }
        guard rankable else {
            return "RMSSE is undefined for every forecaster: no scored window had a usable scale (at least two periods of "
                + "history from the first sale, not all equal); use later origins (e.g. launch+4 and later)."
        }
        return nil
    }

    /// What an origin label means in this evaluation.
    static func originMeaning(_ facts: Facts) -> String {
        facts.origins.contains { $0.hasPrefix("launch") }
            ? "launch+K fits on the first K periods after each series' launch (a simulated product's first live period, a history's first sale)"
            : "end-K fits on all but the last K periods of each series"
    }

    /// Sentences on what was evaluated and what was left out.
    static func notes(_ facts: Facts, report: AccuracyReport) -> [String] {
        let windows = facts.explicitOrigins
            ? "origin\(facts.origins.count == 1 ? "" : "s") " + facts.origins.joined(separator: ", ")
            : "\(facts.windows) window\(facts.windows == 1 ? "" : "s"), step \(facts.step) (origins \(facts.origins.joined(separator: ", ")))"
        var notes = ["\(facts.evaluatedSeries) of \(facts.series) series evaluated: horizon \(facts.horizon), \(windows)."]
        if let filled = facts.filledGaps {
            notes.append("\(filled.rows) missing period\(filled.rows == 1 ? "" : "s") in \(filled.series) series filled with y = 0.")
        }
        let skipped = facts.series - facts.evaluatedSeries
        if skipped > 0 {
            let why = facts.explicitOrigins ? "in which none of the origins fits (too short, or never sold)" : "shorter than \(facts.minimumLength) periods"
            notes.append("\(skipped) series \(why) skipped.")
        }
        if let census = facts.census {
            if census.unfitted > 0 {
                notes.append("\(census.unfitted) window\(census.unfitted == 1 ? "" : "s") past the end of \(census.unfitted == 1 ? "its" : "their") series skipped.")
            }
            if census.soldFromFirstDate > 0 {
                notes.append("\(census.soldFromFirstDate) series sold on the history's first date: they may have been launched "
                             + "before it, so their launch+K counts from that date and they have no launch-K.")
            }
            if census.allZero > 0 && census.isRankable {
                notes.append("\(census.allZero) of \(census.scored) scored series-windows sold nothing.")
            }
        }
        if !report.failures.isEmpty {
            notes.append("\(report.failures.count) forecaster-series pairs failed on some window (see accuracy.csv, scope `series`); failed forecasts count as 0.")
        }
        return notes
    }
}
