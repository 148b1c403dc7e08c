import Yams

/// A ``ScenarioDocument`` as plain values, so that it can be handed to a child task.
///
/// Yams nodes cannot cross tasks: their tags are objects that resolve themselves lazily, in
/// place, the first time a decoder looks at them. The tree is therefore copied into
/// ``YAMLTree`` values here and rebuilt, with tags of its own, on the other side; marks (lines
/// and columns) travel with it, so problems still point into the original file.
public struct PortableDocument: Sendable {
    public let file: String
    let base: ScenarioSpec
    let root: YAMLTree
    let defaults: YAMLTree?
}

extension ScenarioDocument {
    /// This document as values, for a child task.
    public var portable: PortableDocument {
        PortableDocument(file: file, base: base, root: YAMLTree(root), defaults: defaults.map(YAMLTree.init))
    }

    /// The document `portable` was made from, with nodes of its own.
    public init(_ portable: PortableDocument) {
        self.init(file: portable.file, base: portable.base, root: portable.root.node, defaults: portable.defaults?.node)
    }
}
