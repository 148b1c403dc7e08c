import ArgumentParser
import Evaluation
import Foundation
import Reporting
import Scenario
import WhatIf

/// `sellthrough whatif SCENARIO --vary PATH=VALUES …`: one strategy backtested over a grid of one
/// or two varied fields, with a recommendation and, for one field, a refined optimum.
struct WhatIfCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Sweep numeric fields of a scenario (e.g. the first buy) and recommend the most profitable value.",
        discussion: """
            Backtests one strategy (forecaster × policy, or a policy alone when it reads no forecast; \
            --strategy, default the scenario's first) \
            at every value of one or two fields: --vary PATH=VALUES, where PATH names a numeric field \
            (products[earbuds-pro].initial_stock, products[0].price, calendar.periods; [id] picks a \
            list element by id or name, [N] by index) and VALUES is a list (1000,2000,3000) or a \
            range START:STOP:STEP. Every point runs the same replications (common random numbers); \
            the scenario's uncertainty section, if any, is drawn afresh in each replication. For \
            each point, over the strategy's catalogue or --product alone: expected profit, fill \
            rate, leftover and lost units with 95% intervals, the \
            probability of a stockout, and the profit against the recommended point paired by \
            replication. The recommendation maximises expected profit among the points whose \
            means meet every --constraint (e.g. "fill_rate>=0.95"; give several for several \
            conditions) and, for a launch stock with a case pack or minimum order, that can be \
            ordered; with one varied field Brent's method then refines it between the best \
            point's neighbours (--no-refine to skip). A field the strategy never reads is \
            refused. Writes \
            whatif.csv, whatif.json, whatif.md, report.html, scenario.yaml and manifest.json into \
            Results/runs/<scenario>/<run-id>/ (or --out DIR, which must not exist), all at once \
            and only when the sweep succeeded. The printed table fits 120 columns (--wide for every \
            column). Results are the same whatever --threads. See \
            docs/whatif.md. \(ExitStatus.helpText)
            """)

    @Argument(help: "Scenario file (YAML) with a strategies section.")
    var file: String

    @Option(name: .customLong("vary"),
            help: ArgumentHelp("A field and its values: PATH=V1,V2,… or PATH=START:STOP:STEP. Once or twice.",
                               valueName: "PATH=VALUES"))
    var vary: [String] = []

    @Option(help: "The strategy to sweep, by its name in the run table (e.g. 'bass × weekly-95'; 'x' for '×' is fine).")
    var strategy: String?

    @Option(help: "Report this product's figures alone (default: the strategy's whole catalogue).")
    var product: String?

    @Option(name: .customLong("constraint"),
            help: ArgumentHelp("A condition on the mean the recommended point must meet: MEASURE>=NUMBER (or <=, >, <), e.g. fill_rate>=0.95. Repeat it for several; all must hold.",
                               valueName: "CONDITION"))
    var constraints: [String] = []

    @Flag(inversion: .prefixedNo, help: "Refine the best value with Brent's method (default: on when one field varies).")
    var refine: Bool?

    @Option(help: "Replications at every point, \(OptionBounds.text(OptionBounds.whatIfReplications)), and replications × points at most \(EvaluationLimits.grouped(OptionBounds.whatIfFigures)); overrides the file's.",
            transform: WholeNumber.parse)
    var replications: Int?

    @Option(help: "Scenario seed, 0…2⁶⁴−1; overrides the file's.", transform: WholeNumber.seed)
    var seed: UInt64?

    @Option(help: "Output folder (must not exist); default Results/runs/<scenario>/<run-id>.")
    var out: String?

    @Option(help: "Concurrent replications, \(OptionBounds.text(OptionBounds.threads)) (default: the number of cores). Results do not depend on it.",
            transform: WholeNumber.parse)
    var threads: Int?

    @Flag(help: "No progress bar (it is drawn only when standard error is a terminal).")
    var quiet = false

    @Flag(help: "Print every column of the table (with intervals), however wide; by default it fits 120 columns.")
    var wide = false

    func validate() throws {
        guard !vary.isEmpty else {
            throw ValidationError("give a field to vary: --vary PATH=VALUES, e.g. --vary 'products[earbuds-pro].initial_stock=2000:14000:2000'")
        }
        guard vary.count <= 2 else {
            throw ValidationError("--vary is given \(vary.count) times; a sweep varies one or two fields")
        }
        if refine == true, vary.count == 2 {
            throw ValidationError("--refine searches along one field, but two are varied; leave out --refine")
        }
        try OptionBounds.check(replications, "--replications", OptionBounds.whatIfReplications)
        try OptionBounds.check(threads, "--threads", OptionBounds.threads)
        var points = 1
        for text in vary {
            do {
                points *= try SweepAxis(parsing: text).values.count
            } catch {
                throw ValidationError(error.worded)
            }
        }
        if let replications, replications * points > OptionBounds.whatIfFigures {
            throw ValidationError("--replications \(replications) at \(counted(points, "point")) keeps \(EvaluationLimits.grouped(replications * points)) "
                                  + "replications' figures in memory; at most \(EvaluationLimits.grouped(OptionBounds.whatIfFigures)): "
                                  + "give fewer replications or fewer values")
        }
        for constraint in constraints {
            do {
                _ = try WhatIfConstraint(parsing: constraint)
            } catch {
                throw ValidationError(error.worded)
            }
        }
    }

    func run() async throws {
        let started = Date()
        let document: ScenarioDocument
        do {
            document = try ScenarioDocument.load(contentsOf: file)
        } catch {
            throw CommandFailure(.invalidInput, error)
        }
        for warning in document.warnings { printError(warning.description) }
        let study = try makeStudy()
        let seed = self.seed ?? document.base.seed
        let destination = out ?? SimulateCommand.defaultFolder(scenario: document.base.name, label: "whatif-seed\(seed)", at: started)
        // A sweep takes a while: refuse an existing folder before, not after, the work.
        if FileManager.default.fileExists(atPath: destination) {
            throw CommandFailure(.outputFailed, "cannot write \(destination): it already exists; choose another --out folder or remove it")
        }
        let result = try await sweep(study, on: document)
        let computed = Date()

        try await writingResults { () async throws in
            try await RunFolder.produce(at: destination) { folder async throws in
                folder.noteRemovedStale()
                try WhatIfFiles.write(result, into: folder, version: Sellthrough.version)
                try AtomicFile.write(document.base.encodedYAML(), to: folder.path("scenario.yaml"))
                let manifest = RunManifest(
                    tool: "sellthrough", version: Sellthrough.version, command: CommandLine.arguments,
                    scenarioFile: file, scenario: document.base.name, seed: result.seed, replications: result.replications,
                    generator: document.base.generator, startedAt: started,
                    seconds: ["whatif": computed.timeIntervalSince(started), "total": Date().timeIntervalSince(started)])
                try AtomicFile.write(ResultJSON.encode(manifest), to: folder.path("manifest.json"))
            }
        }
        print(result.table(wide: wide))
        if !wide { print("(--wide shows every column)") }
        print("wrote \(destination)")
    }

    /// The study the options ask for.
    func makeStudy() throws(CommandFailure) -> WhatIfStudy {
        do {
            let axes = try vary.map { (text) throws(WhatIfError) in try SweepAxis(parsing: text) }
            let conditions = try constraints.map { (text) throws(WhatIfError) in try WhatIfConstraint(parsing: text) }
            return WhatIfStudy(axes: axes, strategy: strategy, product: product, seed: seed, replications: replications,
                               constraints: conditions, refine: refine,
                               threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        } catch {
            throw Self.failure(error)
        }
    }

    /// Runs `study`, drawing a progress bar per stage on standard error.
    func sweep(_ study: WhatIfStudy, on document: ScenarioDocument) async throws(CommandFailure) -> WhatIfResult {
        var bars: [WhatIfStudy.Stage: ProgressBar] = [:]
        defer { bars.values.forEach { $0.finish() } }
        do {
            return try await study.run(on: document) { stage, done, total in
                if bars[stage] == nil {
                    bars.values.forEach { $0.finish() }
                    bars[stage] = ProgressBar(total: total, label: stage.rawValue, quiet: quiet)
                }
                bars[stage]?.update(done)
            }
        } catch {
            throw Self.failure(error)
        }
    }

    /// The failure `error` means: a wrong command line (64), or a scenario (or what it
    /// draws) that cannot be used (1).
    static func failure(_ error: WhatIfError) -> CommandFailure {
        CommandFailure(error.cause == .request ? .commandLine : .invalidInput, lines: Diagnostics.errorLines(error.worded))
    }
}
