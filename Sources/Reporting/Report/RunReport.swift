import Backtest

/// `report.html` of a run folder: a self-contained page for planners, drawn from
/// `summary.json` (``BacktestReport``) and `report-data.json` (``ReportData``) alone, so that
/// `sellthrough report RUN_DIR` draws the same bytes as `sellthrough run` did.
///
/// Sections: at a glance (what to pick and why, first); the scenario; the strategies ranked with
/// intervals, profit and its difference from the baseline as interval charts, and the spread of
/// profit over replications; service against inventory (the Pareto frontier, dominated
/// strategies named); then, for each product kept in the report data, its demand, stock and
/// forecast in the shown replication (``ReportData/replication``, named on the page). Every name from the scenario reaches the page only as escaped text
/// (``MarkupNode``); the page has no scripts and loads nothing (``HTMLPage``). Deterministic.
public struct RunReport: Sendable {
    /// The file's name in a run folder.
    public static let fileName = "report.html"

    public var summary: BacktestReport
    public var data: ReportData
    /// The strategies the product sections follow, by name, as the reader chose them; empty:
    /// the best, the baseline and a contrast (``ShownStrategies``). Set through ``follow(_:)``.
    public private(set) var followed: [String] = []

    public init(summary: BacktestReport, data: ReportData) {
        self.summary = summary
        self.data = data
    }

    /// Makes the product sections follow the strategies `names` mean (exact names, or with a
    /// plain x for “×”), in that order.
    /// - Throws: ``FollowError`` for a name that means no strategy of the run, one given twice,
    ///   or more than ``ShownStrategies/chosenLimit`` names.
    public mutating func follow(_ names: [String]) throws(FollowError) {
        let all = summary.strategies.map(\.name)
        guard names.count <= ShownStrategies.chosenLimit else {
            throw FollowError("\(names.count) strategies given; a stock chart stays readable with at most "
                              + "\(ShownStrategies.chosenLimit)")
        }
        var resolved: [String] = []
        for name in names {
            guard let strategy = ShownStrategies.resolve(name, among: all) else {
                throw FollowError("no strategy of this run is called that; the strategies are: "
                                  + all.map { "'\($0)'" }.joined(separator: ", "), name: name)
            }
            guard !resolved.contains(strategy) else { throw FollowError("\(strategy) is given twice", name: name) }
            resolved.append(strategy)
        }
        followed = resolved
    }

    /// The page as HTML text.
    public var html: String { page.rendered }

    /// The page.
    public var page: HTMLPage {
        let calendar = ReportCalendar(data.scenario)
        var body: [MarkupNode] = header
        body += (summary.warnings ?? []).map { HTMLPage.warning("validating the scenario warned: " + $0) }
        body += glanceSection
        body += contents
        body += scenarioSection(calendar)
        body += comparisonSection
        body += spreadSection
        body += frontierSection
        body += productsSection(calendar)
        body.append(.html("p", ["class": "note"], [.text(
            "Made by sellthrough \(data.version). Every figure is defined in docs/comparisons.md of the sellthrough "
                + "repository; summary.md beside this page lists the same comparison as text.")]))
        return HTMLPage(title: "\(summary.scenario): backtest report", body: body)
    }

    /// Title, description and links to the other files of the folder.
    var header: [MarkupNode] {
        var nodes: [MarkupNode] = [.html("h1", [:], [.text("\(summary.scenario): backtest report")])]
        if let description = data.scenario.description, !description.isEmpty {
            nodes.append(.html("p", [:], [.text(description)]))
        }
        nodes.append(HTMLPage.fileLinks(["summary.md", "summary.json", "metrics.csv"],
                                        note: " (metrics.csv unless the run wrote its summary only)."))
        return nodes
    }

    /// Links to each section and product.
    var contents: [MarkupNode] {
        var items: [MarkupNode] = [
            Self.link("At a glance", to: "glance"), Self.link("Scenario", to: "scenario"), Self.link("Strategies compared", to: "comparison"),
            Self.link("Profit over replications", to: "spread"), Self.link("Service against inventory", to: "frontier"),
        ]
        if !data.products.isEmpty {
            let products = data.products.enumerated().map { index, product in
                Self.link(product.displayName, to: Self.productAnchor(index))
            }
            items.append(.html("li", [:], [.html("a", ["href": "#products"], [.text("Products")]),
                                           .html("ol", [:], products)]))
        }
        return [.html("nav", ["aria-label": "Contents"], [.text("Contents"), .html("ol", [:], items)])]
    }

    /// What to pick and why, set apart, then the rest of the comparison in a few sentences
    /// (``BacktestReport/atAGlance``) and which replication the product charts show.
    var glanceSection: [MarkupNode] {
        let why = summary.recommendation.why
        let rest = Array(summary.atAGlance.dropFirst(why.count))
        let title = summary.recommendation.strategy.map { "Recommendation: \($0)" } ?? "No recommendation"
        var items = rest.map { MarkupNode.html("li", [:], [.text($0)]) }
        if !data.products.isEmpty { items.append(.html("li", [:], [.text(shownReplicationSentence)])) }
        return [.html("h2", ["id": "glance"], [.text("At a glance")]),
                .html("div", ["class": "decision", "role": "note"],
                      [.html("p", [:], [.html("strong", [:], [.text(title)])])] + why.map { .html("p", [:], [.text($0)]) }),
                .html("ul", [:], items)]
    }

    /// Which replication the product charts follow and why, numbered as in `metrics.csv`.
    var shownReplicationSentence: String {
        let range = "numbered 0 to \(summary.replications - 1) as in metrics.csv"
        guard let strategy = data.medianProfitOf else {
            return "The product charts below follow replication \(data.replication) (\(range)), as chosen."
        }
        return "The product charts below follow replication \(data.replication) (\(range)): a typical one, where \(strategy) "
            + "made its median profit."
    }

    static func link(_ text: String, to anchor: String) -> MarkupNode {
        .html("li", [:], [.html("a", ["href": "#" + anchor], [.text(text)])])
    }

    /// The anchor of the product at `index` (an index, never a name: names may hold anything).
    static func productAnchor(_ index: Int) -> String { "product-\(index + 1)" }
}
