import Foundation
import Reporting
import Testing
import WhatIf
import Workflows

/// What the what-if workflow refuses before it sweeps: more replications' figures than memory
/// holds, a folder that exists, a folder that cannot be made.
@Suite("what-if workflow: limits and output")
struct WhatIfWorkflowLimitTests {
    /// Progress events recorded: any means the sweep started.
    static func progressed(_ events: EventLog) -> Bool {
        events.events.contains {
            if case .progress = $0 { return true }
            return false
        }
    }

    @Test("asked-for replications × points above the bound are refused before the scenario is read")
    func tooManyReplications() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.yaml").path
        let error = await expectFailure {
            try await Run.whatIf(missing, vary: ["calendar.periods=10:60:1"], into: folder, "never") { $0.replications = 100_000 }
        }
        guard case let .sweepTooLarge(replications, points, maximum, fromScenario)? = error?.request else {
            Issue.record("not refused as too large: \(String(describing: error))")
            return
        }
        #expect(replications == 100_000 && points == 51 && maximum == WhatIfWorkflow.maximumFigures && !fromScenario)
        #expect(WhatIfWorkflow.maximumFigures == 2_000_000)
        // At the bound exactly, the sweep goes on (and here meets the missing file).
        let atBound = await expectFailure {
            try await Run.whatIf(missing, vary: ["calendar.periods=11:60:1"], into: folder, "never") { $0.replications = 40_000 }
        }
        #expect(atBound?.input != nil, "50 points × 40,000 = 2,000,000 is allowed: \(String(describing: atBound))")
    }

    @Test("the scenario's own replications count too, and say so")
    func tooManyFromScenario() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Fixtures.write(Fixtures.text(WhatIfWorkflowTests.scenario), to: folder, as: "launch.yaml")
        let events = EventLog()
        let error = await expectFailure {
            try await Run.whatIf(file, vary: ["products[widget].initial_stock=1:1000:1", "products[widget].price=1:1000:1"],
                                 into: folder, "never", events: events)
        }
        guard case let .sweepTooLarge(replications, points, _, fromScenario)? = error?.request else {
            Issue.record("not refused as too large: \(String(describing: error))")
            return
        }
        #expect(replications == 12 && points == 1_000_000 && fromScenario)
        #expect(!Self.progressed(events))
    }

    @Test("an existing folder is refused before the sweep and left as it was")
    func existingFolder() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Fixtures.write(Fixtures.text(WhatIfWorkflowTests.scenario), to: folder, as: "launch.yaml")
        let existing = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: false)
        try "mine".write(to: existing.appendingPathComponent("keep.txt"), atomically: true, encoding: .utf8)
        let events = EventLog()
        let error = await expectFailure {
            try await Run.whatIf(file, vary: ["products[widget].initial_stock=100,200"], into: folder, "taken", events: events)
        }
        let output = error?.output as? OutputError
        #expect(output?.path == existing.path && output?.reason.contains("already exists") == true, "\(String(describing: error))")
        #expect(!Self.progressed(events), "refused before, not after, the work")
        #expect(try FileManager.default.contentsOfDirectory(atPath: existing.path) == ["keep.txt"])
    }

    @Test("a folder that cannot be made is an output problem, and no staging folder is left")
    func unwritableFolder() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Fixtures.write(Fixtures.text(WhatIfWorkflowTests.scenario), to: folder, as: "launch.yaml")
        try "a file, so nothing can be written beneath it".write(to: folder.appendingPathComponent("blocker"), atomically: true, encoding: .utf8)
        let error = await expectFailure {
            try await Run.whatIf(file, vary: ["products[widget].initial_stock=100,200"], into: folder, "blocker/out") {
                $0.replications = 2
            }
        }
        #expect(error?.output != nil, "\(String(describing: error))")
        #expect(String(describing: error).contains("blocker"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["blocker", "launch.yaml"])
    }
}
