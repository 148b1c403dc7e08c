import ArgumentParser
import Foundation

/// The options several commands share, defined once each: the same name, help, bounds and
/// checks wherever they appear. An option that only shares a name (`evaluate --seed`, which
/// repeats; `simulate --replications`, a count from `--replication` on) keeps its own.

/// `--threads`: concurrent tasks; results never depend on it.
struct ThreadsOption: ParsableArguments {
    @Option(help: "Concurrent tasks, \(OptionBounds.text(OptionBounds.threads)) (default: the number of cores). Results do not depend on it.",
            transform: WholeNumber.parse)
    var threads: Int?

    func validate() throws {
        try OptionBounds.check(threads, "--threads", OptionBounds.threads)
    }

    /// The tasks to run: as given, or one per core.
    var count: Int { threads ?? ProcessInfo.processInfo.activeProcessorCount }
}

/// `--out`: the folder a command writes its results into, whole or not at all.
struct OutputFolderOption: ParsableArguments {
    @Option(help: "Output folder (must not exist); default Results/runs/<name>/<run-id>.")
    var out: String?
}

/// `--seed`: the scenario's seed, overridden.
struct SeedOption: ParsableArguments {
    @Option(help: "Scenario seed, 0…2⁶⁴−1; overrides the file's.", transform: WholeNumber.seed)
    var seed: UInt64?
}

/// `--replications`: the scenario's replications, overridden.
struct ReplicationsOption: ParsableArguments {
    @Option(help: "Replications, \(OptionBounds.text(OptionBounds.replications)); overrides the file's.", transform: WholeNumber.parse)
    var replications: Int?

    func validate() throws {
        try OptionBounds.check(replications, "--replications", OptionBounds.replications)
    }
}

/// `--quiet`: no progress bar.
struct QuietOption: ParsableArguments {
    @Flag(help: "No progress bar (it is drawn only when standard error is a terminal).")
    var quiet = false
}
