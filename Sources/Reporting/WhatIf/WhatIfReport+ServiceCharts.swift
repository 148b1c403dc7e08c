import WhatIf

extension WhatIfReport {
    /// Stockout probability (Wilson band) and fill rate against the value, with the lines of
    /// constraints on either.
    var serviceChart: LineChart {
        let points = pointsByValue
        let measures: Set<String> = ["fill_rate", "stockout_probability"]
        return LineChart(
            title: "Stockouts and fill rate against \(valueAxis.title.lowercasedFirstWord)",
            subtitle: "shares over \(result.replications) replications",
            description: "P(stockout) is the share of replications with a period of unmet demand, with its Wilson 95% "
                + "interval; fill rate is the mean share of demand served at once." + constraintSentence(measures),
            xAxis: valueAxis, yAxis: .linear("share", unit: "0–1", includesZero: true),
            series: [
                LineChart.Series(name: "P(stockout)", points: Self.means(points, \.stockoutProbability), style: 1, showsMarkers: true),
                LineChart.Series(name: "fill rate", points: Self.means(points, \.fillRate), style: 0, showsMarkers: true),
            ] + constraintLines(measures),
            bands: [LineChart.Band(name: "P(stockout) 95% interval", points: Self.band(points, \.stockoutProbability), style: 1)],
            events: recommendedEvent,
            marks: Self.refinedMarks(points, style: 1) { $0.stockoutProbability.mean })
    }

    /// Units left over at the end and units of demand lost, with their 95% bands and the lines
    /// of constraints on either: the stock a value leaves behind against the sales it misses.
    var stockChart: LineChart {
        let points = pointsByValue
        let measures: Set<String> = ["leftover_units", "lost_units"]
        return LineChart(
            title: "Leftover and lost units against \(valueAxis.title.lowercasedFirstWord)",
            subtitle: "means with 95% intervals over \(result.replications) replications",
            description: "Leftover: units salvaged at the end of life or horizon; lost: units of demand that met an empty shelf."
                + constraintSentence(measures),
            xAxis: valueAxis, yAxis: .linear("units", unit: "units", includesZero: true),
            series: [
                LineChart.Series(name: "leftover", points: Self.means(points, \.leftoverUnits), style: 2, showsMarkers: true),
                LineChart.Series(name: "lost", points: Self.means(points, \.lostUnits), style: 1, showsMarkers: true),
            ] + constraintLines(measures),
            bands: [LineChart.Band(name: "leftover 95% interval", points: Self.band(points, \.leftoverUnits), style: 2),
                    LineChart.Band(name: "lost 95% interval", points: Self.band(points, \.lostUnits), style: 1)],
            events: recommendedEvent)
    }

    /// A constrained measure the other charts do not show, with its band and constraint lines.
    func measureChart(_ measure: String) -> LineChart {
        let points = pointsByValue
        return LineChart(
            title: "\(measure) against \(valueAxis.title.lowercasedFirstWord)",
            subtitle: "mean with 95% interval over \(result.replications) replications",
            description: "The constrained measure \(measure) at each swept value." + constraintSentence([measure]),
            xAxis: valueAxis, yAxis: .linear(measure),
            series: [LineChart.Series(name: measure, points: Self.means(points) { $0.measures[measure] }, style: 0, showsMarkers: true)]
                + constraintLines([measure]),
            bands: [LineChart.Band(name: "95% interval", points: Self.band(points) { $0.measures[measure] }, style: 0)],
            events: recommendedEvent)
    }

    /// The charts of a one-field sweep.
    var lineChartSection: [MarkupNode] {
        let refined = result.points.contains { $0.source == .refinement } ? " Hollow diamonds: values found by the refinement." : ""
        var nodes: [MarkupNode] = [.html("h2", ["id": "charts"], [.text("Against the varied value")]),
                                   HTMLPage.figure(profitChart, caption: "Shaded: the 95% interval of the mean." + refined)]
        if let differenceChart {
            nodes.append(HTMLPage.figure(differenceChart, caption: "Shaded: the paired 95% interval, narrower than the profit's own "
                + "because every value faced the same replications. Hollow circles: values within noise of the recommendation."))
        }
        nodes.append(HTMLPage.figure(serviceChart, caption: "Shaded: the Wilson 95% interval of P(stockout)."))
        nodes.append(HTMLPage.figure(stockChart, caption: "Shaded: the 95% intervals of the means."))
        for measure in result.measures {
            nodes.append(HTMLPage.figure(measureChart(measure), caption: "Shaded: the 95% interval of the mean."))
        }
        return nodes
    }
}
