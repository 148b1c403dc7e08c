/// Where a ``ScenarioFieldPath`` leads in a ``ScenarioDocument``: the field by keys and indices,
/// and the number it holds now.
public struct FieldLocation: Hashable, Sendable {
    /// The same field in keys and indices, as scenario issues name it (`products[0].price`).
    public var fieldPath: FieldPath
    /// The scalar's text, as written or as the default is written.
    public var text: String
    /// The number it holds, in the field's unit.
    public var value: Double
    /// Whether the file writes it (false: it has its default).
    public var isWritten: Bool
    /// Set when the path names a shorthand written through other fields (`fieldPath` then
    /// ends with the shorthand's name, which neither tree writes).
    var alias: FieldResolver.Alias?
}
