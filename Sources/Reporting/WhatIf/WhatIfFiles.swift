import WhatIf

/// The result files of a `whatif` folder: `whatif.csv` (one row per point, every digit),
/// `whatif.json` (the ``WhatIfResult`` itself, from which `report.html` can be drawn again),
/// `whatif.md` (the summary) and `report.html` (``WhatIfReport``). The folder's
/// `scenario.yaml` and `manifest.json` are the caller's, as for every other run folder.
public enum WhatIfFiles {
    public static let csv = "whatif.csv"
    public static let json = "whatif.json"
    public static let markdown = "whatif.md"

    /// Writes the four files of `result` into `folder`, each atomically; `version` is the
    /// sellthrough version the page names.
    /// - Throws: ``OutputError`` for the first file that cannot be written.
    public static func write(_ result: WhatIfResult, into folder: RunFolder, version: String) throws(OutputError) {
        try AtomicFile.write(result.csv, to: folder.path(csv))
        try AtomicFile.write(ResultJSON.encode(result), to: folder.path(json))
        try AtomicFile.write(result.markdown, to: folder.path(markdown))
        try AtomicFile.write(WhatIfReport(result: result, version: version).html, to: folder.path(WhatIfReport.fileName))
    }
}
