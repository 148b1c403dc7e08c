import WhatIf

/// `report.html` of a `whatif` folder: a self-contained page drawn from ``WhatIfResult`` alone.
///
/// Sections: the study (scenario, strategy, product, replications, constraint, varied and
/// drawn parameters); the recommendation, refinement and any rounding to an orderable
/// quantity; the table of points, the recommended row in bold; then, with one varied field,
/// expected profit, its paired difference from the recommendation, the service figures and
/// leftover against the value, each constrained measure with its constraint line
/// (``WhatIfReport/lineChartSection``), or with two, heatmaps over the grid
/// (``WhatIfReport/heatmapSection``). Axes are titled in words with units ("Launch stock of
/// earbuds-pro (units)"), not by field paths. Every name reaches the page only as
/// escaped text (``MarkupNode``); the page has no scripts and loads nothing (``HTMLPage``).
/// Deterministic: the same result gives the same bytes.
public struct WhatIfReport: Sendable {
    /// The file's name in a `whatif` folder.
    public static let fileName = "report.html"

    public var result: WhatIfResult
    /// The sellthrough version named at the foot of the page.
    public var version: String

    public init(result: WhatIfResult, version: String) {
        self.result = result
        self.version = version
    }

    /// The page as HTML text.
    public var html: String { page.rendered }

    /// The page.
    var page: HTMLPage {
        let title = "\(result.scenario): what-if report"
        var body: [MarkupNode] = [.html("h1", [:], [.text(title)]), filesLine]
        body += studySection
        body += recommendationSection
        body += pointsSection
        body += result.axes.count == 1 ? lineChartSection : heatmapSection
        body.append(.html("p", ["class": "note"], [.text(
            "Made by sellthrough \(version). Every point ran the same replications (common random numbers); intervals are "
                + "95%: Student t for means, Wilson for P(stockout). See docs/whatif.md of the sellthrough repository.")]))
        return HTMLPage(title: title, body: body)
    }

    /// Links to the other files of the folder.
    var filesLine: MarkupNode {
        HTMLPage.fileLinks([WhatIfFiles.markdown, WhatIfFiles.csv, WhatIfFiles.json, "scenario.yaml"])
    }

    /// What was swept: a list of facts.
    var studySection: [MarkupNode] {
        var facts: [(String, String)] = [
            ("Scenario", result.scenario + (result.scenarioFile.isEmpty ? "" : " (\(result.scenarioFile))")),
            ("Strategy", result.strategy),
            ("Figures of", result.product ?? "the strategy's whole catalogue"),
            ("Replications", "\(result.replications) at every point (common random numbers), seed \(result.seed)"),
            (result.constraints.count > 1 ? "Constraints (all must hold)" : "Constraint", result.constraintText ?? "none"),
        ]
        for axis in result.axes {
            facts.append(("Varied", "\(axis.label)" + (axis.unit.map { " (\($0))" } ?? "") + ": \(axis.path) (in the file: "
                          + WhatIfResult.text(of: axis.fileValue) + (axis.wholeNumbers ? ", whole numbers" : "")
                          + (axis.orderable.map { ", orderable in \($0.text)" } ?? "") + ") over "
                          + axis.values.map(WhatIfResult.text(of:)).joined(separator: ", ")))
        }
        if result.uncertainty.isEmpty {
            facts.append(("Uncertain parameters", "none: only demand and lead times are random"))
        }
        for parameter in result.uncertainty {
            facts.append(("Drawn per replication", "\(parameter.path) ~ \(parameter.distribution)"
                          + (parameter.wholeNumbers ? ", rounded to whole numbers" : "")))
        }
        return [.html("h2", ["id": "study"], [.text("The study")]), HTMLPage.facts(facts)]
    }

    /// The recommendation and, when one ran, the refinement, in sentences.
    var recommendationSection: [MarkupNode] {
        var nodes: [MarkupNode] = [.html("h2", ["id": "recommendation"], [.text("Recommendation")]),
                                   .html("p", [:], [.html("strong", [:], [.text(result.recommendation.message)])])]
        if let rounding = result.rounding {
            nodes.append(.html("p", [:], [.text(rounding.message + ".")]))
        }
        if let refinement = result.refinement {
            nodes.append(.html("p", [:], [.text("Refinement: " + refinement.message + ".")]))
        }
        return nodes
    }

    /// Every evaluated point, the recommended row in bold.
    var pointsSection: [MarkupNode] {
        let (header, rows) = result.cells
        let tableRows = rows.enumerated().map { index, row in
            row.map { HTMLTable.Cell($0, strong: result.recommendation.point == index) }
        }
        var table = HTMLTable(header: header, rows: tableRows, textColumns: Set(result.axes.indices),
                              caption: "Means over replications with 95% intervals; Δ vs recommended is paired by replication."
                                  + (result.legend.isEmpty ? "" : " " + result.legend.replacingOccurrences(
                                      of: "← the recommended point", with: "← the recommended point, in bold") + "."))
        table.breaksBeforeIntervals = true
        return [.html("h2", ["id": "points"], [.text("Points")]), table.node]
    }
}
