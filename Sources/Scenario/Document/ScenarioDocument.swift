import Yams

/// A scenario file as a YAML node tree whose numeric fields a what-if sweep sets, one
/// ``ScenarioFieldPath`` at a time, before decoding it again: every check of the scenario format
/// applies to every variant, and problems point at the lines of the original file.
///
/// Not `Sendable` (Yams nodes resolve their tags lazily, in place): a document stays in the
/// task that made it; what crosses tasks is the ``ScenarioSpec`` or plan decoded from it.
public struct ScenarioDocument {
    /// The file as given, naming it in issues.
    public let file: String
    /// The scenario the file describes, unchanged and validated.
    public let base: ScenarioSpec
    /// What validating the file warned about (severity `.warning`, located), as `validate`
    /// prints it; empty for a document built from its parts.
    public private(set) var warnings: [ScenarioIssue] = []
    /// The tree as it now stands.
    private(set) var root: Node
    /// The resolved base scenario's tree, where fields the file leaves at their defaults are found.
    let defaults: Node?

    /// Reads and validates the scenario at `path`.
    /// - Throws: every problem with the file, as ``ScenarioSpec/load(contentsOf:)`` does.
    public static func load(contentsOf path: String) throws(ScenarioError) -> ScenarioDocument {
        try ScenarioDocument(yaml: ScenarioSpec.readText(atPath: path), file: path)
    }

    /// Reads and validates scenario YAML; `file` names it in issues.
    public init(yaml text: String, file: String = "<input>") throws(ScenarioError) {
        let root = try ScenarioSpec.compose(yaml: text, file: file)
        let loaded = try ScenarioSpec.decodeChecked(root: root, file: file)
        base = loaded.spec
        warnings = loaded.warnings
        self.root = root
        self.file = file
        if let resolved = try? base.encodedYAML(), let tree = try? Yams.compose(yaml: resolved) {
            defaults = tree
        } else {
            defaults = nil
        }
    }

    /// A document from its parts (see ``PortableDocument``).
    init(file: String, base: ScenarioSpec, root: Node, defaults: Node?) {
        self.file = file
        self.base = base
        self.root = root
        self.defaults = defaults
    }

    /// The number at `path` now, and where it is.
    /// - Throws: ``FieldPathError`` naming the part of the path that does not exist and what does.
    public func locate(_ path: ScenarioFieldPath) throws(FieldPathError) -> FieldLocation {
        try FieldResolver(root: root, defaults: defaults).locate(path)
    }

    /// The number at `path` now (as written, or its default).
    public func value(at path: ScenarioFieldPath) throws(FieldPathError) -> Double {
        try locate(path).value
    }

    /// Sets the field at `path` to `value`, written as YAML writes numbers: a whole number without
    /// a decimal point (so that fields of whole numbers accept it), anything else in the shortest
    /// form that reads back exactly. Nothing is checked until ``decoded()``.
    public mutating func set(_ path: ScenarioFieldPath, to value: Double) throws(FieldPathError) {
        root = try FieldResolver(root: root, defaults: defaults).replacing(path, with: value)
    }

    /// Takes a top-level section out (a sweep drops `uncertainty` once its draws are written in).
    public mutating func remove(section name: String) {
        guard case var .mapping(mapping) = root else { return }
        mapping[name] = nil
        root = .mapping(mapping)
    }

    /// The scenario as the tree now describes it, validated.
    /// - Throws: every problem, with the file's name and the line of the value at fault.
    public func decoded() throws(ScenarioError) -> ScenarioSpec {
        try ScenarioSpec.decode(root: root, file: file)
    }

    /// `value` as a YAML number: `1200`, not `1200.0`; `0.12`; `1e-05`.
    public static func text(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
