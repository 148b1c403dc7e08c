import Foundation
import Scenario
import WhatIf

/// `Tests/Fixtures/one-buy.yaml`: a one-buy launch. The launch stock is all there is
/// (`base_stock` at level 0 never orders and nothing waits, so the position never falls below 0),
/// demand follows phases that do not react to sales, and the maturity level is uncertain. Line
/// numbers are relied on by tests; empty (and so invalid) if the file cannot be read.
let oneBuyYAML = (try? String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/one-buy.yaml"), encoding: .utf8)) ?? ""

/// The document of `yaml`, failing the test with the issues when it is invalid.
func whatIfDocument(_ yaml: String = oneBuyYAML) throws -> ScenarioDocument {
    try ScenarioDocument(yaml: yaml, file: "what-if.yaml")
}

/// The what-if error `body` throws, or nil (also when it throws something else).
func whatIfError(_ body: () throws -> Void) -> WhatIfError? {
    do {
        try body()
        return nil
    } catch let error as WhatIfError {
        return error
    } catch {
        return nil
    }
}
