extension RunReport {
    /// One section per product kept in the report data.
    func productsSection(_ calendar: ReportCalendar?) -> [MarkupNode] {
        guard !data.products.isEmpty else { return [] }
        let shownCount = data.products.count
        let total = data.scenario.productCount
        let strategies = ShownStrategies(summary, chosen: followed)
        var intro = "What happened in one replication, period by period: replication \(data.replication) of the "
            + "\(summary.replications) (numbered from 0 as in metrics.csv), "
            + (data.medianProfitOf.map { "a typical one, where \($0) made its median profit. " } ?? "as chosen. ")
        intro += shownCount < total ? "The report follows the first \(shownCount) of the \(total) products. " : ""
        intro += "Strategies followed: " + strategies.choices.map { "\($0.name) (\($0.role))" }.joined(separator: "; ") + "."
        var nodes: [MarkupNode] = [.html("h2", ["id": "products"], [.text("Products")]), .html("p", [:], [.text(intro)])]
        for (index, product) in data.products.enumerated() {
            nodes += productSection(product, index: index, calendar: calendar, strategies: strategies)
        }
        return nodes
    }

    func productSection(_ product: ProductTrace, index: Int, calendar: ReportCalendar?, strategies: ShownStrategies) -> [MarkupNode] {
        var nodes: [MarkupNode] = [.html("h3", ["id": Self.productAnchor(index)], [.text(product.displayName)])]
        var facts: [String] = []
        if let category = product.category, !category.isEmpty { facts.append(category) }
        facts.append("list price \(ChartNumber.grouped(product.listPrice, decimals: 2))")
        facts.append("unit cost \(ChartNumber.grouped(product.unitCost, decimals: 2))")
        if product.liveEnd > product.liveStart, let calendar {
            facts.append("on sale \(calendar.longLabel(product.liveStart)) to \(calendar.longLabel(product.liveEnd - 1))")
        }
        nodes.append(.html("p", ["class": "meta"], [.text(facts.joined(separator: " · "))]))
        if !product.events.isEmpty {
            nodes.append(.html("ul", ["class": "events", "aria-label": "Events"], product.events.map { event in
                .html("li", [:], [.text("\(event.name) (\(event.kind), \(Self.span(event, calendar)))"
                                        + (event.detail.isEmpty ? "" : ": \(event.detail)"))])
            }))
        }
        guard let charts = productCharts(product, calendar: calendar, strategies: strategies),
              let best = strategies.best(in: product) else {
            nodes.append(.html("p", ["class": "note"], [.text("No strategy manages this product, or it is not on sale within the horizon.")]))
            return nodes
        }
        let lostPeriods = best.trace.lost.filter { $0 > 0 }.count
        nodes.append(HTMLPage.figure(charts.demand(best.trace, role: best.role), caption:
            "Shaded backgrounds are the lifecycle phases; dashed vertical lines mark events. "
                + (lostPeriods == 0 ? "Under \(best.trace.strategy) no demand was lost."
                   : "Under \(best.trace.strategy) demand was lost in \(lostPeriods) of \(best.trace.count) \(calendar?.unit ?? "period")s"
                     + (lostPeriods <= ProductCharts.markLimit ? " (marked ×)." : "."))))
        nodes.append(HTMLPage.figure(charts.inventory(), caption: inventoryCaption(charts)))
        // The first strategy followed that has a forecaster: a policy that reads no forecast has none to draw.
        if let forecasting = charts.shown.first(where: { $0.trace.forecast != nil }) {
            var forecastCaption = "The band is the forecaster's central 80% prediction interval (its 10% and 90% quantiles)."
            if let coverage = ProductCharts.coverage(forecasting.trace) {
                forecastCaption += " Realised demand fell inside it in \(ChartNumber.fixed(coverage.share * 100, decimals: 0))% of "
                    + "\(coverage.periods) \(calendar?.unit ?? "period")s; a well-calibrated interval holds about 80%."
            }
            nodes.append(HTMLPage.figure(charts.forecast(forecasting.trace), caption: forecastCaption))
        } else {
            nodes.append(.html("p", ["class": "note"], [.text(
                "No forecast chart: " + charts.shown.map(\.trace.strategy).joined(separator: ", ")
                    + (charts.shown.count == 1 ? " reads" : " read") + " no forecast (the policy orders from stock alone).")]))
        }
        nodes.append(outcomeTable(charts.shown).node)
        return nodes
    }

    /// The charts of `product`, following the strategies of `strategies` that manage it; nil
    /// when none does or the product has no live period.
    func productCharts(_ product: ProductTrace, calendar: ReportCalendar?, strategies: ShownStrategies) -> ProductCharts? {
        guard let best = strategies.best(in: product), best.trace.count > 0 else { return nil }
        let shown = strategies.choices.compactMap { choice in product.trace(choice.name).map { ($0, choice.role) } }
        return ProductCharts(product: product, calendar: calendar, shown: shown.isEmpty ? [best] : shown,
                             replication: data.replication, replications: summary.replications)
    }

    func inventoryCaption(_ charts: ProductCharts) -> String {
        var text = "Lines: " + charts.shown.map { "\($0.trace.strategy) (\($0.role))" }.joined(separator: "; ")
            + ". ▼ order placed, △ arrival (the first is the launch stock)."
        let dense = charts.shown.filter { ProductCharts.ordersTooOften($0.trace) }
        if !dense.isEmpty {
            text += " Orders are not marked for " + dense.map(\.trace.strategy).joined(separator: "; ")
                + " (orders or arrivals in more than \(ProductCharts.markLimit) \(charts.calendar?.unit ?? "period")s); "
                + "the table below counts the orders."
        }
        return text
    }

    /// Totals of the shown replication for the shown strategies.
    func outcomeTable(_ shown: [(trace: StrategyTrace, role: String)]) -> HTMLTable {
        let rows = shown.map { trace, role -> [HTMLTable.Cell] in
            let demand = trace.demand.reduce(0, +)
            let meanOnHand = trace.count > 0 ? Double(trace.onHand.reduce(0, +)) / Double(trace.count) : 0
            return [HTMLTable.Cell(trace.strategy), HTMLTable.Cell(role), HTMLTable.Cell(ChartNumber.grouped(Double(demand), decimals: 0)),
                    HTMLTable.Cell(ChartNumber.grouped(Double(trace.sold.reduce(0, +)), decimals: 0)),
                    HTMLTable.Cell(ChartNumber.grouped(Double(trace.lost.reduce(0, +)), decimals: 0)),
                    HTMLTable.Cell(String(trace.ordered.filter { $0 > 0 }.count)),
                    HTMLTable.Cell(ChartNumber.grouped(Double(trace.ordered.reduce(0, +)), decimals: 0)),
                    HTMLTable.Cell(ChartNumber.grouped(meanOnHand, decimals: 1))]
        }
        let demands = Set(shown.map { $0.trace.demand.reduce(0, +) })
        let caption = "This product in replication \(data.replication) (units)" + (demands.count > 1
            ? "; demand differs between strategies because lost sales drive customers away or slow word of mouth" : "")
        return HTMLTable(header: ["strategy", "followed as", "demand", "sold", "lost", "orders", "units ordered", "mean on hand"],
                         rows: rows, textColumns: [0, 1], caption: caption)
    }

    /// "3 Apr 2026 to 5 Apr 2026", "from 3 Apr 2026", or period numbers without a calendar.
    static func span(_ event: ReportEvent, _ calendar: ReportCalendar?) -> String {
        let label: (Int) -> String = { period in calendar?.longLabel(period) ?? "period \(period)" }
        guard let last = event.last else { return "from \(label(event.first))" }
        return last == event.first ? label(event.first) : "\(label(event.first)) to \(label(last))"
    }
}
