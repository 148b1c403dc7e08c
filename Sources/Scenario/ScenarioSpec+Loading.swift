import Foundation
import Yams

extension ScenarioSpec {
    /// Scenario files are small; anything larger is almost certainly the wrong file.
    public static let maximumFileBytes = 16 * 1024 * 1024

    /// A YAML alias repeats a whole subtree, so a small file can stand for an enormous document
    /// ("billion laughs"); decoding it would exhaust memory. Real scenarios use aliases to share
    /// a product template or a policy among a few hundred entries, a few thousand values; the
    /// values written out in the file are bounded by its size (``maximumFileBytes``) instead.
    static let maximumAliasValues = 500_000

    /// Reads, decodes and validates the scenario file at `path`.
    ///
    /// Throws every problem found, each with file, line, column and field path: an unreadable
    /// file, malformed YAML, wrong types, missing fields, unknown keys, values out of range,
    /// unknown product references, dates outside the calendar.
    public static func load(contentsOf path: String) throws(ScenarioError) -> ScenarioSpec {
        try loadChecked(contentsOf: path).spec
    }

    /// ``load(contentsOf:)``, keeping the warnings of a valid scenario (each located like an
    /// error, with severity `.warning`).
    public static func loadChecked(contentsOf path: String) throws(ScenarioError) -> LoadedScenario {
        try decodeChecked(yaml: try readText(atPath: path), file: path)
    }

    /// Decodes and validates scenario YAML; `file` names it in the issues.
    public static func decode(yaml text: String, file: String = "<input>") throws(ScenarioError) -> ScenarioSpec {
        try decodeChecked(yaml: text, file: file).spec
    }

    /// ``decode(yaml:file:)``, keeping the warnings.
    public static func decodeChecked(yaml text: String, file: String = "<input>") throws(ScenarioError) -> LoadedScenario {
        try decodeChecked(root: compose(yaml: text, file: file), file: file)
    }

    /// The YAML node tree of a scenario's text; its shape is checked by ``decode(root:file:)``.
    /// - Throws: the issue of malformed YAML (an alias as a key included) or an empty document.
    static func compose(yaml text: String, file: String) throws(ScenarioError) -> Node {
        if let line = YAMLProblem.lineWithAliasKey(in: text) {
            throw ScenarioError(issues: [ScenarioIssue(kind: .malformedYAML, file: file, line: line,
                                                       message: "an alias cannot be used as a mapping key here",
                                                       hint: "scenario keys are plain names")])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ScenarioError(issues: [YAMLProblem.issue(for: error, in: text, file: file)])
        }
        guard let root else {
            throw ScenarioError(issues: [ScenarioIssue(kind: .missingField, file: file, message: "the file is empty",
                                                       hint: "a scenario needs at least name, calendar and products")])
        }
        return root
    }

    /// Decodes and validates a scenario's node tree (as composed from `file`, perhaps with
    /// values replaced by a what-if sweep: positions come from the tree's marks).
    static func decode(root: Node, file: String) throws(ScenarioError) -> ScenarioSpec {
        try decodeChecked(root: root, file: file).spec
    }

    /// ``decode(root:file:)``, keeping the warnings.
    static func decodeChecked(root: Node, file: String) throws(ScenarioError) -> LoadedScenario {
        guard case .mapping = root else {
            let found = NodeLocator(root: root).describeValue(at: .root)
            throw ScenarioError(issues: [ScenarioIssue(
                kind: .wrongType, file: file, line: root.mark?.line, column: root.mark?.column,
                message: "expected a mapping of scenario fields (name, calendar, products, ...) at the top, found \(found)")])
        }
        if NodeLocator.aliases(of: root, addMoreThan: maximumAliasValues) {
            throw ScenarioError(issues: [ScenarioIssue(
                kind: .malformedYAML, file: file, line: 1, column: 1,
                message: "the document expands to more than \(maximumAliasValues) values beyond those written, through aliases",
                hint: "anchors and aliases may repeat values, but not multiply them without bound")])
        }
        let log = DecodeLog(root: root)
        var userInfo: [CodingUserInfoKey: Any] = [:]
        if let key = DecodeLog.userInfoKey { userInfo[key] = log }
        var spec: ScenarioSpec?
        do {
            spec = try YAMLDecoder().decode(ScenarioSpec.self, from: root, userInfo: userInfo)
        } catch {
            log.absorb(error, at: .root)
        }
        spec?.origin = ScenarioOrigin(file: file)
        var problems = log.problems
        // A history that cannot be resolved leaves no products to validate.
        var historyProblems: [FieldProblem] = []
        var warnings: [FieldProblem] = []
        if spec?.history != nil, !log.isIncomplete {
            let found = try spec?.resolveHistory(scenarioFile: file) ?? []
            historyProblems = found.filter { $0.severity == .error }
            problems += historyProblems
            warnings = found.filter { $0.severity == .warning }
        }
        if let spec, !log.isIncomplete, historyProblems.isEmpty {
            let findings = spec.validationFindings()
            problems += findings.problems
            if problems.isEmpty { problems = spec.uncertaintyPathProblems(in: root) }
            warnings += findings.warnings
        }
        if let spec, problems.isEmpty {
            return LoadedScenario(spec: spec, warnings: issues(for: warnings, locator: log.locator, file: file))
        }
        if problems.isEmpty {
            // Not expected: a failure is always logged. Still, never report success without a spec.
            problems.append(FieldProblem(.root, .invalidValue, "the scenario could not be read"))
        }
        throw ScenarioError(issues: issues(for: problems, locator: log.locator, file: file))
    }

    /// The resolved scenario as YAML: every default written out, so the file says exactly what
    /// was simulated. Decoding it gives back an equal spec.
    public func encodedYAML() throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        return try encoder.encode(self)
    }

    /// Positions the problems and puts them in file order (stable, so problems at the same place
    /// keep the order in which they were found); exact duplicates are dropped.
    private static func issues(for problems: [FieldProblem], locator: NodeLocator, file: String) -> [ScenarioIssue] {
        var seen = Set<ScenarioIssue>()
        let issues = problems.compactMap { problem -> ScenarioIssue? in
            let mark = locator.mark(for: problem.path, anchor: problem.anchor)
            let issue = ScenarioIssue(kind: problem.kind, file: file, line: mark?.line, column: mark?.column,
                                      path: problem.path.description, message: problem.message, hint: problem.hint,
                                      severity: problem.severity)
            return seen.insert(issue).inserted ? issue : nil
        }
        return issues.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.line ?? 0, lhs.element.column ?? 0, lhs.offset)
            let right = (rhs.element.line ?? 0, rhs.element.column ?? 0, rhs.offset)
            return left < right
        }.map(\.element)
    }

    /// The file's text, or an issue saying why it cannot be had.
    static func readText(atPath path: String) throws(ScenarioError) -> String {
        func unreadable(_ reason: String, hint: String? = nil) -> ScenarioError {
            ScenarioError(issues: [ScenarioIssue(kind: .unreadableFile, file: path,
                                                 message: "cannot read the scenario file: \(reason)", hint: hint)])
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let relative = !path.hasPrefix("/")
            throw unreadable("no such file",
                             hint: relative ? "relative paths start at \(manager.currentDirectoryPath)" : nil)
        }
        if isDirectory.boolValue { throw unreadable("it is a directory") }
        guard manager.isReadableFile(atPath: path) else { throw unreadable("permission denied") }
        let attributes = try? manager.attributesOfItem(atPath: path)
        // Devices and pipes could block or never end; a scenario is a regular file.
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
            throw unreadable("it is not a regular file")
        }
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maximumFileBytes {
            throw unreadable("it is \(size) bytes; scenario files are limited to \(maximumFileBytes) bytes")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw unreadable(error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw unreadable("it is not UTF-8 text", hint: "is it a binary file, or saved in another encoding?")
        }
        return text
    }
}

/// A valid scenario as read from a file, with what it warns about.
public struct LoadedScenario: Sendable {
    public var spec: ScenarioSpec
    /// Valid but probably not meant, in file order (severity `.warning`); printed by `validate`
    /// and `run`, and kept in a run's results.
    public var warnings: [ScenarioIssue]
}
