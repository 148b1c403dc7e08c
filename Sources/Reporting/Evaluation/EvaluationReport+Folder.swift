import Evaluation
import Foundation

extension EvaluationReport {
    /// Whether `folder` holds an evaluation: its `manifest.json` names a source kind, which only
    /// `sellthrough evaluate` writes.
    public static func isEvaluationFolder(_ folder: String) -> Bool {
        struct Kind: Decodable { var sourceKind: String }
        let path = (folder as NSString).appendingPathComponent("manifest.json")
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return (try? JSONDecoder().decode(Kind.self, from: data)) != nil
    }

    /// The report of the `evaluate` folder at `folder`, from its `manifest.json`,
    /// `accuracy.csv`, `series-accuracy.csv` and the shown series' two files alone: the page
    /// `sellthrough evaluate` wrote, byte for byte, when the folder is a finished evaluation of
    /// this sellthrough `version`.
    /// - Throws: ``ReportSourceError`` naming what is missing or wrong and what to do.
    public static func reading(folder path: String, version: String) throws(ReportSourceError) -> EvaluationReport {
        let folder = try ReportFolder(path, rerun: "run `sellthrough evaluate`", absent: "give the folder `sellthrough evaluate` wrote")
        guard folder.contains("manifest.json") else {
            throw ReportSourceError(path: path, problem: "is not an evaluation folder: it has no manifest.json")
        }
        let manifest = try folder.decode(EvaluationManifest.self, from: "manifest.json", as: "an evaluation manifest")
        try folder.requireVersion(manifest.version, is: version, things: "evaluations")
        guard let title = manifest.title else {
            throw ReportSourceError(path: folder.file("manifest.json"), problem: "has no title; run `sellthrough evaluate` again")
        }
        func text(_ name: String) throws(ReportSourceError) -> String {
            String(decoding: try folder.contents(name), as: UTF8.self)
        }
        func invalid(_ name: String, _ problem: String) -> ReportSourceError {
            ReportSourceError(path: folder.file(name), problem: "\(problem); run `sellthrough evaluate` again")
        }
        let accuracy: AccuracyReport
        let scores: [SeriesScore]
        let (accuracyText, scoresText) = (try text("accuracy.csv"), try text(SeriesAccuracyFile.fileName))
        do {
            accuracy = try AccuracyFileReader.report(accuracyText)
        } catch {
            throw invalid("accuracy.csv", error.description)
        }
        do {
            scores = try SeriesAccuracyFile.scores(scoresText)
        } catch {
            throw invalid(SeriesAccuracyFile.fileName, error.description)
        }
        let unknown = Set(accuracy.rows.map(\.forecaster) + scores.map(\.forecaster)).subtracting(manifest.forecasters)
        guard unknown.isEmpty else {
            throw ReportSourceError(path: path, problem: "its CSV files and manifest.json are from different evaluations "
                                    + "(they score \(unknown.sorted().joined(separator: ", ")), which the manifest does not name)")
        }
        var shown: [ShownSeries] = []
        if let ids = manifest.shownSeries, !ids.isEmpty {
            let frequency = SeriesFrequency(rawValue: manifest.frequency) ?? .daily
            let (seriesText, forecastsText) = (try text(ShownSeriesFiles.seriesFile), try text(ShownSeriesFiles.forecastsFile))
            do {
                shown = try ShownSeriesFiles.read(series: seriesText, forecasts: forecastsText, ids: ids, frequency: frequency)
            } catch {
                throw invalid(error.file, error.problem.description)
            }
        }
        let summary = EvaluationSummary(title: title, facts: EvaluationSummary.Facts(manifest: manifest), report: accuracy)
        return EvaluationReport(summary: summary, accuracy: accuracy, manifest: manifest, scores: scores, shown: shown)
    }
}
