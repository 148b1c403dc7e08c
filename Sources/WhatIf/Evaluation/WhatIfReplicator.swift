import Backtest
import GSL
import Scenario

/// Builds and runs one replication of a prepared what-if point; holds only values, so child
/// tasks can use it.
struct WhatIfReplicator: Sendable {
    let seed: UInt64
    let replications: Int
    let strategy: WhatIfStrategy
    let focus: Set<String>?

    /// Replication `replication` alone, on one thread: the strategy's figures, over the focused
    /// products (or its whole catalogue).
    func run(_ point: WhatIfEvaluator.PreparedPoint, replication: Int) async throws(WhatIfError) -> [Metric: Double] {
        let plan = try self.plan(for: point, replication: replication)
        let products = plan.blueprint.model.products
        let positions = focus.map { ids in Set(products.indices.filter { ids.contains(products[$0].id) }) }
        var sink = FiguresSink(focus: positions)
        do {
            _ = try await Backtester.run(plan, replications: replication..<(replication + 1), threads: 1, into: &sink)
        } catch {
            throw WhatIfError(.scenario, "\(point.document.file): replication \(replication): \(error)")
        }
        return sink.figures
    }

    /// The plan of one replication at a prepared point: the shared one, or one built on this
    /// replication's draws of the uncertain parameters, written into the point's scenario.
    func plan(for point: WhatIfEvaluator.PreparedPoint, replication: Int) throws(WhatIfError) -> BacktestPlan {
        if let plan = point.plan { return plan }
        let values = try draws(for: point, replication: replication)
        var document = ScenarioDocument(point.document)
        for (draw, value) in zip(point.draws, values) {
            do {
                try document.set(draw.parameter.path, to: value)
            } catch {
                throw WhatIfError(.scenario, "replication \(replication): uncertainty \(draw.parameter.path): \(error.message)",
                                  hint: error.hint)
            }
        }
        document.remove(section: "uncertainty")
        let spec: ScenarioSpec
        do {
            spec = try document.decoded()
        } catch {
            let drawn = zip(point.draws, values).map { "\($0.parameter.path) = \(ScenarioDocument.text($1))" }
            throw WhatIfError(.scenario, "replication \(replication) drew \(drawn.joined(separator: ", ")), "
                                + "which makes the scenario invalid; give the uncertainty section distributions that cannot "
                                + "draw such values (lognormal or gamma for sizes, truncated_normal with bounds, uniform "
                                + "within the allowed range):\n\(error)")
        }
        return try makePlan(spec, file: document.file)
    }

    /// Replication `replication`'s values of the point's uncertain parameters, in the section's
    /// order: each the first draw of its own stream, keyed (seed, replication, path, `launch`),
    /// so they do not depend on the point, on the other parameters or on the thread; rounded for
    /// fields of whole numbers.
    func draws(for point: WhatIfEvaluator.PreparedPoint, replication: Int) throws(WhatIfError) -> [Double] {
        var values: [Double] = []
        for draw in point.draws {
            let key = StreamKey(scenarioSeed: seed, replication: replication, product: draw.parameter.path.description,
                                purpose: .launch)
            let stream: RandomStream
            do {
                stream = try RandomStream(generator: point.generator, key: key)
            } catch {
                throw WhatIfError(.scenario, "\(point.document.file): \(error)")
            }
            let value = draw.sampler.sample(stream)
            values.append(draw.wholeNumber ? value.rounded() : value)
        }
        return values
    }

    /// The backtest of the swept strategy alone, without the oracle (no regret is reported).
    func makePlan(_ spec: ScenarioSpec, file: String) throws(WhatIfError) -> BacktestPlan {
        do {
            return try strategy.narrowing(spec).backtestPlan(seed: seed, replications: replications, runsOracle: false)
        } catch {
            throw WhatIfError(.scenario, "\(file): \(error)")
        }
    }
}

/// Keeps the figures of the one strategy of a one-replication backtest: its catalogue-wide
/// totals, or, with a focus, the totals of the focused products alone (summed in product order).
private struct FiguresSink: BacktestSink {
    /// Positions of the products kept; nil: all.
    let focus: Set<Int>?
    var figures: [Metric: Double] = [:]
    private var focused = Tally()

    init(focus: Set<Int>?) {
        self.focus = focus
    }

    mutating func record(_ outcome: ProductOutcome) {
        if let focus, focus.contains(outcome.product) { focused.add(outcome.card.total) }
    }

    mutating func finishReplication(_ outcome: ReplicationOutcome) {
        guard focus != nil else {
            figures = outcome.strategies.first?.total ?? [:]
            return
        }
        figures = Dictionary(uniqueKeysWithValues: Metric.allCases.filter { $0.applies(to: focused, oracleProfit: nil) }
            .map { ($0, $0.value(focused)) })
    }
}
