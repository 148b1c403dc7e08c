import Yams

/// Comment lines to write into a scenario file: what a person editing a generated scenario
/// needs to know next to the values (how each was obtained, what was assumed, what to edit).
///
/// Each entry is a list of lines without the leading `# `; empty lists write nothing.
public struct ScenarioComments: Sendable, Hashable {
    /// At the top of the file.
    public var header: [String]
    /// Before a product's entry, by product id.
    public var products: [String: [String]]
    /// Before a top-level section (`calendar`, `strategies`, `uncertainty`, …), by its key.
    public var sections: [String: [String]]

    public init(header: [String] = [], products: [String: [String]] = [:], sections: [String: [String]] = [:]) {
        self.header = header
        self.products = products
        self.sections = sections
    }
}

extension ScenarioSpec {
    /// The resolved scenario as YAML with comment lines, laid out for reading: small maps and
    /// lists of plain values on one line (`{bass: {market_size: 5200, …}}`, twelve yearly
    /// multipliers), the rest as blocks. Decoding it gives back an equal spec, as
    /// ``encodedYAML()`` does; the comments change nothing but the text.
    public func commentedYAML(_ comments: ScenarioComments) throws -> String {
        guard case let .mapping(root)? = try Yams.compose(yaml: encodedYAML()) else {
            throw YamlError.representer(problem: "a scenario encodes as a mapping")
        }
        var text = Self.commentLines(comments.header, indent: "")
        if !text.isEmpty { text += "\n" }
        for (key, value) in root {
            let name = key.string ?? ""
            let lines = comments.sections[name] ?? []
            if !lines.isEmpty, !text.isEmpty, !text.hasSuffix("\n\n") { text += "\n" }
            text += Self.commentLines(lines, indent: "")
            if name == "products", case let .sequence(products) = value {
                text += "products:\n"
                for product in products {
                    let id = product.mapping?["id"]?.string ?? ""
                    text += Self.commentLines(comments.products[id] ?? [], indent: "")
                    text += try Self.serialize(.sequence(Node.Sequence([Self.compacted(product)])))
                }
            } else {
                text += try Self.serialize(.mapping(Node.Mapping([(key, Self.compacted(value))])))
            }
        }
        return text
    }

    private static func commentLines(_ lines: [String], indent: String) -> String {
        lines.map { line in
            // A line break inside a comment would end it and start stray YAML.
            let flat = line.split(whereSeparator: \.isNewline).joined(separator: " ")
            return flat.isEmpty ? "\(indent)#\n" : "\(indent)# \(flat)\n"
        }.joined()
    }

    private static func serialize(_ node: Node) throws -> String {
        try Yams.serialize(node: node, width: -1, allowUnicode: true)
    }

    /// Most scalars a collection may hold and still be written on one line.
    private static let flowLimit = 12

    /// `node` with every collection of at most ``flowLimit`` plain values (at most three levels
    /// deep) in flow style.
    private static func compacted(_ node: Node) -> Node {
        if let scalars = scalarCount(node, depth: 0), scalars <= flowLimit, node.isCollection {
            return flowing(node)
        }
        switch node {
        case var .mapping(mapping):
            mapping = Node.Mapping(mapping.map { ($0.key, compacted($0.value)) }, mapping.tag, .block)
            return .mapping(mapping)
        case var .sequence(sequence):
            sequence = Node.Sequence(sequence.map(compacted), sequence.tag, .block)
            return .sequence(sequence)
        default:
            return node
        }
    }

    /// The number of scalars under `node` when it is at most three collections deep, else nil.
    private static func scalarCount(_ node: Node, depth: Int) -> Int? {
        switch node {
        case .scalar, .alias:
            return 1
        case let .mapping(mapping):
            guard depth < 3 else { return nil }
            return mapping.reduce(Optional(0)) { sum, pair in
                sum.flatMap { sum in scalarCount(pair.value, depth: depth + 1).map { sum + $0 } }
            }
        case let .sequence(sequence):
            guard depth < 3 else { return nil }
            return sequence.reduce(Optional(0)) { sum, item in
                sum.flatMap { sum in scalarCount(item, depth: depth + 1).map { sum + $0 } }
            }
        }
    }

    private static func flowing(_ node: Node) -> Node {
        switch node {
        case let .mapping(mapping):
            return .mapping(Node.Mapping(mapping.map { ($0.key, flowing($0.value)) }, mapping.tag, .flow))
        case let .sequence(sequence):
            return .sequence(Node.Sequence(sequence.map(flowing), sequence.tag, .flow))
        default:
            return node
        }
    }
}

private extension Node {
    var isCollection: Bool {
        switch self {
        case .mapping, .sequence: true
        default: false
        }
    }
}
