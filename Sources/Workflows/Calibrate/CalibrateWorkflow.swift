import Calibration
import Censoring
import Evaluation
import Foundation
import Reporting
import Scenario

/// `calibrate`: a sales history in, a runnable scenario fitted to it out, with a report of how
/// faithfully the fitted market reproduces the history.
///
/// Steps: read the history as a history-driven scenario would (economics, unconstrained
/// demand); fit every product (``CatalogueCalibration``); assemble the commented scenario and
/// check that it decodes and validates; simulate replications of it over the history's periods
/// and compare (``FidelityResult``); write the results folder (fidelity.html/.md/.json,
/// fits.csv, the scenario, manifest.json) and then the scenario file. The scenario file is
/// written last, atomically, and never over an existing file unless asked.
public enum CalibrateWorkflow {
    public struct Options: Sendable {
        public var historyFile: String
        public var productsFile: String?
        /// The product file's column whose values group products for pooling; nil pools the
        /// whole catalogue.
        public var groupColumn: String?
        /// Where the scenario is written.
        public var outFile: String
        /// Whether an existing `outFile` may be replaced.
        public var replace: Bool
        /// The results folder (must not exist); nil: under Results/runs/.
        public var folder: String?
        /// The scenario's name.
        public var name: String
        public var seed: UInt64
        /// Replications simulated for the fidelity report (≥ 1).
        public var replications: Int
        /// Periods the calendar runs past the history, for planning (≥ 0); nil: a year of periods.
        public var horizon: Int?
        /// How censored periods become demand.
        public var censoring: CensoringEstimator
        public var reading: HistoryImport.Options
        /// Workers fitting and simulating products (≥ 1); results are the same whatever the number.
        public var threads: Int
        public var provenance: Provenance

        public init(historyFile: String, productsFile: String? = nil, groupColumn: String? = nil, outFile: String, replace: Bool = false,
                    folder: String? = nil, name: String, seed: UInt64 = ScenarioSpec.defaultSeed, replications: Int = 100, horizon: Int? = nil,
                    censoring: CensoringEstimator? = nil, reading: HistoryImport.Options = .init(),
                    threads: Int = ProcessInfo.processInfo.activeProcessorCount, provenance: Provenance) {
            self.historyFile = historyFile
            self.productsFile = productsFile
            self.groupColumn = groupColumn
            self.outFile = outFile
            self.replace = replace
            self.folder = folder
            self.name = name
            self.seed = seed
            self.replications = replications
            self.horizon = horizon
            self.censoring = censoring ?? .censoredLikelihood
            self.reading = reading
            self.threads = threads
            self.provenance = provenance
        }
    }

    public struct Result: Sendable {
        public var scenario: ScenarioSpec
        public var fits: [ProductCalibration]
        public var fidelity: FidelitySummary
        /// The scenario file written.
        public var scenarioFile: String
        public var files: WrittenFiles
        /// Seconds per stage: read, fit, fidelity, write, total.
        public var seconds: [String: Double]
    }

    public static func run(_ options: Options, events: WorkflowEvents = { _ in }) async throws(WorkflowError) -> Result {
        let started = Date()
        if !options.replace, FileManager.default.fileExists(atPath: options.outFile) {
            throw .output(OutputError(path: options.outFile, reason: "already exists; choose another file or allow replacing it"))
        }
        // Checked before any work, so a results folder never appears without its scenario.
        let parent = URL(fileURLWithPath: options.outFile).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            throw .output(OutputError(path: options.outFile, reason: "its folder \(parent) does not exist; create it or write elsewhere"))
        }
        let input = try CalibrationInput.read(options)
        input.warnings.forEach { events(.scenarioWarning($0)) }
        let read = Date()
        let catalogue: CatalogueFit
        do {
            catalogue = try await CatalogueCalibration.fit(input.series, calendar: SeasonalCalendar(input.replay.calendar.calendar),
                                                           censoring: options.censoring, workers: options.threads)
        } catch {
            throw .input(error)
        }
        let fits = catalogue.products
        let fitted = Date()
        let calibrated = try CalibratedScenario.make(input: input, fits: catalogue, options: options)
        let yaml: String
        let scenario: ScenarioSpec
        do {
            yaml = try calibrated.spec.commentedYAML(calibrated.comments)
            // What is written must run as it is: decode and validate it as a user's file would be.
            scenario = try ScenarioSpec.decode(yaml: yaml, file: options.outFile)
        } catch {
            throw .output(OutputError(path: options.outFile, reason: "the calibrated scenario does not validate (a defect of calibrate; please report it): \(error)"))
        }
        let fidelity = try await FidelityRun.compare(scenario, with: input, replications: options.replications, threads: options.threads)
        let compared = Date()
        let stages = ["read": read.timeIntervalSince(started), "fit": fitted.timeIntervalSince(read),
                      "fidelity": compared.timeIntervalSince(fitted)]
        let report = FidelityReport(
            scenario: scenario.name, scenarioFile: options.outFile, historyFile: options.historyFile, calendar: input.calendar,
            result: fidelity, products: fits.map { FidelityReport.Product(id: $0.id, fit: fitLine($0), notes: $0.notes) },
            seed: scenario.seed, version: options.provenance.version)
        let destination = options.folder ?? ResultsLocation.defaultFolder(name: scenario.name, label: "calibrate", at: started)
        let (_, files) = try await ResultFolder.produce(at: destination, events: events) { folder in
            try folder.write(report.html, FidelityReport.htmlName)
            try folder.write(report.markdown, FidelityReport.markdownName)
            try folder.writeJSON(fidelity.summary, "fidelity.json")
            try folder.write(CalibrationFitsCSV.text(fits, calendar: input.calendar), CalibrationFitsCSV.fileName)
            try folder.write(yaml, "scenario.yaml")
            try folder.writeJSON(RunManifest(
                tool: options.provenance.tool, version: options.provenance.version, command: options.provenance.command,
                scenarioFile: options.outFile, scenario: scenario.name, seed: scenario.seed, replication: nil,
                replications: options.replications, generator: scenario.generator, startedAt: started,
                seconds: stages.merging(["total": Date().timeIntervalSince(started)]) { $1 }), "manifest.json")
        }
        do {
            try AtomicFile.write(yaml, to: options.outFile)
        } catch {
            throw .output(error)
        }
        let finished = Date()
        return Result(scenario: scenario, fits: fits, fidelity: fidelity.summary, scenarioFile: options.outFile, files: files,
                      seconds: stages.merging(["write": finished.timeIntervalSince(compared),
                                               "total": finished.timeIntervalSince(started)]) { $1 })
    }

    /// A product's fit in one line, for the report.
    static func fitLine(_ fit: ProductCalibration) -> String {
        let number = { (value: Double) in value >= 100 ? String(Int(value.rounded())) : String(format: "%.3g", value) }
        let lifecycle: String = switch fit.lifecycle {
        case let .bass(m, p, q): "Bass m \(number(m)), p \(number(p)), q \(number(q))"
        case let .phases(phases): "phases " + phases.map { "\($0.name) \(number($0.from))→\(number($0.to))" }.joined(separator: ", ")
        }
        let noise: String = switch fit.noise {
        case .poisson: "Poisson"
        case let .negativeBinomial(k): "negative binomial k \(number(k))"
        case let .zeroInflated(pi, k): "zero-inflated π \(number(pi))" + (k.map { ", k \(number($0))" } ?? "")
        }
        return lifecycle + "; " + noise
    }
}
