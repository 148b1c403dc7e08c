import Calibration

extension FidelityReport {
    /// Rows of the worst-covered products table.
    static let worstRows = 20

    /// `fidelity.md`.
    public var markdown: String {
        var lines = ["# \(MarkdownText.escape(scenario)): fidelity of the calibration", ""]
        lines += facts.map { "- **\($0.term):** \(MarkdownText.escape($0.detail))" }
        lines += ["", "## The catalogue, real against simulated", ""]
        lines += BacktestReport.markdownTable(header: Self.statisticHeader, rows: statisticRows)
        lines += ["", Self.distanceNote, "", "## What the simulator cannot reproduce", ""]
        let found = findings
        lines += found.isEmpty ? ["- In this comparison no statistic differs materially (" + Self.materialityRule + ")."]
            : found.map { "- " + MarkdownText.escape($0) }
        lines += ["", "Limits of the market model, true of every calibration:", ""]
        lines += Self.modelLimits.map { "- " + $0 }
        lines += ["", "## Products the band fits worst", ""]
        lines += BacktestReport.markdownTable(header: ["product", "periods in band", "fit", "notes"], rows: worstRowsText.map {
            $0.map(MarkdownText.escape)
        })
        let noted = notedProducts
        lines += ["", "## Fits that fell back or were warned (\(noted.count) of \(products.count))", ""]
        lines += noted.isEmpty ? ["None: every product was fitted from its own history."]
            : BacktestReport.markdownTable(header: ["product", "notes"], rows: noted.map {
                [MarkdownText.escape($0.id), MarkdownText.escape($0.notes.joined(separator: "; "))]
            })
        lines += ["", "Made by sellthrough \(version)."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// What was compared, as (term, detail) pairs.
    var facts: [(term: String, detail: String)] {
        let summary = result.summary
        return [
            ("History", historyFile),
            ("Fitted scenario", scenarioFile),
            ("Products", "\(summary.products)"),
            ("Replications", "\(summary.replications) of the fitted scenario, seed \(seed), demand unconstrained by stock"),
            ("Periods", "\(summary.periods / max(summary.products, 1)) per product from \(calendar.date(of: 0)) (\(calendar.frequency.periodName)s)"),
            ("Inside the 10–90% band", summary.bandCoverage.map {
                "\(Self.percent($0)) of real periods (80% for a faithful simulation)"
            } ?? "no periods"),
        ]
    }

    static let statisticHeader = ["statistic", "real median", "simulated median", "KS D", "KS p", "W1 / real IQR", "undefined (real, simulated)"]

    /// One row per statistic, in the summary's order.
    var statisticRows: [[String]] {
        result.summary.statistics.map { comparison in
            [Self.label(comparison.statistic),
             comparison.realMedian.map(Self.number) ?? "-",
             comparison.simulatedMedian.map(Self.number) ?? "-",
             comparison.ksStatistic.map(Self.number) ?? "-",
             comparison.ksPValue.map(Self.pValue) ?? "-",
             comparison.wassersteinOverIQR.map(Self.number) ?? "-",
             "\(comparison.realUndefined), \(comparison.simulatedUndefined)"]
        }
    }

    static let materialityRule = "a difference is named when the KS p-value is below 0.01 and the Wasserstein-1 "
        + "distance is at least a quarter of the real interquartile range"

    static let distanceNote = "Each statistic is computed per series: once per real product, and once per product and "
        + "replication. KS D is the largest gap between the two empirical distributions (p from the asymptotic "
        + "two-sample test); W1 / real IQR is the Wasserstein-1 distance in units of the real spread. Undefined values "
        + "(a series with no demand has no CV²) are left out and counted. In the next section, " + materialityRule + "."

    /// The worst-covered products: id, periods in band, fit, notes.
    var worstRowsText: [[String]] {
        worstCovered.prefix(Self.worstRows).map { index in
            let band = result.bands[index]
            let coverage = band.coverage.map { "\(band.periodsInside) of \(band.lower.count) (\(Self.percent($0)))" } ?? "-"
            return [products[index].id, coverage, products[index].fit, products[index].notes.joined(separator: "; ")]
        }
    }
}
