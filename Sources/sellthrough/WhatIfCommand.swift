import ArgumentParser
import Evaluation
import WhatIf
import Workflows

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
            range START:STOP:STEP. Every point runs the same replications (common random numbers; \
            every replication's figures are kept, so replications × points at most \
            \(EvaluationLimits.grouped(WhatIfWorkflow.maximumFigures))); the scenario's uncertainty section, if any, is drawn afresh in each replication. For \
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

    @OptionGroup var replications: ReplicationsOption
    @OptionGroup var seed: SeedOption
    @OptionGroup var out: OutputFolderOption
    @OptionGroup var threads: ThreadsOption
    @OptionGroup var quiet: QuietOption

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
        _ = try study()
    }

    func run() async throws {
        let options = WhatIfWorkflow.Options(scenarioFile: file, study: try study(), folder: out.out,
                                             provenance: Provenance(command: CommandLine.arguments))
        let result = try await CommandFailure.wording {
            try await EventPrinter(quiet: quiet.quiet).showing { try await WhatIfWorkflow.run(options, events: $0) }
        }
        print(result.sweep.table(wide: wide))
        if !wide { print("(--wide shows every column)") }
        print("wrote \(result.files.folder)")
    }

    /// The study the options ask for: the varied fields and the constraints read (a malformed
    /// one is the command line's fault, 64, with ArgumentParser's usage notes).
    func study() throws(ValidationError) -> WhatIfStudy {
        do {
            let axes = try vary.map { (text) throws(WhatIfError) in try SweepAxis(parsing: text) }
            let conditions = try constraints.map { (text) throws(WhatIfError) in try WhatIfConstraint(parsing: text) }
            return WhatIfStudy(axes: axes, strategy: strategy, product: product, seed: seed.seed, replications: replications.replications,
                               constraints: conditions, refine: refine, threads: threads.count)
        } catch {
            throw ValidationError(error.worded)
        }
    }
}
