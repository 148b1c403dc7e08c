import Evaluation
import Foundation
import Reporting

/// Which series `report.html` draws, and whether the user chose them.
struct ShownChoice {
    var indices: [Int]
    var chosen: Bool
}

extension EvaluateCommand {
    /// Large biases printed on standard error; the rest are counted (the report lists all).
    static let printedWarnings = 5

    /// Scores `outcome`, writes the folder and prints the ranking; exit 1 when it cannot be
    /// ranked (the folder is still written, to look at).
    func finish(_ prepared: PreparedEvaluation, outcome: EvaluationOutcome, shown: [Int]?, started: Date, loaded: Date,
                evaluated: Date) throws {
        let report = AccuracyReport(outcome: outcome)
        let scores = SeriesScore.scores(outcome)
        let summary = EvaluationSummary(title: prepared.title, outcome: outcome, report: report)
        let choice = ShownChoice(indices: shown ?? ShownSeries.sample(outcome), chosen: shown != nil)
        let panels = choice.indices.map { ShownSeries(outcome, index: $0) }
        let destination = out ?? SimulateCommand.defaultFolder(scenario: prepared.definition.name, label: "evaluate", at: started)
        try writingResults {
            try RunFolder.produce(at: destination) { folder in
                folder.noteRemovedStale()
                try ForecastFrameWriter.write(outcome, to: folder.path("forecasts.csv"))
                try AtomicFile.write(AccuracyFileWriter.csv(report), to: folder.path("accuracy.csv"))
                try AtomicFile.write(SeriesAccuracyFile.csv(scores), to: folder.path(SeriesAccuracyFile.fileName))
                try AtomicFile.write(summary.markdown, to: folder.path("summary.md"))
                let shownFiles = ShownSeriesFiles.csv(panels)
                try AtomicFile.write(shownFiles.series, to: folder.path(ShownSeriesFiles.seriesFile))
                try AtomicFile.write(shownFiles.forecasts, to: folder.path(ShownSeriesFiles.forecastsFile))
                let manifest = prepared.manifest(outcome: outcome, threads: threads, startedAt: started, seconds: [
                    "load": loaded.timeIntervalSince(started), "evaluate": evaluated.timeIntervalSince(loaded),
                    "total": Date().timeIntervalSince(started),
                ], shown: choice, reference: reference)
                try AtomicFile.write(ResultJSON.encode(manifest), to: folder.path("manifest.json"))
                // Drawn from what the folder holds, as `sellthrough report` draws it again.
                let page = EvaluationSummary(title: prepared.title, facts: EvaluationSummary.Facts(manifest: manifest), report: report)
                try AtomicFile.write(EvaluationReport(summary: page, accuracy: report, manifest: manifest, scores: scores, shown: panels).html,
                                     to: folder.path(EvaluationReport.fileName))
            }
        }
        print("\(prepared.title): \(summary.notes.joined(separator: " "))")
        print(summary.table(wide: wide))
        let hidden = summary.hiddenColumns(wide: wide)
        if !hidden.isEmpty { print("Left out here (--wide shows them): " + hidden.joined(separator: ", ") + ".") }
        let slowest = zip(outcome.labels, outcome.forecasterSeconds).sorted { $0.1 > $1.1 }.prefix(5)
        print("evaluated in " + String(format: "%.2f", evaluated.timeIntervalSince(loaded)) + " s (time in forecasters: "
              + slowest.map { "\($0.0) " + String(format: "%.2f", $0.1) + " s" }.joined(separator: ", ") + "); wrote \(destination)")
        for warning in summary.biasWarnings.prefix(Self.printedWarnings) { printError("warning: large bias: " + warning.sentence) }
        if summary.biasWarnings.count > Self.printedWarnings {
            printError("note: \(summary.biasWarnings.count - Self.printedWarnings) more large biases are listed in summary.md and report.html")
        }
        if let refusal = summary.refusal {
            // Not an invalid input: the windows asked for were evaluated and written; what they
            // cannot support is a ranking, and the page says so instead of crowning anyone.
            printError("warning: not ranked: \(refusal) Set the origins with --origins; the results are in \(destination) to look at.")
        }
    }
}
