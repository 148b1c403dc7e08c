/// The strategies asked to be followed (`sellthrough report --follow`) cannot be: a name that
/// means no strategy of the run, one given twice, or too many. The message says which and
/// lists the run's strategies when a name is unknown.
public struct FollowError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
