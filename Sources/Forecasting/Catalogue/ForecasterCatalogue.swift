/// Every forecaster Sellthrough knows, by the name used in scenario files, on the command line
/// (a list of forecasters) and by the catalogue listing.
public enum ForecasterCatalogue {
    /// All entries, by family, in the order `sellthrough list` shows them.
    public static let entries: [ForecasterEntry] =
        baselineEntries + exponentialSmoothingEntries + arimaEntries + intermittentEntries + lifecycleEntries

    /// The entry called `name`, if any.
    public static func entry(named name: String) -> ForecasterEntry? {
        entries.first { $0.name == name }
    }

    /// Every catalogue name, in catalogue order.
    public static var names: [String] { entries.map(\.name) }
}
