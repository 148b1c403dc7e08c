import Foundation

extension RunReport {
    /// The report of the run folder at `folder`, read from its `summary.json` and
    /// `report-data.json`, after checking that the folder is a finished run of this
    /// sellthrough `version` (`manifest.json` and `report-data.json` say which wrote them) and
    /// that `scenario.yaml` is there.
    /// - Throws: ``ReportSourceError`` naming what is missing or wrong and what to do.
    public static func reading(folder path: String, version: String) throws(ReportSourceError) -> RunReport {
        let folder = try ReportFolder(path, rerun: "run the scenario again (`sellthrough run \((path as NSString).appendingPathComponent("scenario.yaml"))`)",
                                      absent: "give the folder `sellthrough run` wrote (under Results/runs/)")
        if folder.contains(PartialResult.fileName) {
            throw ReportSourceError(path: path, problem: "is one shard's partial result, not a run; combine the shards with "
                                    + "`sellthrough merge` and report on the merged folder")
        }
        guard folder.contains("manifest.json") else {
            throw ReportSourceError(path: path, problem: "is not a run folder: it has no manifest.json (`sellthrough run` writes one)")
        }
        let manifest = try folder.decode(RunManifest.self, from: "manifest.json", as: "a run manifest")
        try folder.requireVersion(manifest.version, is: version, things: "runs")
        guard manifest.replications != nil else {
            throw ReportSourceError(path: path, problem: "was written by `sellthrough simulate`, not `run`: only backtests have a report")
        }
        for name in ["scenario.yaml", "summary.json", ReportData.fileName] where !folder.contains(name) {
            throw ReportSourceError(path: path, problem: "is incomplete: \(name) is missing; run the scenario again")
        }
        return try RunReport(summaryJSON: try folder.contents("summary.json"), reportDataJSON: try folder.contents(ReportData.fileName),
                             version: version, folder: path)
    }

    /// The report of a run from the bytes of its `summary.json` and `report-data.json`: what
    /// `sellthrough run` draws too, so that both give the same page byte for byte.
    /// - Parameter folder: named in errors.
    /// - Throws: ``ReportSourceError`` when either cannot be read, is of another version or
    ///   format, or they belong to different runs.
    public init(summaryJSON: Data, reportDataJSON: Data, version: String, folder: String) throws(ReportSourceError) {
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        struct SummaryHeader: Decodable {
            var format: String?
        }
        let summaryFormat: String?
        do {
            summaryFormat = try JSONDecoder().decode(SummaryHeader.self, from: summaryJSON).format
        } catch {
            throw ReportSourceError(path: path("summary.json"), problem: "cannot be read as a run summary (\(error))")
        }
        guard summaryFormat == BacktestReport.currentFormat else {
            throw ReportSourceError(path: path("summary.json"), problem: "is in format '\(summaryFormat ?? "none")'; this "
                                    + "sellthrough reads '\(BacktestReport.currentFormat)': run the scenario again")
        }
        let summary: BacktestReport
        do {
            summary = try JSONDecoder().decode(BacktestReport.self, from: summaryJSON)
        } catch {
            throw ReportSourceError(path: path("summary.json"), problem: "cannot be read as a run summary (\(error))")
        }
        struct Header: Decodable {
            var format: String
            var version: String
        }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: reportDataJSON)
        } catch {
            throw ReportSourceError(path: path(ReportData.fileName), problem: "cannot be read as report data (\(error))")
        }
        guard header.format == ReportData.currentFormat, header.version == version else {
            throw ReportSourceError(path: path(ReportData.fileName), problem: "was written by sellthrough \(header.version) in format "
                                    + "'\(header.format)'; this is \(version), which reads '\(ReportData.currentFormat)': run the "
                                    + "scenario again")
        }
        let data: ReportData
        do {
            data = try JSONDecoder().decode(ReportData.self, from: reportDataJSON)
        } catch {
            throw ReportSourceError(path: path(ReportData.fileName), problem: "cannot be read as report data (\(error))")
        }
        guard data.scenario.name == summary.scenario,
              data.scenario.strategies.sorted() == summary.strategies.map(\.name).sorted() else {
            throw ReportSourceError(path: folder, problem: "summary.json and \(ReportData.fileName) are from different runs "
                                    + "(scenario or strategies differ); run the scenario again")
        }
        self.init(summary: summary, data: data)
    }
}
