import ArgumentParser
import Evaluation

/// How a sales history file is read: its frequency, gaps and column names (`evaluate --history`,
/// `calibrate`).
struct HistoryReadingOptions: ParsableArguments {
    @Option(help: "History frequency: daily, weekly, monthly or quarterly (default: inferred from the dates).")
    var frequency: SeriesFrequency?

    @Option(help: "Periods missing inside a history's series: refuse (default) or zero (filled with y = 0, and counted).")
    var fillGaps: GapFilling?

    @Option(help: "The history's series id column (default: unique_id).")
    var idCol: String?

    @Option(help: "The history's date column (default: ds).")
    var timeCol: String?

    @Option(help: "The history's units sold column (default: y).")
    var targetCol: String?

    /// Whether any of these options was given.
    var isGiven: Bool {
        frequency != nil || fillGaps != nil || columns != nil
    }

    /// The history's column names, when any is given.
    var columns: HistoryColumnNames? {
        guard idCol != nil || timeCol != nil || targetCol != nil else { return nil }
        let defaults = HistoryColumnNames()
        return HistoryColumnNames(id: idCol ?? defaults.id, time: timeCol ?? defaults.time, target: targetCol ?? defaults.target)
    }

    /// The reading options for the history import.
    var importOptions: HistoryImport.Options {
        HistoryImport.Options(frequency: frequency, fillGaps: fillGaps ?? .refuse, columns: columns ?? HistoryColumnNames())
    }
}

extension SeriesFrequency: ExpressibleByArgument {}
extension GapFilling: ExpressibleByArgument {}
