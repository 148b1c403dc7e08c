import Yams

/// A YAML node tree as values: each scalar's text, tag name, style and mark; mappings as pairs in
/// order; sequences. Anchors are not kept (composed trees have their aliases expanded).
indirect enum YAMLTree: Sendable {
    /// Styles are kept as their raw values (Yams' style enums are not `Sendable`).
    case scalar(text: String, tag: String, style: UInt32, mark: Mark?)
    case mapping(pairs: [Pair], tag: String, style: UInt32, mark: Mark?)
    case sequence(elements: [YAMLTree], tag: String, style: UInt32, mark: Mark?)

    struct Pair: Sendable {
        var key: YAMLTree
        var value: YAMLTree
    }

    /// A copy of `node`; an alias (which composed trees do not contain) becomes an empty scalar.
    init(_ node: Node) {
        switch node {
        case let .scalar(scalar):
            self = .scalar(text: scalar.string, tag: scalar.tag.description, style: scalar.style.rawValue, mark: scalar.mark)
        case let .mapping(mapping):
            self = .mapping(pairs: mapping.map { Pair(key: YAMLTree($0.key), value: YAMLTree($0.value)) },
                            tag: mapping.tag.description, style: mapping.style.rawValue, mark: mapping.mark)
        case let .sequence(sequence):
            self = .sequence(elements: sequence.map(YAMLTree.init), tag: sequence.tag.description,
                             style: sequence.style.rawValue, mark: sequence.mark)
        case let .alias(alias):
            self = .scalar(text: "", tag: "", style: Node.Scalar.Style.plain.rawValue, mark: alias.mark)
        }
    }

    /// The tree as Yams nodes, each with a new tag of the same name.
    var node: Node {
        switch self {
        case let .scalar(text, tag, style, mark):
            return .scalar(Node.Scalar(text, Self.tag(tag), Node.Scalar.Style(rawValue: style) ?? .any, mark))
        case let .mapping(pairs, tag, style, mark):
            return .mapping(Node.Mapping(pairs.map { ($0.key.node, $0.value.node) }, Self.tag(tag),
                                         Node.Mapping.Style(rawValue: style) ?? .any, mark))
        case let .sequence(elements, tag, style, mark):
            return .sequence(Node.Sequence(elements.map(\.node), Self.tag(tag), Node.Sequence.Style(rawValue: style) ?? .any, mark))
        }
    }

    private static func tag(_ name: String) -> Tag {
        Tag(Tag.Name(rawValue: name))
    }
}
