import Yams

/// Finds, and replaces, the number a ``ScenarioFieldPath`` names in a scenario's YAML node tree.
///
/// The path is followed in the file's own tree (`root`), so a replaced value keeps its line and
/// column and any problem with it is reported where the user wrote it. A field the file leaves
/// at its default is found in `defaults`, the tree of the resolved scenario (every default
/// written out), and grafted into the file's tree when it is set. Lists line up by index in both
/// trees: the resolved scenario keeps the file's order.
struct FieldResolver {
    /// The file's tree (possibly already changed by earlier replacements).
    let root: Node
    /// The resolved scenario's tree; nil when only written fields may be named.
    let defaults: Node?

    /// The number at `path`.
    /// - Throws: ``FieldPathError`` naming the part of the path that does not exist
    ///   and what does exist there, or saying what the path leads to when it is not a number.
    func locate(_ path: ScenarioFieldPath) throws(FieldPathError) -> FieldLocation {
        var written: Node? = root
        var fallback: Node? = defaults
        var fieldPath = FieldPath.root
        for (position, part) in path.parts.enumerated() {
            let here = ScenarioFieldPath.render(path.parts[..<position])
            guard let current = written ?? fallback else {
                throw FieldPathError("\(Self.name(here)) cannot be found")
            }
            switch part {
            case let .key(name):
                guard case let .mapping(mapping) = current else {
                    throw Self.notAMapping(here, current, wanted: name)
                }
                let writtenChild = written.flatMap { Self.child(of: $0, key: name) }
                let fallbackChild = fallback.flatMap { Self.child(of: $0, key: name) }
                if writtenChild == nil, fallbackChild == nil, position == path.parts.count - 1 {
                    // A distribution's parameters sit under its family's key.
                    var family: String?
                    if position > 0, case let .key(key) = path.parts[position - 1] { family = key }
                    let numbers = self.numbers(at: fieldPath.components)
                    if let alias = Alias.named(name, family: family, present: { !numbers($0).isNaN }) {
                        let value = try alias.value(numbers, at: path.description)
                        return FieldLocation(fieldPath: fieldPath.key(name), text: ScenarioDocument.text(value), value: value,
                                        isWritten: written != nil, alias: alias)
                    }
                }
                guard writtenChild != nil || fallbackChild != nil else {
                    var keys = Self.keys(of: mapping)
                    if let fallback, case let .mapping(defaulted) = fallback {
                        keys += Self.keys(of: defaulted).filter { !keys.contains($0) }
                    }
                    throw FieldPathError("\(Self.name(here)) has no field '\(name)'",
                                      hint: Suggestion.hint(for: name, among: keys, listing: here.isEmpty ? "sections" : "its fields"))
                }
                written = writtenChild
                fallback = fallbackChild
                fieldPath = fieldPath.key(name)
            case .element, .index:
                guard case let .sequence(sequence) = current else {
                    throw Self.notAList(here, current, part: part)
                }
                let index = try Self.elementIndex(part, in: sequence, here: here)
                written = written.flatMap { Self.element(of: $0, at: index) }
                fallback = fallback.flatMap { Self.element(of: $0, at: index) }
                fieldPath = fieldPath.index(index)
            }
        }
        guard let leaf = written ?? fallback else {
            throw FieldPathError("\(path) cannot be found")
        }
        guard case let .scalar(scalar) = leaf, let value = Self.number(scalar.string) else {
            throw Self.notANumber(path.description, leaf)
        }
        return FieldLocation(fieldPath: fieldPath, text: scalar.string, value: value, isWritten: written != nil, alias: nil)
    }

    /// The file's tree with the number at `path` set to `value`, written as YAML writes numbers.
    /// A defaulted field is added, with its enclosing sections copied from `defaults`; a
    /// shorthand (``Alias``) is set through the fields it stands for.
    func replacing(_ path: ScenarioFieldPath, with value: Double) throws(FieldPathError) -> Node {
        let location = try locate(path)
        guard let alias = location.alias else {
            return try Self.replacing(location.fieldPath.components[...], in: root, fallback: defaults,
                                      text: ScenarioDocument.text(value), mark: root.mark, path: path)
        }
        let parent = Array(location.fieldPath.components.dropLast())
        var node = root
        for (key, number) in try alias.assignments(value, numbers(at: parent), at: path.description) {
            node = try Self.replacing((parent + [.key(key)])[...], in: node, fallback: defaults,
                                      text: ScenarioDocument.text(number), mark: root.mark, path: path)
        }
        return node
    }

    private static func replacing(_ components: ArraySlice<FieldPath.Component>, in node: Node, fallback: Node?,
                                  text: String, mark: Mark?, path: ScenarioFieldPath) throws(FieldPathError) -> Node {
        guard let component = components.first else {
            let scalar = Node.Scalar(text, Tag(.implicit), .plain, node.mark ?? mark)
            return .scalar(scalar)
        }
        let rest = components.dropFirst()
        switch (component, node) {
        case (.key(let name), .mapping(var mapping)):
            let fallbackChild = fallback.flatMap { child(of: $0, key: name) }
            if let index = mapping.firstIndex(where: { $0.key.string == name }) {
                let pair = mapping[index]
                let replaced = try replacing(rest, in: pair.value, fallback: fallbackChild, text: text,
                                             mark: pair.value.mark ?? mark, path: path)
                mapping[index] = (key: pair.key, value: replaced)
            } else if let fallbackChild {
                // Not in the file: copy the default, placed where the enclosing mapping is.
                let graft = relocated(fallbackChild, to: mapping.mark ?? mark)
                let replaced = try replacing(rest, in: graft, fallback: fallbackChild, text: text,
                                             mark: mapping.mark ?? mark, path: path)
                mapping[name] = replaced
            } else {
                throw FieldPathError("\(path) cannot be set")
            }
            return .mapping(mapping)
        case (.index(let index), .sequence(var sequence)):
            guard sequence.indices.contains(index) else { throw FieldPathError("\(path) cannot be set") }
            sequence[index] = try replacing(rest, in: sequence[index],
                                            fallback: fallback.flatMap { element(of: $0, at: index) },
                                            text: text, mark: sequence[index].mark ?? mark, path: path)
            return .sequence(sequence)
        default:
            throw FieldPathError("\(path) cannot be set")
        }
    }

    // MARK: - Reading the tree

    static func child(of node: Node, key: String) -> Node? {
        guard case let .mapping(mapping) = node else { return nil }
        return mapping.first { $0.key.string == key }?.value
    }

    static func element(of node: Node, at index: Int) -> Node? {
        guard case let .sequence(sequence) = node, sequence.indices.contains(index) else { return nil }
        return sequence[index]
    }

    private static func keys(of mapping: Node.Mapping) -> [String] {
        mapping.compactMap { $0.key.string }
    }

    /// A YAML number as Swift reads it (`179.00`, `40000`, `1e-3`, `-1.4`); nil for anything else.
    static func number(_ text: String) -> Double? {
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The index of the list element `part` picks, by id (or name) or by position.
    private static func elementIndex(_ part: ScenarioFieldPath.Part, in sequence: Node.Sequence,
                                     here: String) throws(FieldPathError) -> Int {
        switch part {
        case let .index(index):
            guard sequence.indices.contains(index) else {
                let range = sequence.isEmpty ? "it is empty" : "use [0] to [\(sequence.count - 1)]"
                throw FieldPathError("\(name(here)) has \(sequence.count) element\(sequence.count == 1 ? "" : "s"); [\(index)] is out of range",
                                  hint: range)
            }
            return index
        case let .element(id):
            let labels = sequence.map { label($0) }
            let matches = labels.indices.filter { labels[$0] == id }
            if matches.count > 1 {
                throw FieldPathError("\(name(here)) has \(matches.count) elements called '\(id)'",
                                  hint: "pick one by index: " + matches.map { "[\($0)]" }.joined(separator: ", "))
            }
            if let index = matches.first { return index }
            let known = labels.compactMap { $0 }
            guard !known.isEmpty else {
                throw FieldPathError("the elements of \(name(here)) have no id, name or phase to pick '\(id)' by",
                                  hint: sequence.isEmpty ? "it is empty" : "pick one by index, [0] to [\(sequence.count - 1)]")
            }
            throw FieldPathError("\(name(here)) has no element with the id, name or phase '\(id)'",
                              hint: Suggestion.hint(for: id, among: known, listing: "there are"))
        case .key:
            throw FieldPathError("\(name(here)) is a list")
        }
    }

    /// The `id` of a list element, else its `name`, else its `phase` (lifecycle phases), else the
    /// `name` inside its only key, or inside that key's only key (events:
    /// `{promotion: {name: black-friday, …}}`, `{shock: {competitor_entry: {name: rival, …}}}`).
    private static func label(_ node: Node, depth: Int = 0) -> String? {
        for key in ["id", "name", "phase"] {
            if let label = child(of: node, key: key)?.scalar?.string { return label }
        }
        if depth < 2, case let .mapping(mapping) = node, mapping.count == 1, let inner = mapping.first?.value {
            return label(inner, depth: depth + 1)
        }
        return nil
    }

    // MARK: - Messages

    /// "the scenario" at the top, else the path so far.
    private static func name(_ here: String) -> String {
        here.isEmpty ? "the scenario" : here
    }

    private static func notAMapping(_ here: String, _ node: Node, wanted: String) -> FieldPathError {
        switch node {
        case let .sequence(sequence):
            return FieldPathError("\(name(here)) is a list, so it has no field '\(wanted)'",
                               hint: "pick an element first with [id] or [N] (\(sequence.count) elements)")
        case let .scalar(scalar):
            return FieldPathError("\(name(here)) is the value '\(scalar.string)', so it has no field '\(wanted)'")
        case .mapping, .alias:
            return FieldPathError("\(name(here)) cannot be followed through an alias",
                               hint: "write the value out instead of using a YAML alias")
        }
    }

    private static func notAList(_ here: String, _ node: Node, part: ScenarioFieldPath.Part) -> FieldPathError {
        let picked = ScenarioFieldPath.render([part][...])
        switch node {
        case let .mapping(mapping):
            return FieldPathError("\(name(here)) is a mapping, not a list, so \(picked) picks nothing",
                               hint: "its fields: " + keys(of: mapping).joined(separator: ", "))
        case let .scalar(scalar):
            return FieldPathError("\(name(here)) is the value '\(scalar.string)', not a list, so \(picked) picks nothing")
        case .sequence, .alias:
            return FieldPathError("\(name(here)) cannot be followed through an alias",
                               hint: "write the value out instead of using a YAML alias")
        }
    }

    private static func notANumber(_ path: String, _ node: Node) -> FieldPathError {
        switch node {
        case let .scalar(scalar):
            return FieldPathError("\(path) is '\(scalar.string)', not a number",
                               hint: "only numeric fields can be varied or drawn")
        case let .mapping(mapping):
            return FieldPathError("\(path) is a mapping, not a number",
                               hint: "name one of its fields: " + keys(of: mapping).joined(separator: ", "))
        case let .sequence(sequence):
            return FieldPathError("\(path) is a list of \(sequence.count), not a number",
                               hint: sequence.isEmpty ? nil : "pick one element with [0] to [\(sequence.count - 1)]")
        case .alias:
            return FieldPathError("\(path) is a YAML alias", hint: "write the value out instead")
        }
    }

    /// A copy of a subtree from the resolved scenario with every mark moved to `mark`, so that
    /// problems found in it point at the nearest place the file does write.
    private static func relocated(_ node: Node, to mark: Mark?) -> Node {
        switch node {
        case var .scalar(scalar):
            scalar.mark = mark
            return .scalar(scalar)
        case let .mapping(mapping):
            let pairs = mapping.map { (relocated($0.key, to: mark), relocated($0.value, to: mark)) }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mark))
        case let .sequence(sequence):
            return .sequence(Node.Sequence(sequence.map { relocated($0, to: mark) }, sequence.tag, sequence.style, mark))
        case .alias:
            return node
        }
    }
}
