extension EvaluationSummary {
    /// `summary.md`.
    public var markdown: String {
        var text = ["# Forecast evaluation: \(title)", ""] + notes + [""]
        if let refusal { text += ["**Not ranked:** " + refusal, ""] }
        text.append(refusal == nil ? "Ranked by RMSSE against realised demand (lower is better); a forecaster without an RMSSE "
                    + "has no rank." : "Not ranked (see above); forecasters in the order given.")
        text.append("")
        text.append("| " + header.map(MarkdownText.escape).joined(separator: " | ") + " |")
        text.append("|" + header.map { _ in " --- " }.joined(separator: "|") + "|")
        for line in lines {
            let cells = [line.rankText, MarkdownText.escape(line.forecaster)] + line.cells
            text.append("| " + cells.joined(separator: " | ") + " |")
        }
        if !biasWarnings.isEmpty {
            text += ["", "## Large biases", "", BiasWarning.definition, ""] + biasWarnings.map { "- " + MarkdownText.escape($0.sentence) }
        }
        for split in splits {
            text += ["", "## \(split.title)", "", "RMSSE and bias against realised demand, " + split.explanation, ""]
            let splitHeader = ["forecaster"] + split.groups.flatMap { ["\($0) RMSSE", "\($0) bias"] }
            text.append("| " + splitHeader.joined(separator: " | ") + " |")
            text.append("|" + splitHeader.map { _ in " --- " }.joined(separator: "|") + "|")
            for (line, cells) in zip(lines, split.cells) {
                text.append("| " + ([MarkdownText.escape(line.forecaster)] + cells).joined(separator: " | ") + " |")
            }
        }
        text += ["", "RMSSE and MASE scale each series-window by its in-sample one-step naive error from the first sale (M5); "
                 + "WAPE = Σ|error| / Σ demand; bias = Σ error / Σ demand; WRMSSE weights RMSSE by revenue over the last 28 periods; "
                 + "coverage is the share of periods inside the central interval. Every figure is in accuracy.csv."]
        return text.joined(separator: "\n") + "\n"
    }
}
