import Foundation
@testable import Scenario

/// `Tests/Fixtures/one-buy.yaml`: a one-buy launch of a widget with a gadget beside it, two
/// policies and an uncertain maturity level. Line numbers are relied on by tests; empty (and so
/// invalid) if the file cannot be read.
let oneBuyYAML = (try? String(contentsOf: repositoryRoot.appendingPathComponent("Tests/Fixtures/one-buy.yaml"),
                              encoding: .utf8)) ?? ""

/// The document of `yaml`, throwing its issues when it is invalid.
func scenarioDocument(_ yaml: String = oneBuyYAML) throws -> ScenarioDocument {
    try ScenarioDocument(yaml: yaml, file: "what-if.yaml")
}

/// The field-path error `body` throws, or nil (also when it throws something else).
func fieldPathError(_ body: () throws -> Void) -> FieldPathError? {
    do {
        try body()
        return nil
    } catch let error as FieldPathError {
        return error
    } catch {
        return nil
    }
}
