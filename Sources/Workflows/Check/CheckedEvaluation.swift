import Evaluation

/// One baseline evaluation run again and compared with its recorded values.
public struct CheckedEvaluation: Sendable {
    /// The baseline file.
    public var file: String
    /// The evaluation's name in it.
    public var evaluation: String
    /// Every watched metric of every recorded forecaster, with its verdict.
    public var checks: [GateCheck]
    /// Wall-clock seconds of the evaluation.
    public var seconds: Double

    /// The checks that fail the gate (worse beyond tolerance, or no longer computed).
    public var failures: [GateCheck] { checks.filter(\.fails) }
}

/// A baseline's evaluation that cannot be set up: its definition or an input it names.
public struct BaselineEvaluationError: Error, CustomStringConvertible, Sendable {
    /// The baseline file.
    public var file: String
    /// The evaluation's position in the file's `evaluations` list, and its name.
    public var index: Int
    public var name: String
    public var problem: EvaluationSetupError

    public init(file: String, index: Int, name: String, problem: EvaluationSetupError) {
        self.file = file
        self.index = index
        self.name = name
        self.problem = problem
    }

    public var description: String {
        "\(problem)\nin \(file), evaluations[\(index)] ('\(name)')"
    }
}

/// No baseline file to check in the folder searched by default.
public struct BaselinesNotFound: Error, CustomStringConvertible, Sendable {
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    public var description: String { "\(folder): no baselines (*.json) found" }
}
