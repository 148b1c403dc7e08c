import Workflows

/// Shows a workflow's events on standard error as the message rule words them: warnings and
/// notes as lines, progress as one bar per stage (drawn only on a terminal, never when quiet).
final class EventPrinter {
    private let quiet: Bool
    private var bars: [WorkflowStage: ProgressBar] = [:]

    init(quiet: Bool) {
        self.quiet = quiet
    }

    /// Shows `event`; the events only one command has (the gate's verdicts) are that
    /// command's to print.
    func show(_ event: WorkflowEvent) {
        guard case let .progress(stage, done, total) = event else {
            Self.lines(for: event).forEach(printError)
            return
        }
        if bars[stage] == nil {
            finish()
            bars[stage] = ProgressBar(total: total, label: stage.rawValue, quiet: quiet)
        }
        bars[stage]?.update(done)
    }

    /// The lines of standard error that say what `event` is; none for progress (a bar) and
    /// for the gate's verdicts (standard output).
    static func lines(for event: WorkflowEvent) -> [String] {
        switch event {
        case let .scenarioWarning(issue):
            return [issue.description]
        case let .uncertaintyNotDrawn(file, parameters):
            return ["note: \(file): the uncertainty section (\(counted(parameters, "launch parameter"))) is drawn "
                    + "only by `sellthrough whatif`; `run` uses the values written in the scenario"]
        case let .removedStaleStaging(path):
            return ["note: removed \(path), the staging folder of a run that was killed"]
        case .progress, .checked, .baselineRewritten:
            return []
        }
    }

    /// Runs `workflow` with its events shown here; the bars end however it ends.
    func showing<Value>(_ workflow: (WorkflowEvents) async throws -> Value) async rethrows -> Value {
        defer { finish() }
        return try await workflow(show)
    }

    /// Erases the bars, so that a line printed next starts clean.
    func clear() {
        bars.values.forEach { $0.clear() }
    }

    /// Ends the bars' lines; the next progress starts a new bar.
    func finish() {
        bars.values.forEach { $0.finish() }
        bars.removeAll()
    }
}
