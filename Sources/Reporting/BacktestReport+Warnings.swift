extension BacktestReport {
    /// The scenario's warnings (``warnings``) as a Markdown section of `summary.md`, between
    /// the opening paragraph and "At a glance"; nothing without warnings.
    var warningLines: [String] {
        guard let warnings, !warnings.isEmpty else { return [] }
        return ["## Warnings", "", "Validating the scenario warned (the figures below are subject to these):", ""]
            + warnings.map { "- " + MarkdownText.escape($0) } + [""]
    }
}
