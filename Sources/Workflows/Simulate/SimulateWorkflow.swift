import Foundation
import Market
import Reporting
import Scenario

/// Replications of a scenario's market, demand unconstrained by stock, written in long format:
/// `demand.csv` (unique_id, ds, y) and `truth.csv` (the ground truth of the same rows), one
/// pair per replication when there are several, with the resolved `scenario.yaml` and
/// `manifest.json`. Rows stream out as the market produces them, one product at a time, so
/// memory does not grow with the catalogue.
public enum SimulateWorkflow {
    /// What to simulate and where.
    public struct Options: Sendable {
        public var scenarioFile: String
        /// Overrides the scenario's seed.
        public var seed: UInt64?
        /// The first replication whose streams are used (0-based, as a backtest numbers them).
        public var replication: Int
        /// How many replications, from ``replication`` on (≥ 1).
        public var replications: Int
        /// The folder to create (it must not exist); nil: ``ResultsLocation/defaultFolder(name:label:at:)``.
        public var folder: String?
        /// Products summarised one by one (of the first replication).
        public var shownProducts: Int
        public var provenance: Provenance

        public init(scenarioFile: String, seed: UInt64? = nil, replication: Int = 0, replications: Int = 1,
                    folder: String? = nil, shownProducts: Int = 20, provenance: Provenance) {
            self.scenarioFile = scenarioFile
            self.seed = seed
            self.replication = replication
            self.replications = replications
            self.folder = folder
            self.shownProducts = shownProducts
            self.provenance = provenance
        }
    }

    /// What was simulated and written.
    public struct Result {
        public var scenario: String
        public var seed: UInt64
        public var model: MarketModel
        /// The replications simulated.
        public var replications: Range<Int>
        /// Per replication, in order: demand totals, peaks and phase lengths.
        public var summaries: [DemandSummaries]
        /// Rows of each demand file, summed over replications.
        public var rows: Int
        public var files: WrittenFiles
    }

    public static func run(_ options: Options, events: WorkflowEvents = { _ in }) async throws(WorkflowError) -> Result {
        let started = Date()
        let (spec, blueprint, seed) = try prepare(options)
        let model = blueprint.model
        let range = options.replication..<(options.replication + options.replications)
        let label = range.count == 1 ? "seed\(seed)-rep\(options.replication)"
            : "seed\(seed)-reps\(range.lowerBound)-\(range.upperBound - 1)"
        let destination = options.folder ?? ResultsLocation.defaultFolder(name: spec.name, label: label, at: started)
        let (summaries, files) = try await ResultFolder.produce(at: destination, events: events) { folder in
            var summaries: [DemandSummaries] = []
            for replication in range {
                let names = DemandTable.fileNames(replication: replication, of: range)
                var writer = try DemandTableWriter(model: model, demandPath: folder.path(names.demand), truthPath: folder.path(names.truth),
                                                   shown: summaries.isEmpty ? options.shownProducts : 0)
                // One product at a time: its random stream lives only while it runs.
                for index in model.products.indices {
                    try blueprint.productMarket(index, seed: seed, replication: replication, generator: spec.generator).run(&writer)
                }
                try writer.finish()
                summaries.append(writer.summaries)
            }
            try folder.write(spec.encodedYAML(), "scenario.yaml")
            let seconds = Date().timeIntervalSince(started)
            try folder.writeJSON(RunManifest(
                tool: options.provenance.tool, version: options.provenance.version, command: options.provenance.command,
                scenarioFile: options.scenarioFile, scenario: spec.name, seed: seed, replication: options.replication,
                replications: range.count == 1 ? nil : range.count, generator: spec.generator, startedAt: started,
                seconds: ["simulate": seconds, "total": seconds]), "manifest.json")
            return summaries
        }
        return Result(scenario: spec.name, seed: seed, model: model, replications: range, summaries: summaries,
                      rows: summaries.reduce(0) { $0 + $1.catalogue.periods }, files: files)
    }

    /// The scenario, its market and the seed; an unknown generator is the scenario's fault and
    /// is refused before anything is written.
    private static func prepare(_ options: Options) throws(WorkflowError) -> (ScenarioSpec, MarketBlueprint, UInt64) {
        try WorkflowError.reading {
            let spec = try ScenarioSpec.load(contentsOf: options.scenarioFile)
            let blueprint = MarketBlueprint(model: try spec.marketModel())
            let seed = options.seed ?? spec.seed
            if !blueprint.model.products.isEmpty {
                _ = try blueprint.productMarket(0, seed: seed, replication: options.replication, generator: spec.generator)
            }
            return (spec, blueprint, seed)
        }
    }
}
