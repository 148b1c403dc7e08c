import Evaluation

extension EvaluationSummary {
    /// What the summary needs to know of an evaluation besides its accuracy: from the outcome
    /// when it has just run, from `manifest.json` when its folder is read again.
    public struct Facts: Sendable {
        /// The forecasters' labels, in evaluation order.
        public var labels: [String]
        public var levels: [Double]
        /// Whether forecasts were also scored against the true expected demand (scenarios).
        public var hasTruth: Bool
        public var horizon: Int
        public var windows: Int
        public var step: Int
        public var minimumLength: Int
        public var series: Int
        public var evaluatedSeries: Int
        /// The windows' origins in window order, and whether they were given explicitly.
        public var origins: [String]
        public var explicitOrigins: Bool
        /// What became of the windows; nil in a manifest that does not record it.
        public var census: WindowCensus?
        /// Missing periods of the history filled with y = 0, if any.
        public var filledGaps: FilledGaps?

        public init(outcome: EvaluationOutcome, filledGaps: FilledGaps? = nil) {
            labels = outcome.labels
            levels = outcome.questions.levels
            hasTruth = outcome.hasTruth
            (horizon, windows, step, minimumLength) = (outcome.plan.horizon, outcome.plan.windows, outcome.plan.step, outcome.plan.minimumLength)
            (series, evaluatedSeries) = (outcome.series.count, outcome.evaluatedSeries)
            (origins, explicitOrigins, census) = (outcome.plan.originLabels, outcome.plan.isExplicit, outcome.census)
            self.filledGaps = filledGaps
        }

        public init(manifest: EvaluationManifest) {
            labels = manifest.forecasters
            levels = manifest.levels
            hasTruth = manifest.sourceKind == "scenario"
            (horizon, windows, step, minimumLength) = (manifest.horizon, manifest.windows, manifest.step, manifest.minimumLength)
            (series, evaluatedSeries) = (manifest.series, manifest.evaluatedSeries)
            origins = manifest.origins ?? []
            explicitOrigins = manifest.explicitOrigins ?? false
            census = manifest.census
            filledGaps = manifest.filledGaps
        }
    }

    /// The terminal's widest table, in characters.
    public static let terminalWidth = 120

    /// The plain-text table for the terminal: the essential columns (rank, forecaster, RMSSE,
    /// MASE, WAPE, bias, MAE, RMSSE vs truth, failed series), or every column when `wide`.
    /// Without `wide` it fits ``terminalWidth`` characters: long forecaster labels are
    /// shortened with "…" (never below 12 characters), and if that is not enough the last
    /// columns are left out (``hiddenColumns(wide:)`` names them).
    public func table(wide: Bool = false) -> String {
        render(columns: shownColumns(wide: wide), labelWidth: labelWidth(wide: wide))
    }

    /// The titles of the columns ``table(wide:)`` leaves out.
    public func hiddenColumns(wide: Bool) -> [String] {
        let shown = Set(shownColumns(wide: wide))
        return header.indices.dropFirst(2).filter { !shown.contains($0) }.map { header[$0] }
    }

    /// Indices into ``header`` of the columns shown.
    private func shownColumns(wide: Bool) -> [Int] {
        var columns = [0, 1] + header.indices.dropFirst(2).filter { wide || essential[$0 - 2] }
        guard !wide else { return columns }
        while columns.count > 3, Self.width(render(columns: columns, labelWidth: labelWidth(wide: false, columns: columns))) > Self.terminalWidth {
            columns.removeLast()
        }
        return columns
    }

    /// The widest forecaster label shown (nil: unshortened).
    private func labelWidth(wide: Bool, columns: [Int]? = nil) -> Int? {
        guard !wide else { return nil }
        let columns = columns ?? shownColumns(wide: false)
        let full = Self.width(render(columns: columns, labelWidth: nil))
        guard full > Self.terminalWidth else { return nil }
        let longest = lines.map(\.forecaster.count).max() ?? 0
        return max(12, longest - (full - Self.terminalWidth))
    }

    /// The length of the longest line of `text`, in characters.
    static func width(_ text: String) -> Int {
        text.split(separator: "\n").map(\.count).max() ?? 0
    }

    private func render(columns: [Int], labelWidth: Int?) -> String {
        let rows = lines.map { line -> [String] in
            var label = line.forecaster
            if let labelWidth, label.count > labelWidth { label = String(label.prefix(labelWidth - 1)) + "…" }
            let all = [line.rankText, label] + line.cells
            return columns.map { all[$0] }
        }
        return TextTable.render(header: columns.map { header[$0] }, rows: rows, leftAligned: 2)
    }
}

