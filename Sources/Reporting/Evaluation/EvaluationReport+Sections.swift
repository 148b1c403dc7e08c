import Evaluation

/// The window plan in words, the warnings, and the paired accuracy differences.
extension EvaluationReport {
    /// Whether the origins count from each series' launch.
    var launchOrigins: Bool { (manifest.origins ?? []).contains { $0.hasPrefix("launch") } }

    /// The "Windows" fact: origins, what they mean, and what became of the windows.
    var windowsFact: String {
        let origins = (manifest.origins ?? []).joined(separator: ", ")
        var text: String
        if manifest.explicitOrigins ?? false {
            text = "origins \(origins): each series is cut "
                + (launchOrigins ? "K periods after its launch (a simulated product's first live period; a history's first sale)"
                    : "K periods before its end")
                + " and the next \(manifest.horizon) forecast; a window that does not fit in its series is skipped."
        } else {
            text = "\(manifest.windows) cutoff\(manifest.windows == 1 ? "" : "s"), \(manifest.step) period"
                + "\(manifest.step == 1 ? "" : "s") apart, each forecasting the next \(manifest.horizon); counted back from the "
                + "end of each series" + (origins.isEmpty ? "." : " (origins \(origins)).")
        }
        text += " Every forecaster is refitted at each cutoff on the periods before it."
        if let census = manifest.census {
            text += " \(ChartNumber.grouped(Double(census.scored), decimals: 0)) series-windows scored"
                + (census.allZero > 0 ? ", \(ChartNumber.grouped(Double(census.allZero), decimals: 0)) of them selling nothing" : "")
                + (census.unfitted > 0 ? "; \(ChartNumber.grouped(Double(census.unfitted), decimals: 0)) did not fit their series" : "")
                + "."
        }
        return text
    }

    /// Why there is no ranking, and every large bias on a demand pattern.
    var warningSection: [MarkupNode] {
        var nodes: [MarkupNode] = []
        if let refusal = summary.refusal { nodes.append(HTMLPage.warning("Not ranked: " + refusal)) }
        if !summary.biasWarnings.isEmpty {
            nodes.append(HTMLPage.warning("\(summary.biasWarnings.count) large bias\(summary.biasWarnings.count == 1 ? "" : "es") on a "
                                          + "demand pattern (the by-pattern table below marks them \"!\"). " + BiasWarning.definition))
            nodes.append(.html("ul", ["class": "events"], summary.biasWarnings.map { .html("li", [:], [.text($0.sentence)]) }))
        }
        guard !nodes.isEmpty else { return [] }
        return [.html("h2", ["id": "warnings"], [.text("Warnings")])] + nodes
    }

    /// Each forecaster's RMSSE minus the reference's, paired over series, with 95% intervals.
    var differenceSection: [MarkupNode] {
        var nodes: [MarkupNode] = [.html("h2", ["id": "differences"], [.text("Differences from the reference, paired over series")])]
        guard summary.refusal == nil, let reference, !scores.isEmpty else {
            nodes.append(.html("p", [:], [.text("No differences: " + (summary.refusal != nil
                ? "the forecasters are not ranked (see Warnings)." : "no series was scored."))]))
            return nodes
        }
        let differences = PairedDifference.differences(scores, labels: ranked, reference: reference)
        let role = manifest.reference == nil ? "the best by RMSSE" : "chosen as the reference"
        nodes.append(.html("p", [:], [.text(
            "Every forecaster faced the same series, so its RMSSE minus that of \(reference) (\(role)) on each series is "
                + "free of how hard the series is. The dot is the mean over the series where both have an RMSSE; the whisker its "
                + "95% interval (Student t over series). An interval clear of 0 is a real difference; one across 0 is within the "
                + "noise of these series. The mean of per-series differences weighs every series alike, so it can differ a little "
                + "from the gap between the overall RMSSEs, which weigh series-windows.")]))
        nodes.append(HTMLPage.figure(wide(DotIntervalChart(
            title: "RMSSE difference from \(reference)",
            subtitle: "per series, mean and 95% interval; below 0 better than \(reference)",
            description: "Forecasters in rank order; the reference at 0.",
            axis: .linear("RMSSE − RMSSE of \(reference)", includesZero: true),
            rows: differences.map { item in
                DotIntervalChart.Row(label: item.forecaster, estimate: item.forecaster == reference ? 0 : item.mean,
                                     interval: item.interval, emphasised: item.forecaster == reference)
            },
            reference: DotIntervalChart.Reference(value: 0, label: reference),
            estimateName: "mean difference", emphasisName: "reference", decimals: 3))))
        let rows = differences.map { item -> [HTMLTable.Cell] in
            let interval = item.interval.map { "[\(Self.figure($0.lowerBound, decimals: 3)), \(Self.figure($0.upperBound, decimals: 3))]" }
            return [HTMLTable.Cell(item.forecaster, strong: item.forecaster == reference),
                    HTMLTable.Cell(item.forecaster == reference ? "–" : String(item.pairs)),
                    HTMLTable.Cell(item.forecaster == reference ? "0" : Self.figure(item.mean, decimals: 3)),
                    HTMLTable.Cell(interval ?? "–"),
                    HTMLTable.Cell(item.forecaster == reference ? "reference" : Self.verdict(item.verdict, reference: reference))]
        }
        var table = HTMLTable(header: ["forecaster", "series paired", "mean RMSSE difference", "95% interval", "verdict"], rows: rows,
                              textColumns: [0, 4], caption: "RMSSE minus that of \(reference), per series; lower is better")
        table.breaksBeforeIntervals = true
        nodes.append(table.node)
        return nodes
    }

    static func verdict(_ verdict: PairedDifference.Verdict, reference: String) -> String {
        switch verdict {
        case .worse: return "worse than \(reference)"
        case .better: return "better than \(reference)"
        case .indistinguishable: return "within noise of \(reference)"
        case .unknown: return "too few series"
        }
    }

    /// RMSSE and bias by forecast origin: the per-cutoff view.
    var originSection: [MarkupNode] {
        let origins = accuracy.origins
        guard !origins.isEmpty else { return [] }
        let meaning = launchOrigins
            ? "launch+K is the cutoff K periods after each series' launch: what a forecaster makes of a product's first K periods."
            : "end-K is the cutoff K periods before the end of each series (the windows statsforecast's cross_validation makes)."
        var nodes: [MarkupNode] = [.html("h2", ["id": "origins"], [.text("Accuracy by forecast origin")])]
        nodes.append(.html("p", [:], [.text(
            "Each window is scored under its origin. " + meaning + " Series-windows scored by RMSSE: " + windowCounts(origins)
                + ". " + chartScope)]))
        nodes += groupFigures(Grouping(groups: origins, noun: "forecast origin", biasNote: launchOrigins
            ? " Early origins show how each copes with a launch: a forecaster that follows the level under-forecasts growth." : ""))
        return nodes
    }
}
