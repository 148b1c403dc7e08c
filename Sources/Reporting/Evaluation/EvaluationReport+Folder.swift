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

    /// The report of the `evaluate` folder at `folder`, from its `manifest.json` and
    /// `accuracy.csv` alone: the page `sellthrough evaluate` wrote, byte for byte, when the
    /// folder is a finished evaluation of this sellthrough `version`.
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
        let text = String(decoding: try folder.contents("accuracy.csv"), as: UTF8.self)
        let accuracy: AccuracyReport
        do {
            accuracy = try AccuracyFileReader.report(text)
        } catch {
            throw ReportSourceError(path: folder.file("accuracy.csv"), problem: "\(error.description); run `sellthrough evaluate` again")
        }
        let unknown = Set(accuracy.rows.map(\.forecaster)).subtracting(manifest.forecasters)
        guard unknown.isEmpty else {
            throw ReportSourceError(path: path, problem: "accuracy.csv and manifest.json are from different evaluations "
                                    + "(accuracy.csv scores \(unknown.sorted().joined(separator: ", ")), which the manifest does not name)")
        }
        let summary = EvaluationSummary(title: title, facts: EvaluationSummary.Facts(manifest: manifest), report: accuracy)
        return EvaluationReport(summary: summary, accuracy: accuracy, manifest: manifest)
    }
}
