import ArgumentParser
import Workflows

/// The `sellthrough` command: parsing and wiring only; the work is done by the library modules.
/// ``EntryPoint`` runs it.
struct Sellthrough: AsyncParsableCommand {
    static let version = Provenance.sellthroughVersion

    static let configuration = CommandConfiguration(
        commandName: "sellthrough",
        abstract: "Simulate product lifecycles in a market and backtest forecasters and inventory policies.",
        discussion: ExitStatus.rule,
        version: version,
        subcommands: [ValidateCommand.self, SimulateCommand.self, RunCommand.self, MergeCommand.self, ListCommand.self, BenchCommand.self, EvaluateCommand.self, CheckCommand.self, WhatIfCommand.self, ReportCommand.self, CalibrateCommand.self]
    )
}
