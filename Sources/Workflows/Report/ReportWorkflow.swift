import Backtest
import Foundation
import Reporting
import Scenario

/// The `report.html` of a result folder drawn again from the folder's files: byte for byte the
/// page the workflow that wrote the folder drew, or for a run folder one that follows other
/// strategies or another replication. The page is written whole or not at all.
public enum ReportWorkflow {
    /// Which folder, what to follow, and where the page goes.
    public struct Options: Sendable {
        /// A run (or merge) folder, or one of ``kinds``.
        public var folder: String
        /// For a run folder: strategies to follow product by product (as typed, up to 4).
        public var following: [String] = []
        /// For a run folder: the replication the product charts follow, computed again.
        public var replication: Int?
        /// Concurrent tasks for computing ``replication`` again (≥ 1).
        public var threads: Int
        /// Where to write the page; nil: the folder's `report.html`.
        public var page: String?
        /// The kinds of folder besides runs, tried in order before a run folder is read.
        public var kinds: [FolderKind] = [.evaluation, .whatIf]
        public var provenance: Provenance

        public init(folder: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount, provenance: Provenance) {
            self.folder = folder
            self.threads = threads
            self.provenance = provenance
        }
    }

    /// Draws the page and writes it; returns the path written.
    public static func run(_ options: Options) async throws(WorkflowError) -> String {
        let html = try await page(options)
        let destination = options.page ?? (options.folder as NSString).appendingPathComponent(RunReport.fileName)
        do {
            try AtomicFile.write(html, to: destination)
        } catch {
            throw .output(error)
        }
        return destination
    }

    /// The page of the folder, by the kind of folder it is.
    /// - Throws: ``WorkflowError``: `.input` for a folder that cannot be drawn (or whose
    ///   scenario cannot be run again); `.request` for strategies to follow that the run does
    ///   not have, a replication out of its range, or either asked of another kind of folder.
    public static func page(_ options: Options) async throws(WorkflowError) -> String {
        let folder = options.folder
        let version = options.provenance.version
        if let kind = options.kinds.first(where: { $0.holds(folder) }) {
            if !options.following.isEmpty { throw .request(.runFolderOnly(.followed, folder: folder, kind: kind.article)) }
            if options.replication != nil { throw .request(.runFolderOnly(.replication, folder: folder, kind: kind.article)) }
            return try WorkflowError.reading { try kind.page(folder, version) }
        }
        var report = try WorkflowError.reading { try RunReport.reading(folder: folder, version: version) }
        do {
            try report.follow(options.following)
        } catch {
            throw .request(.follow(error, strategies: report.summary.strategies.map(\.name)))
        }
        if let replication = options.replication {
            guard (0..<report.summary.replications).contains(replication) else {
                throw .request(.shownReplicationOutside(replication, replications: report.summary.replications))
            }
            report.data = try await shownData(of: report.summary, folder: folder, replication: replication,
                                              threads: options.threads, version: version)
        }
        return report.html
    }

    /// The report data of `replication`, computed again from the folder's resolved scenario with
    /// the run's seed, replications and streams.
    static func shownData(of summary: BacktestReport, folder: String, replication: Int, threads: Int,
                          version: String) async throws(WorkflowError) -> ReportData {
        let path = (folder as NSString).appendingPathComponent("scenario.yaml")
        let (spec, plan) = try WorkflowError.reading {
            let spec = try ScenarioSpec.load(contentsOf: path)
            var plan = try spec.backtestPlan(seed: summary.seed, replications: summary.replications, runsOracle: false)
            plan.commonRandomNumbers = summary.commonRandomNumbers
            guard plan.strategies.map(\.name).sorted() == summary.strategies.map(\.name).sorted() else {
                throw ReportSourceError(path: path, problem: "names other strategies than summary.json; run the scenario again")
            }
            plan.baseline = plan.strategies.firstIndex { $0.name == summary.baseline } ?? 0
            return (spec, plan)
        }
        do {
            return try await RunReportFiles.reportData(spec, plan: plan, replication: replication, medianProfitOf: nil,
                                                       threads: threads, version: version)
        } catch {
            throw .input(error)
        }
    }
}
