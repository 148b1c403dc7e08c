import Scenario

/// What a workflow reports while it works, in order, for its caller to show (the command line
/// prints them on standard error; a service would stream them). A workflow never prints.
public enum WorkflowEvent: Sendable {
    /// The scenario is valid but probably not meant as written (located like an error).
    case scenarioWarning(ScenarioIssue)
    /// The scenario's uncertainty section (`parameters` launch parameters) is not drawn by this
    /// workflow, which uses the values written in the fields; only a what-if study draws it.
    case uncertaintyNotDrawn(file: String, parameters: Int)
    /// Opening the result folder removed the staging folder a killed run left beside it.
    case removedStaleStaging(String)
    /// `done` of `total` steps of `stage` are finished.
    case progress(WorkflowStage, done: Int, total: Int)
    /// The accuracy gate compared one baseline evaluation with its recorded values.
    case checked(CheckedEvaluation)
    /// The accuracy gate rewrote a baseline file with the current values.
    case baselineRewritten(file: String)
}

/// The long steps a workflow reports progress on; the raw value names what is counted.
public enum WorkflowStage: String, Sendable, CaseIterable {
    /// Replications of a backtest.
    case replications
    /// Series of a rolling-origin evaluation.
    case series
    /// Evaluations of the accuracy gate.
    case evaluations
}

/// Where a workflow sends its events; the default drops them.
public typealias WorkflowEvents = (WorkflowEvent) -> Void
