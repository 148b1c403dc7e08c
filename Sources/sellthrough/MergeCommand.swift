import ArgumentParser
import Workflows

/// `sellthrough merge DIR...`: the shards of one run, put back together.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the partial results of `sellthrough run --shard i/N` into the run's results.",
        discussion: """
            Give every shard's folder, 0…N−1, in any order. The shards must come from the same \
            scenario file, seed, options and sellthrough version. The merged folder holds what the \
            same run on one machine writes — summary.json, summary.md, report.html, report-data.json, \
            metrics.csv, trace.csv when traced, scenario.yaml — identical byte for byte; only manifest.json (when and how it \
            was made) differs. The replication the report follows is computed again from the shards' \
            scenario.yaml, as the single run does. The folder appears only once complete. \(ExitStatus.helpText)
            """)

    @Argument(help: "The shards' partial result folders.")
    var folders: [String]

    @OptionGroup var out: OutputFolderOption
    @OptionGroup var threads: ThreadsOption

    @Flag(help: "Print every column of the ranked table, however wide (default: the essential ones in 120 columns).")
    var wide = false

    func validate() throws {
        if folders.isEmpty { throw ValidationError("give the folders of the shards to merge") }
    }

    func run() async throws {
        let options = MergeWorkflow.Options(folders: folders, folder: out.out, threads: threads.count,
                                            provenance: Provenance(command: CommandLine.arguments))
        let result = try await CommandFailure.wording {
            try await EventPrinter(quiet: true).showing { try await MergeWorkflow.run(options, events: $0) }
        }
        let run = result.run
        print("\(run.scenario): merged \(counted(result.shards, "shard")), \(counted(run.replications, "replication")), seed \(run.seed)")
        print(result.report.table(wide: wide))
        if !wide { print("(--wide shows every column)") }
        print("wrote \(result.files.folder)")
    }
}
