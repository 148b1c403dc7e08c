/// Who made a result and how: the tool, its version and the request as the caller received it
/// (a command line, or a service's request), for every manifest a workflow writes.
public struct Provenance: Sendable, Hashable {
    /// The version of sellthrough, named in every manifest, partial result and page: a folder
    /// written by another version is refused where reading it back would not give the same bytes.
    public static let sellthroughVersion = "0.1.0"

    /// The tool named in manifests.
    public var tool: String
    /// The version named in manifests and pages.
    public var version: String
    /// The request as given (the command line's arguments, the program first), kept in manifests.
    public var command: [String]

    public init(command: [String], tool: String = "sellthrough", version: String = Provenance.sellthroughVersion) {
        self.tool = tool
        self.version = version
        self.command = command
    }
}
