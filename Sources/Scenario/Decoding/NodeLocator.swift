import Yams

/// Finds the YAML node, and so the line and column, behind a ``FieldPath``.
///
/// Paths of defaulted fields, or of problems in values the user did not write, do not exist in
/// the document; they resolve to the deepest ancestor that does, so every issue still points at
/// the right neighbourhood.
struct NodeLocator {
    let root: Node?

    /// The deepest node on `path`, the mark of the key that led to it (nil at the root or after a
    /// list index) and whether the whole path was found.
    func resolve(_ path: FieldPath) -> (node: Node?, keyMark: Mark?, complete: Bool) {
        guard var node = root else { return (nil, nil, false) }
        var keyMark: Mark?
        for component in path.components {
            switch (component, node) {
            case let (.key(name), .mapping(mapping)):
                guard let pair = mapping.first(where: { $0.key.string == name }) else {
                    return (node, keyMark, false)
                }
                keyMark = pair.key.mark
                node = pair.value
            case let (.index(index), .sequence(sequence)):
                guard index >= 0, index < sequence.count else { return (node, keyMark, false) }
                keyMark = nil
                node = sequence[index]
            default:
                return (node, keyMark, false)
            }
        }
        return (node, keyMark, true)
    }

    /// Where an issue at `path` should point. Unknown keys point at the key; values point at
    /// themselves, except block mappings and lists, which start on the line after their key
    /// and read better pointed at the key.
    func mark(for path: FieldPath, anchor: FieldProblem.Anchor) -> Mark? {
        let (node, keyMark, complete) = resolve(path)
        guard let node else { return nil }
        if complete, anchor == .key, let keyMark { return keyMark }
        switch node {
        case .mapping, .sequence:
            if let keyMark, let valueMark = node.mark, valueMark.line > keyMark.line {
                return keyMark
            }
            return node.mark ?? keyMark
        case .scalar, .alias:
            return node.mark ?? keyMark
        }
    }

    /// How a value found at `path` reads in a message: `'abc'`, `a list`, `a mapping`, `nothing`.
    func describeValue(at path: FieldPath) -> String {
        let (node, _, complete) = resolve(path)
        guard complete, let node else { return "nothing" }
        switch node {
        case let .scalar(scalar):
            let text = scalar.string
            if scalar.style == .any || scalar.style == .plain,
               ["", "~", "null", "Null", "NULL"].contains(text) {
                return "an empty value"
            }
            let shown = text.count > 40 ? String(text.prefix(37)) + "..." : text
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return quoted ? "the quoted text '\(shown)'" : "'\(shown)'"
        case .mapping:
            return "a mapping"
        case .sequence:
            return "a list"
        case .alias:
            return "an alias"
        }
    }

    /// Whether the tree, with every alias expanded, has more than `limit` nodes. Walks with an
    /// explicit stack and stops at the limit, so the check itself stays cheap.
    static func expandedSize(of root: Node, exceeds limit: Int) -> Bool {
        var pending = [root]
        var count = 0
        while let node = pending.popLast() {
            count += 1
            if count > limit { return true }
            switch node {
            case let .mapping(mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            case let .sequence(sequence):
                pending.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return false
    }
}
