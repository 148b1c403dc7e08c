import Reporting

/// A kind of result folder, other than a run's, whose `report.html` can be drawn again from
/// the folder's files alone. A new kind of result joins ``ReportWorkflow`` by adding one.
public struct FolderKind: Sendable {
    /// The kind with its article, as a sentence names it: "an evaluate", "a whatif".
    public var article: String
    /// Whether `folder` is of this kind (by the files it holds).
    public var holds: @Sendable (_ folder: String) -> Bool
    /// The page of `folder`, as the workflow that wrote it drew it, when `version` wrote it.
    public var page: @Sendable (_ folder: String, _ version: String) throws -> String

    public init(article: String, holds: @escaping @Sendable (String) -> Bool,
                page: @escaping @Sendable (String, String) throws -> String) {
        self.article = article
        self.holds = holds
        self.page = page
    }

    /// An evaluation folder (`manifest.json` and `accuracy.csv`).
    public static let evaluation = FolderKind(article: "an evaluate", holds: { EvaluationReport.isEvaluationFolder($0) }) { folder, version in
        try EvaluationReport.reading(folder: folder, version: version).html
    }

    /// A what-if folder (`whatif.json`).
    public static let whatIf = FolderKind(article: "a whatif", holds: { WhatIfReport.isWhatIfFolder($0) }) { folder, version in
        try WhatIfReport.reading(folder: folder, version: version).html
    }
}
