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

    /// Whether the aliases of the tree add more than `limit` nodes to it once expanded: the
    /// nodes the document stands for beyond those written in it.
    ///
    /// Yams substitutes each alias with the node its anchor names (without keeping the anchor),
    /// so an aliased node shows up once where it is written and again at every alias, each copy
    /// carrying the position where it was written. Written nodes have distinct positions (a block
    /// mapping starts where its first key does, but is not a scalar), so the walk recognises a
    /// copy by its kind and position and counts it by the size found the first time, without
    /// entering it again. It costs time in proportion to the written document however much the
    /// aliases multiply it ("billion laughs"), and a long file of plain values (40 000 products
    /// listed one by one) adds nothing. Nodes without a position (values a what-if sweep wrote
    /// in) count as written.
    static func aliases(of root: Node, addMoreThan limit: Int) -> Bool {
        struct Written: Hashable {
            let line: Int
            let column: Int
            let kind: Int
        }
        enum Step {
            case enter(Node)
            case leave(Written, expandedBefore: Int)
        }
        var sizes: [Written: Int] = [:]
        var expanded = 0
        var added = 0
        var pending = [Step.enter(root)]
        while let step = pending.popLast() {
            switch step {
            case let .leave(written, before):
                sizes[written] = expanded - before
            case let .enter(node):
                // Only lists and mappings can multiply a document; an alias of a scalar adds one
                // value, no more than writing it out would.
                let kind: Int
                switch node {
                case .mapping: kind = 1
                case .sequence: kind = 2
                case .scalar, .alias: kind = 0
                }
                if kind > 0, let mark = node.mark {
                    let written = Written(line: mark.line, column: mark.column, kind: kind)
                    if let size = sizes[written] {
                        expanded += size
                        added += size
                        if added > limit { return true }
                        continue
                    }
                    pending.append(.leave(written, expandedBefore: expanded))
                }
                expanded += 1
                switch node {
                case let .mapping(mapping):
                    for (key, value) in mapping.reversed() {
                        pending.append(.enter(value))
                        pending.append(.enter(key))
                    }
                case let .sequence(sequence):
                    pending.append(contentsOf: sequence.reversed().map(Step.enter))
                case .scalar, .alias:
                    break
                }
            }
        }
        return false
    }
}
