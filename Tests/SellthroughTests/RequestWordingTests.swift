import GSL
import Reporting
@testable import sellthrough
import Testing
import Workflows

/// The command line's words for what the workflows report without naming options: each request
/// problem names the option that asked (exit 64), and inputs, computations and outputs keep
/// their statuses (1, 1, 2). The workflows raising them are tested in process (WorkflowsTests).
@Suite("sellthrough: the workflows' problems in the command line's words")
struct RequestWordingTests {
    static func failure(_ problem: RequestProblem, _ options: RequestOptions = RequestOptions()) -> CommandFailure {
        CommandFailure(.request(problem), options: options)
    }

    @Test("the replication a report follows, outside the run: named by run's and report's options")
    func shownReplication() {
        let run = Self.failure(.shownReplicationOutside(5, replications: 5))
        #expect(run.status == .commandLine)
        #expect(run.lines == ["error: --show-replication 5: the run has 5 replications, numbered 0…4 as in metrics.csv"])
        let report = Self.failure(.shownReplicationOutside(7, replications: 1), RequestOptions(shownReplication: "--replication"))
        #expect(report.lines == ["error: --replication 7: the run has 1 replication, numbered 0…0 as in metrics.csv"])
    }

    @Test("run folders' options given for another kind of folder")
    func runFolderOnly() {
        #expect(Self.failure(.runFolderOnly(.followed, folder: "F", kind: "an evaluate")).lines
                    == ["error: --follow picks strategies of a run folder; F is an evaluate folder"])
        #expect(Self.failure(.runFolderOnly(.replication, folder: "W", kind: "a whatif")).lines
                    == ["error: --replication picks the replication of a run folder's charts; W is a whatif folder"])
    }

    @Test("an unknown baseline lists the strategies, with a suggestion when one is close")
    func baseline() {
        let strategies = ["ses × weekly-95", "s-S"]
        #expect(Self.failure(.unknownBaseline("sse x weekly-95", strategies: strategies)).lines
                    == ["error: --baseline: no strategy is called 'sse x weekly-95' (did you mean 'ses × weekly-95'? the strategies are: 'ses × weekly-95', 's-S')"])
        #expect(Self.failure(.unknownBaseline("naive × s-S", strategies: strategies)).lines
                    == ["error: --baseline: no strategy is called 'naive × s-S' (the strategies are: 'ses × weekly-95', 's-S')"])
    }

    @Test("strategies that cannot be followed: the option with the name, then a suggestion per name as a note")
    func follow() {
        let problem = RequestProblem.follow(FollowError("no strategy of this run is called that", name: "sse x weekly-95"),
                                            strategies: ["ses × weekly-95", "s-S"])
        #expect(Self.failure(problem, RequestOptions(following: ["sse x weekly-95", "s-S"])).lines == [
            "error: --follow 'sse x weekly-95': no strategy of this run is called that",
            "note: --follow 'sse x weekly-95': did you mean 'ses × weekly-95'?",
        ])
    }

    @Test("series to draw and the reference forecaster", arguments: [
        (ShownSeriesProblem.emptyID, "error: --show: an id is empty (write e.g. --show A,B)"),
        (.unknown("85123", suggestion: "85123A", seriesCount: 9), "error: --show: no series is called '85123' (did you mean '85123A'?); the source has 9 series"),
        (.unknown("x", suggestion: nil, seriesCount: 9), "error: --show: no series is called 'x'; the source has 9 series"),
        (.repeated("22197"), "error: --show: '22197' is named twice"),
        (.noWindow("23007", periods: 39, sold: true), "error: --show: series '23007' gets no window (39 periods); choose a series that is evaluated"),
        (.noWindow("z", periods: 4, sold: false), "error: --show: series 'z' gets no window (4 periods, no sale); choose a series that is evaluated"),
        (.tooMany(25, maximum: 24), "error: --show: 25 series named; the report draws at most 24"),
    ])
    func shownSeries(problem: ShownSeriesProblem, line: String) {
        #expect(Self.failure(.shownSeries(problem)).lines == [line])
    }

    @Test("the reference forecaster")
    func reference() {
        #expect(Self.failure(.unknownReference("sse", suggestion: "ses", forecasters: ["naive", "ses", "tsb"])).lines
                    == ["error: --reference: no forecaster is called 'sse' (did you mean 'ses'?); the forecasters are naive, ses, tsb"])
    }

    @Test("an impossible evaluation is the command line's; an unreadable source, a refused computation and an unwritten result keep their statuses")
    func statuses() {
        let definition = CommandFailure(.request(.evaluation(.definition(["forecaster 'ses' is named twice", "interval level 120"]))))
        #expect(definition.status == .commandLine && definition.lines == ["error: forecaster 'ses' is named twice", "error: interval level 120"])
        let input = CommandFailure(.input(BaselinesNotFound(folder: "Results/baselines")))
        #expect(input.status == .invalidInput)
        #expect(input.lines == ["error: Results/baselines: no baselines (*.json) found (run from the repository root or pass --baseline FILE)"])
        let evaluation = CommandFailure(.input(BaselineEvaluationError(file: "b.json", index: 2, name: "q",
                                                                       problem: .definition(["the horizon is 0"]))))
        #expect(evaluation.lines == ["error: the horizon is 0", "note: in b.json, evaluations[2] ('q')"])
        let computation = CommandFailure(.computation(.unknownGenerator(name: "nope", available: ["mt19937"])))
        #expect(computation.status == .invalidInput && computation.lines.first?.hasPrefix("error: the input cannot be computed: ") == true)
        let output = CommandFailure(.output(OutputError(path: "/x", reason: "it already exists")))
        #expect(output.status == .outputFailed && output.lines == ["error: cannot write /x: it already exists"])
    }

    @Test("the workflows' notes on standard error: the located warning, the uncertainty not drawn, the staging folder removed")
    func events() {
        #expect(EventPrinter.lines(for: .uncertaintyNotDrawn(file: "s.yaml", parameters: 1))
                    == ["note: s.yaml: the uncertainty section (1 launch parameter) is drawn only by `sellthrough whatif`; "
                        + "`run` uses the values written in the scenario"])
        #expect(EventPrinter.lines(for: .uncertaintyNotDrawn(file: "s.yaml", parameters: 3)).first?.contains("(3 launch parameters)") == true)
        #expect(EventPrinter.lines(for: .removedStaleStaging("/tmp/.x.partial-12"))
                    == ["note: removed /tmp/.x.partial-12, the staging folder of a run that was killed"])
        #expect(EventPrinter.lines(for: .progress(.replications, done: 1, total: 2)).isEmpty)
        #expect(EventPrinter.lines(for: .baselineRewritten(file: "b.json")).isEmpty)
    }
}
