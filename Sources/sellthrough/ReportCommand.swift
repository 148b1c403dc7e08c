import ArgumentParser
import Workflows

/// `sellthrough report FOLDER`: draws the `report.html` of a run, evaluation or what-if folder
/// again.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Draw the report.html of a run, evaluate or whatif folder again from the folder's files.",
        discussion: """
            The folder must be one this version of sellthrough wrote: a run (or merge) folder \
            (from summary.json and report-data.json), an evaluate folder (from manifest.json and \
            accuracy.csv) or a whatif folder (from whatif.json). The page is the one the command \
            wrote, byte for byte: a self-contained HTML file with SVG charts, no scripts and no \
            network. It replaces FOLDER/report.html, or goes to --out; either way it is written \
            whole or not at all. \
            For a run folder, --follow picks the strategies whose stock, orders and forecast the \
            product sections show (the first one's sales and forecast), instead of the best, the \
            baseline and a contrast; write × as x if you like: --follow "ses x weekly-95". \
            --replication R makes the product charts follow replication R (numbered from 0 as in \
            metrics.csv) instead of the typical one the run chose: it is computed again from the \
            folder's scenario.yaml with the run's seed, which reproduces the run's periods exactly. \
            `report FOLDER` without these options draws the default page again. \(ExitStatus.helpText)
            """)

    @Argument(help: "A run, evaluate or whatif folder (Results/runs/<name>/<run-id>).")
    var folder: String

    @Option(help: "Where to write the page (default: FOLDER/report.html).")
    var out: String?

    @Option(name: .customLong("follow"),
            help: ArgumentHelp("A strategy of a run folder to follow product by product (repeat, up to 4).", valueName: "strategy"))
    var followed: [String] = []

    @Option(help: ArgumentHelp("For a run folder: the replication the product charts follow, numbered from 0 as in "
                               + "metrics.csv (default: the one the run chose).", valueName: "R"),
            transform: WholeNumber.parse)
    var replication: Int?

    @OptionGroup var threads: ThreadsOption

    func run() async throws {
        var options = ReportWorkflow.Options(folder: folder, threads: threads.count, provenance: Provenance(command: CommandLine.arguments))
        options.page = out
        options.following = followed
        options.replication = replication
        let destination = try await CommandFailure.wording(RequestOptions(shownReplication: "--replication", following: followed)) {
            try await ReportWorkflow.run(options)
        }
        print("wrote \(destination)")
    }
}
