/// Where a scenario was read from, so that a problem found after loading — building its market
/// or its backtest — names the same file as a problem found while loading.
///
/// Provenance, not content: it is not written to the resolved scenario, and it takes no part in
/// a spec's equality or hash (two specs with the same fields are equal whichever file each came
/// from), which is why every instance compares equal.
public struct ScenarioOrigin: Sendable, Hashable {
    /// The file as given to the loader (``ScenarioIssue/file``); ``inCode`` for a spec built in
    /// code.
    public var file: String

    /// What a spec built in code names as its file.
    public static let inCode = "<scenario>"

    public init(file: String = ScenarioOrigin.inCode) {
        self.file = file
    }

    public static func == (lhs: ScenarioOrigin, rhs: ScenarioOrigin) -> Bool { true }

    public func hash(into hasher: inout Hasher) {}
}
