import Evaluation
import Forecasting
import Foundation
import Testing
import Workflows

/// Shorthands for running the workflows as the command line does, with the tests' provenance.
enum Run {
    /// `run SCENARIO --out folder/name` with `configure`'s options.
    static func backtest(_ scenario: String, into folder: URL, _ name: String, events: EventLog? = nil,
                         _ configure: (inout RunWorkflow.Options) -> Void = { _ in }) async throws -> RunWorkflow.Result {
        var options = RunWorkflow.Options(scenarioFile: scenario, folder: folder.appendingPathComponent(name).path,
                                          provenance: Fixtures.provenance)
        configure(&options)
        return try await RunWorkflow.run(options) { events?.record($0) }
    }

    /// `merge SHARDS --out folder/name`.
    static func merge(_ shards: [URL], into folder: URL, _ name: String) async throws -> MergeWorkflow.Result {
        try await MergeWorkflow.run(MergeWorkflow.Options(folders: shards.map(\.path), folder: folder.appendingPathComponent(name).path,
                                                          provenance: Fixtures.provenance))
    }

    /// `report FOLDER [--out page]` with `configure`'s options; the path written.
    @discardableResult
    static func report(_ folder: URL, page: URL? = nil, _ configure: (inout ReportWorkflow.Options) -> Void = { _ in }) async throws -> String {
        var options = ReportWorkflow.Options(folder: folder.path, provenance: Fixtures.provenance)
        options.page = page?.path
        configure(&options)
        return try await ReportWorkflow.run(options)
    }

    /// `evaluate` with the definition `evaluation` builds, into `folder/name`.
    static func evaluation(_ definition: EvaluationDefinition, into folder: URL, _ name: String, events: EventLog? = nil,
                           _ configure: (inout EvaluateWorkflow.Options) -> Void = { _ in }) async throws -> EvaluateWorkflow.Result {
        var options = EvaluateWorkflow.Options(definition: definition, folder: folder.appendingPathComponent(name).path,
                                               provenance: Fixtures.provenance)
        configure(&options)
        return try await EvaluateWorkflow.run(options) { events?.record($0) }
    }
}

extension EvaluationDefinition {
    /// The definition `evaluate` makes of its options: named after the source file,
    /// every catalogue forecaster unless `forecasters` lists some, levels 80 and 95.
    static func of(scenario: String? = nil, history: String? = nil, products: String? = nil, horizon: Int, windows: Int,
                   step: Int? = nil, forecasters: String? = nil, replications: Int = 1, levels: [Double] = [80, 95],
                   seeds: [UInt64]? = nil) throws -> EvaluationDefinition {
        let name = (scenario ?? history).map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "evaluation"
        let choices = try forecasters.map { try ForecasterChoice.list(text: $0).map(\.text) } ?? ForecasterCatalogue.names
        return EvaluationDefinition(name: name, scenario: scenario, history: history, products: products, seeds: seeds,
                                    replications: scenario != nil ? replications : nil, horizon: horizon, windows: windows,
                                    step: step, levels: levels, forecasters: choices)
    }
}

/// Expects `body` to fail with a ``WorkflowError``, and returns it.
func expectFailure<Value>(_ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation,
                          _ body: () async throws -> Value) async -> WorkflowError? {
    do {
        _ = try await body()
        Issue.record(comment ?? "expected a failure", sourceLocation: sourceLocation)
    } catch let error as WorkflowError {
        return error
    } catch {
        Issue.record("not a workflow error: \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

extension WorkflowError {
    /// The input problem, when this is one.
    var input: (any Error)? {
        if case let .input(error) = self { return error }
        return nil
    }

    /// The request problem, when this is one.
    var request: RequestProblem? {
        if case let .request(problem) = self { return problem }
        return nil
    }

    /// The output problem, when this is one.
    var output: (any Error)? {
        if case let .output(error) = self { return error }
        return nil
    }
}
