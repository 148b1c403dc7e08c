import Evaluation

/// `report.html` of an `evaluate` folder: a self-contained page drawn from the evaluation's
/// manifest, its accuracy figures and its ranked summary — the same figures as `accuracy.csv`
/// and `summary.md`, as charts.
///
/// Sections: what was evaluated (source, window plan and origins, forecasters); warnings (no
/// ranking and why; large biases on a demand pattern); the ranking table; accuracy differences
/// from a reference forecaster paired over series, with 95% intervals; accuracy by forecaster
/// (RMSSE, and the coverage of the first interval level against its nominal level); accuracy
/// by forecast origin, by lifecycle phase (simulated markets) and by demand pattern (RMSSE
/// against realised and, for simulated markets, true demand, and bias); forecasts against
/// actual sales for a few series, one small panel each. Every name (forecaster labels,
/// file names) reaches the page only as escaped text; the page has no scripts and loads nothing
/// (``HTMLPage``).
/// Deterministic: timings and thread counts are left out, so the same evaluation gives the same
/// bytes.
public struct EvaluationReport: Sendable {
    /// The file's name in an `evaluate` folder.
    public static let fileName = "report.html"
    /// At most this many forecasters (the best by RMSSE) get bars in the by-phase and
    /// by-pattern charts, so that the groups stay readable; the tables list every forecaster.
    public static let groupChartForecasters = 6

    public var summary: EvaluationSummary
    public var accuracy: AccuracyReport
    public var manifest: EvaluationManifest
    /// Every forecaster's accuracy on every series (`series-accuracy.csv`), for the paired
    /// differences.
    public var scores: [SeriesScore]
    /// The series drawn forecast against actual (`shown-series.csv`, `shown-forecasts.csv`).
    public var shown: [ShownSeries]

    public init(summary: EvaluationSummary, accuracy: AccuracyReport, manifest: EvaluationManifest, scores: [SeriesScore] = [],
                shown: [ShownSeries] = []) {
        self.summary = summary
        self.accuracy = accuracy
        self.manifest = manifest
        self.scores = scores
        self.shown = shown
    }

    /// The page as HTML text.
    public var html: String { page.rendered }

    public var page: HTMLPage {
        let title = "Forecast evaluation: \(summary.title)"
        var body: [MarkupNode] = [
            .html("h1", [:], [.text(title)]),
            HTMLPage.fileLinks(["summary.md", "accuracy.csv", SeriesAccuracyFile.fileName, "forecasts.csv", "manifest.json"]),
        ]
        body += studySection
        body += warningSection
        body += rankingSection
        body += differenceSection
        body += forecasterSection
        body += originSection
        body += phaseSection
        body += patternSection
        body += seriesSection
        body.append(.html("p", ["class": "note"], [.text(
            "Made by sellthrough \(manifest.version). RMSSE and MASE scale each series-window by its in-sample one-step naive "
                + "error (M5); 1 means as large as that error. Definitions: docs/evaluation.md of the sellthrough repository.")]))
        return HTMLPage(title: title, body: body)
    }

    /// Forecasters in table order: ranked ones best RMSSE first, then the unranked.
    var ranked: [String] { summary.lines.map(\.forecaster) }

    /// The forecaster ranked first, if any.
    var best: String? { summary.lines.first { $0.rank == 1 }?.forecaster }

    /// The forecaster differences are measured from: the one named in the manifest, else the best.
    var reference: String? { manifest.reference ?? best }

    /// Source, windows and forecasters, as facts.
    var studySection: [MarkupNode] {
        var facts: [(term: String, detail: String)] = [
            ("Source", "\(manifest.sourceKind) \(manifest.source)"
                + (manifest.seeds.map { ", seed " + $0.map(String.init).joined(separator: ", ") } ?? "")
                + (manifest.replications.map { ", \($0) replication\($0 == 1 ? "" : "s") each" } ?? "")),
            ("Series", "\(manifest.evaluatedSeries) of \(manifest.series) evaluated, \(manifest.frequency); "
                + "shorter than \(manifest.minimumLength) periods skipped"),
            ("Windows", windowsFact),
            ("Season", "\(manifest.season) periods"),
            ("Intervals", manifest.levels.map { ForecastQuestions.levelText($0) + "%" }.joined(separator: ", ") + " central"),
            ("Forecasters", "\(manifest.forecasters.count): " + manifest.forecasters.joined(separator: ", ")),
        ]
        if !accuracy.failures.isEmpty {
            facts.append(("Failures", "\(accuracy.failures.count) forecaster-series pairs failed on some window; their "
                          + "forecasts count as 0 (accuracy.csv lists them, scope “series”)"))
        }
        return [.html("h2", ["id": "study"], [.text("What was evaluated")]), HTMLPage.facts(facts)]
    }

    /// The ranked table of `summary.md`.
    var rankingSection: [MarkupNode] {
        let rows = summary.lines.map { line in
            [HTMLTable.Cell(line.rankText), HTMLTable.Cell(line.forecaster, strong: line.rank == 1)]
                + line.cells.map { HTMLTable.Cell($0 == "-" ? "–" : $0) }
        }
        let order = summary.refusal == nil
            ? "Ranked by RMSSE against realised demand, lower is better (the best in bold); a forecaster whose RMSSE is "
                + "undefined has no rank (–) and comes last."
            : "Not ranked (see the note above): forecasters in the order given, figures as computed."
        let table = HTMLTable(header: summary.header, rows: rows, textColumns: [1], caption: order + " WAPE = Σ|error| / Σ demand; "
            + "bias = Σ error / Σ demand (positive: over-forecast); cover L = share of periods inside the central L% interval; "
            + "– = undefined.")
        return [.html("h2", ["id": "ranking"], [.text("Ranking")]), table.node]
    }
}
