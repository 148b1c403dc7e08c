import Evaluation

/// The ranked table of an evaluation: forecasters ordered by RMSSE against realised demand
/// (lower is better; forecasters without a usable RMSSE last), as printed by
/// `sellthrough evaluate` and written to `summary.md`.
public struct EvaluationSummary: Sendable {
    /// One forecaster's line.
    public struct Line: Sendable {
        public var rank: Int
        public var forecaster: String
        /// Figures by column title.
        public var cells: [String]
    }

    /// What the evaluation was run on, in words ("history weekly_demand.csv", "scenario quickstart").
    public var title: String
    public var header: [String]
    public var lines: [Line]
    /// Sentences about the evaluation (series evaluated and skipped, windows, failures).
    public var notes: [String]
    /// RMSSE and bias within groups of forecasts: by lifecycle phase (scenarios), by demand
    /// pattern; only splits with at least one group.
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

    /// What the summary needs to know of an evaluation besides its accuracy: from the outcome
    /// when it has just run, from `manifest.json` when its folder is read again.
    public struct Facts: Sendable {
        /// The forecasters' labels, in evaluation order.
        public var labels: [String]
        public var levels: [Double]
        /// Whether forecasts were also scored against the true expected demand (scenarios).
        public var hasTruth: Bool
        public var horizon: Int
        public var windows: Int
        public var step: Int
        public var minimumLength: Int
        public var series: Int
        public var evaluatedSeries: Int

        public init(outcome: EvaluationOutcome) {
            labels = outcome.labels
            levels = outcome.questions.levels
            hasTruth = outcome.hasTruth
            (horizon, windows, step, minimumLength) = (outcome.plan.horizon, outcome.plan.windows, outcome.plan.step, outcome.plan.minimumLength)
            (series, evaluatedSeries) = (outcome.series.count, outcome.evaluatedSeries)
        }

        public init(manifest: EvaluationManifest) {
            labels = manifest.forecasters
            levels = manifest.levels
            hasTruth = manifest.sourceKind == "scenario"
            (horizon, windows, step, minimumLength) = (manifest.horizon, manifest.windows, manifest.step, manifest.minimumLength)
            (series, evaluatedSeries) = (manifest.series, manifest.evaluatedSeries)
        }
    }

    /// The columns after rank and forecaster: metric, target, title, decimal places.
    private static func columns(_ facts: Facts) -> [(AccuracyMetric, String, String, Int)] {
        var columns: [(AccuracyMetric, String, String, Int)] = [
            (.rmsse, AccuracyReport.demandTarget, "RMSSE", 4), (.mase, AccuracyReport.demandTarget, "MASE", 4),
            (.wape, AccuracyReport.demandTarget, "WAPE", 4), (.bias, AccuracyReport.demandTarget, "bias", 4),
            (.mae, AccuracyReport.demandTarget, "MAE", 3), (.wrmsse, AccuracyReport.demandTarget, "WRMSSE", 4),
        ]
        columns += facts.levels.map { (.coverage($0), AccuracyReport.demandTarget, "cover \(ForecastQuestions.levelText($0))", 3) }
        if facts.hasTruth {
            columns += [(.rmsse, AccuracyReport.truthTarget, "RMSSE vs truth", 4), (.mae, AccuracyReport.truthTarget, "MAE vs truth", 3)]
        }
        return columns
    }

    public init(title: String, outcome: EvaluationOutcome, report: AccuracyReport) {
        self.init(title: title, facts: Facts(outcome: outcome), report: report)
    }

    public init(title: String, facts: Facts, report: AccuracyReport) {
        self.title = title
        let columns = Self.columns(facts)
        header = ["#", "forecaster"] + columns.map(\.2) + ["failed series"]
        let failed = Dictionary(grouping: report.failures, by: \.forecaster).mapValues(\.count)
        func rmsse(_ label: String) -> Double {
            let value = report.value(.rmsse, forecaster: label) ?? .nan
            return value.isFinite ? value : .infinity
        }
        let order = facts.labels.enumerated().sorted { lhs, rhs in
            let (a, b) = (rmsse(lhs.element), rmsse(rhs.element))
            return a != b ? a < b : lhs.offset < rhs.offset
        }.map(\.element)
        lines = order.enumerated().map { rank, label in
            let cells = columns.map { metric, target, _, places in
                report.value(metric, forecaster: label, target: target).map { $0.isFinite ? NumberText.format($0, places: places) : "-" } ?? "-"
            }
            return Line(rank: rank + 1, forecaster: label, cells: cells + [String(failed[label] ?? 0)])
        }
        var notes = ["\(facts.evaluatedSeries) of \(facts.series) series evaluated: horizon \(facts.horizon), \(facts.windows) window\(facts.windows == 1 ? "" : "s"), step \(facts.step)."]
        let skipped = facts.series - facts.evaluatedSeries
        if skipped > 0 {
            notes.append("\(skipped) series shorter than \(facts.minimumLength) periods skipped.")
        }
        if !report.failures.isEmpty {
            notes.append("\(report.failures.count) forecaster-series pairs failed on some window (see accuracy.csv, scope `series`); failed forecasts count as 0.")
        }
        self.notes = notes
        let lines = self.lines
        func split(_ title: String, _ explanation: String, _ groups: [String]) -> Split {
            Split(title: title, explanation: explanation, groups: groups, cells: lines.map { line in
                groups.flatMap { group in
                    [AccuracyMetric.rmsse, .bias].map { metric in
                        report.value(metric, forecaster: line.forecaster, scope: group).map { $0.isFinite ? NumberText.format($0, places: 4) : "-" } ?? "-"
                    }
                }
            })
        }
        splits = [
            split("By lifecycle phase", "each forecast period scored in the phase the product was in.", report.phases),
            split("By demand pattern", "each window scored under the Syntetos–Boylan–Croston class of its series' sales "
                  + "before the cutoff (smooth, erratic, intermittent, lumpy).", report.patterns),
        ].filter { !$0.groups.isEmpty }
    }

    /// The plain-text table for the terminal.
    public var table: String {
        TextTable.render(header: header, rows: lines.map { [String($0.rank), $0.forecaster] + $0.cells }, leftAligned: 2)
    }

    /// `summary.md`.
    public var markdown: String {
        var text = ["# Forecast evaluation: \(title)", ""] + notes + ["", "Ranked by RMSSE against realised demand (lower is better).", ""]
        text.append("| " + header.map(MarkdownText.escape).joined(separator: " | ") + " |")
        text.append("|" + header.map { _ in " --- " }.joined(separator: "|") + "|")
        for line in lines {
            let cells = [String(line.rank), MarkdownText.escape(line.forecaster)] + line.cells
            text.append("| " + cells.joined(separator: " | ") + " |")
        }
        for split in splits {
            text += ["", "## \(split.title)", "", "RMSSE and bias against realised demand, " + split.explanation, ""]
            let splitHeader = ["forecaster"] + split.groups.flatMap { ["\($0) RMSSE", "\($0) bias"] }
            text.append("| " + splitHeader.joined(separator: " | ") + " |")
            text.append("|" + splitHeader.map { _ in " --- " }.joined(separator: "|") + "|")
            for (line, cells) in zip(lines, split.cells) {
                text.append("| " + ([MarkdownText.escape(line.forecaster)] + cells).joined(separator: " | ") + " |")
            }
        }
        text += ["", "RMSSE and MASE scale each series-window by its in-sample one-step naive error from the first sale (M5); "
                 + "WAPE = Σ|error| / Σ demand; bias = Σ error / Σ demand; WRMSSE weights RMSSE by revenue over the last 28 periods; "
                 + "coverage is the share of periods inside the central interval. Every figure is in accuracy.csv."]
        return text.joined(separator: "\n") + "\n"
    }
}
