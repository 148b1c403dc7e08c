/// The strategies asked to be followed cannot be: a name that means no strategy of the run, one
/// given twice, or too many. ``name`` is the name the problem concerns (nil: the list as a
/// whole); the message says what is wrong and lists the run's strategies when a name is unknown.
public struct FollowError: Error, CustomStringConvertible, Sendable {
    /// The name as it was given, or nil when the problem is the list itself.
    public var name: String?
    public var description: String

    public init(_ description: String, name: String? = nil) {
        self.name = name
        self.description = description
    }
}
