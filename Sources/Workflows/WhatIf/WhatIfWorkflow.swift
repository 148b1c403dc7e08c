import Foundation
import Reporting
import Scenario
import WhatIf

/// A what-if study of a scenario, written to a folder: `whatif.csv`, `whatif.json`, `whatif.md`,
/// `report.html` (``WhatIfFiles``), the resolved `scenario.yaml` and `manifest.json`. The request
/// and the scenario are checked before the first replication, an existing folder is refused
/// before the sweep, and the folder appears only once complete; its results are the same bytes
/// whatever the thread count.
public enum WhatIfWorkflow {
    /// What to sweep and where to write it.
    public struct Options: Sendable {
        /// Scenario file (YAML) with a strategies section.
        public var scenarioFile: String
        /// The fields, values, strategy, constraints, seed, replications and threads of the sweep.
        public var study: WhatIfStudy
        /// The folder to create (it must not exist); nil: ``ResultsLocation/defaultFolder(name:label:at:)``.
        public var folder: String?
        public var provenance: Provenance

        public init(scenarioFile: String, study: WhatIfStudy, folder: String? = nil, provenance: Provenance) {
            self.scenarioFile = scenarioFile
            self.study = study
            self.folder = folder
            self.provenance = provenance
        }
    }

    /// What was swept and written.
    public struct Result {
        /// The points, the recommendation and the refinement.
        public var sweep: WhatIfResult
        public var files: WrittenFiles
    }

    /// Replications' figures a sweep may hold at once: every replication's figures are kept at
    /// every grid point (about 650 bytes each, so about 1.3 GB at the bound) for the paired
    /// differences and the stockout probability.
    public static let maximumFigures = 2_000_000

    /// The files ``WhatIfFiles`` writes, in its order.
    static let studyFiles = [WhatIfFiles.csv, WhatIfFiles.json, WhatIfFiles.markdown, WhatIfReport.fileName]

    /// - Throws: ``WorkflowError``: `.input` for a scenario that cannot be read or swept (or that
    ///   draws a value it cannot take); `.request` for a study the scenario cannot honour
    ///   (``RequestProblem/whatIf(_:)``) or too large to hold (``RequestProblem/sweepTooLarge(replications:points:maximum:fromScenario:)``);
    ///   `.output` when the folder exists or results cannot be written.
    public static func run(_ options: Options, events: WorkflowEvents = { _ in }) async throws(WorkflowError) -> Result {
        let started = Date()
        let study = options.study
        if let replications = study.replications { try checkSize(replications, of: study, fromScenario: false) }
        let document = try WorkflowError.reading { try ScenarioDocument.load(contentsOf: options.scenarioFile) }
        document.warnings.forEach { events(.scenarioWarning($0)) }
        if study.replications == nil { try checkSize(document.base.replications, of: study, fromScenario: true) }
        let seed = study.seed ?? document.base.seed
        let destination = options.folder
            ?? ResultsLocation.defaultFolder(name: document.base.name, label: "whatif-seed\(seed)", at: started)
        // A sweep takes a while: refuse an existing folder before, not after, the work.
        if FileManager.default.fileExists(atPath: destination) {
            throw .output(OutputError(path: destination, reason: "it already exists; choose another output folder or remove it"))
        }
        let sweep = try await run(study, on: document, events: events)
        let computed = Date()
        let ((), files) = try await ResultFolder.produce(at: destination, events: events) { folder in
            try folder.writing(studyFiles) { try WhatIfFiles.write(sweep, into: $0, version: options.provenance.version) }
            try folder.write(document.base.encodedYAML(), "scenario.yaml")
            try folder.writeJSON(RunManifest(
                tool: options.provenance.tool, version: options.provenance.version, command: options.provenance.command,
                scenarioFile: options.scenarioFile, scenario: document.base.name, seed: sweep.seed, replications: sweep.replications,
                generator: document.base.generator, startedAt: started,
                seconds: ["whatif": computed.timeIntervalSince(started), "total": Date().timeIntervalSince(started)]), "manifest.json")
        }
        return Result(sweep: sweep, files: files)
    }

    /// Refuses a sweep whose replications' figures would not fit in memory (``maximumFigures``),
    /// counting the grid's points (the refinement's few are not).
    static func checkSize(_ replications: Int, of study: WhatIfStudy, fromScenario: Bool) throws(WorkflowError) {
        let points = study.axes.map(\.values.count).reduce(1, *)
        let (figures, overflow) = replications.multipliedReportingOverflow(by: points)
        guard overflow || figures > maximumFigures else { return }
        throw .request(.sweepTooLarge(replications: replications, points: points, maximum: maximumFigures, fromScenario: fromScenario))
    }

    /// Runs `study` on `document`, reporting each stage's progress.
    static func run(_ study: WhatIfStudy, on document: ScenarioDocument, events: WorkflowEvents) async throws(WorkflowError) -> WhatIfResult {
        do {
            return try await study.run(on: document) { stage, done, total in
                events(.progress(WorkflowStage(stage), done: done, total: total))
            }
        } catch {
            // The request's problems name the part of the study that made them; the scenario's are the input's.
            throw error.cause == .request ? .request(.whatIf(error)) : .input(error)
        }
    }
}

extension WorkflowStage {
    /// The what-if study's stage as the workflows report it.
    init(_ stage: WhatIfStudy.Stage) {
        switch stage {
        case .grid: self = .grid
        case .refinement: self = .refinement
        case .rounding: self = .rounding
        }
    }
}
