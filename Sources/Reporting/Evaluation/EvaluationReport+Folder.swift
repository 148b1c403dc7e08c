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
    public static func reading(folder: String, version: String) throws(ReportSourceError) -> EvaluationReport {
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        guard let manifestData = FileManager.default.contents(atPath: path("manifest.json")) else {
            throw ReportSourceError(path: folder, problem: "is not an evaluation folder: it has no manifest.json")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let manifest: EvaluationManifest
        do {
            manifest = try decoder.decode(EvaluationManifest.self, from: manifestData)
        } catch {
            throw ReportSourceError(path: path("manifest.json"), problem: "cannot be read as an evaluation manifest (\(error))")
        }
        guard manifest.version == version, let title = manifest.title else {
            throw ReportSourceError(path: folder, problem: "was written by sellthrough \(manifest.version); this is \(version), which "
                                    + "draws reports only of its own evaluations: run `sellthrough evaluate` again")
        }
        guard let data = FileManager.default.contents(atPath: path("accuracy.csv")) else {
            throw ReportSourceError(path: folder, problem: "is incomplete: accuracy.csv is missing; run `sellthrough evaluate` again")
        }
        let accuracy: AccuracyReport
        do {
            accuracy = try AccuracyFileReader.report(String(decoding: data, as: UTF8.self))
        } catch {
            throw ReportSourceError(path: path("accuracy.csv"), problem: "\(error.description); run `sellthrough evaluate` again")
        }
        let unknown = Set(accuracy.rows.map(\.forecaster)).subtracting(manifest.forecasters)
        guard unknown.isEmpty else {
            throw ReportSourceError(path: folder, problem: "accuracy.csv and manifest.json are from different evaluations "
                                    + "(accuracy.csv scores \(unknown.sorted().joined(separator: ", ")), which the manifest does not name)")
        }
        let summary = EvaluationSummary(title: title, facts: EvaluationSummary.Facts(manifest: manifest), report: accuracy)
        return EvaluationReport(summary: summary, accuracy: accuracy, manifest: manifest)
    }
}
