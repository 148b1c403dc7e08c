import Evaluation
import Workflows

extension CommandFailure {
    /// The failure a workflow's `error` means, worded for the command line: an input problem
    /// exits `input` (1; `check`'s inputs are baselines, 3), a request the input cannot honour
    /// 64 (naming the option that asked), a value GSL refused 1, results not written 2.
    /// - Parameter options: the options of the command, for the request's wording.
    init(_ error: WorkflowError, options: RequestOptions = RequestOptions(), input: Status = .invalidInput) {
        switch error {
        case let .input(problem):
            self.init(input, problem)
        case let .request(problem):
            self.init(.commandLine, lines: problem.lines(options))
        case .computation:
            self.init(.invalidInput, lines: Diagnostics.errorLines(error.description))
        case let .output(problem):
            self.init(.outputFailed, problem)
        }
    }

    /// Runs `workflow`, turning a ``WorkflowError`` into the command line's failure
    /// (``init(_:options:input:)``).
    static func wording<Value>(_ options: RequestOptions = RequestOptions(), input: Status = .invalidInput,
                               _ workflow: () async throws -> Value) async throws(CommandFailure) -> Value {
        do {
            return try await workflow()
        } catch let error as WorkflowError {
            throw CommandFailure(error, options: options, input: input)
        } catch {
            throw CommandFailure(input, error)
        }
    }
}

/// What a command's request problems are worded with: the options that asked.
struct RequestOptions {
    /// The option that chose the replication a report follows.
    var shownReplication = "--show-replication"
    /// The strategies `--follow` named, for suggestions.
    var following: [String] = []
}

extension RequestProblem {
    /// The problem in the command line's words, one line per problem, with notes.
    func lines(_ options: RequestOptions) -> [String] {
        switch self {
        case let .unknownBaseline(name, strategies):
            return StrategyNames.unknown(name, option: "--baseline", among: strategies).lines
        case let .unknownStrategy(name, strategies):
            return StrategyNames.unknown(name, option: "--strategy", among: strategies).lines
        case let .shownReplicationOutside(replication, replications):
            return Diagnostics.errorLines("\(options.shownReplication) \(replication): the run has \(counted(replications, "replication")), "
                                          + "numbered 0…\(replications - 1) as in metrics.csv")
        case let .runFolderOnly(option, folder, kind):
            let what = option == .followed ? "--follow picks strategies" : "--replication picks the replication"
            return Diagnostics.errorLines("\(what) of a run folder\(option == .followed ? "" : "'s charts"); \(folder) is \(kind) folder")
        case let .follow(error, strategies):
            let option = error.name.map { "--follow '\($0)'" } ?? "--follow"
            return Diagnostics.errorLines(option + ": " + error.description) + options.following.compactMap { name in
                StrategyNames.suggestion(for: name, among: strategies).map { "note: --follow '\(name)': \($0)" }
            }
        case let .shownSeries(problem):
            return Diagnostics.errorLines("--show: " + problem.worded)
        case let .unknownReference(name, suggestion, forecasters):
            return Diagnostics.errorLines("--reference: no forecaster is called '\(name)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                                          + "; the forecasters are " + forecasters.joined(separator: ", "))
        case let .evaluation(problem):
            return Diagnostics.lines(for: problem)
        case let .whatIf(problem):
            return Diagnostics.errorLines(problem.worded)
        case let .sweepTooLarge(replications, points, maximum, fromScenario):
            let (product, overflow) = replications.multipliedReportingOverflow(by: points)
            let figures = overflow ? "more than \(EvaluationLimits.grouped(Int.max))" : EvaluationLimits.grouped(product)
            return Diagnostics.errorLines(fromScenario
                ? "the scenario's \(counted(replications, "replication")) at \(counted(points, "point")) keep \(figures) replications' figures "
                    + "in memory; at most \(EvaluationLimits.grouped(maximum)): give fewer values, or fewer --replications"
                : "--replications \(replications) at \(counted(points, "point")) keeps \(figures) replications' figures in memory; "
                    + "at most \(EvaluationLimits.grouped(maximum)): give fewer replications or fewer values")
        }
    }
}

extension ShownSeriesProblem {
    /// What is wrong with the series `--show` names.
    var worded: String {
        switch self {
        case .emptyID: return "an id is empty (write e.g. --show A,B)"
        case let .unknown(id, suggestion, count):
            return "no series is called '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "") + "; the source has \(count) series"
        case let .repeated(id): return "'\(id)' is named twice"
        case let .noWindow(id, periods, sold):
            return "series '\(id)' gets no window (\(periods) periods" + (sold ? "" : ", no sale") + "); choose a series that is evaluated"
        case let .tooMany(count, maximum): return "\(count) series named; the report draws at most \(maximum)"
        }
    }
}
