import Backtest
import GSL
import Scenario
import TaskPool

/// Runs the swept strategy at what-if points: for each point, the scenario with the varied
/// fields set, every replication of the closed loop, and the strategy's figures in each.
///
/// Common random numbers: replication r of every point faces the same demand and lead-time
/// uniforms (the market's streams depend on seed, replication, product and purpose, never on
/// the varied values) and the same draws of the uncertain parameters — each path has its own
/// stream, keyed (seed, r, path, `launch`). Differences between points are therefore the
/// points' own, not noise.
///
/// Each point is decoded once here, in order, just before its first replication starts, so a
/// value the scenario cannot take stops the sweep: no later replication starts. Replications
/// run on up to `threads` workers of an ``OrderedTaskPool``; with an uncertainty section each
/// worker also writes its draws into the scenario, decodes it and builds its backtest (decoding
/// is most of the cost of a short replication, and this spreads it over every core). Figures
/// are stored by (point, replication), and the error thrown is the first in that order, so the
/// outcome is the same whatever the thread count.
struct WhatIfEvaluator {
    /// The scenario as read (the varied values and draws are set on copies).
    let document: ScenarioDocument
    /// The varied fields, in the order they are varied.
    let paths: [ScenarioFieldPath]
    let strategy: WhatIfStrategy
    let seed: UInt64
    /// Replications 0..<replications are run at every point.
    let replications: Int
    /// Concurrent replications (≥ 1).
    let threads: Int
    /// The drawn fields that take whole numbers; their draws are rounded to the nearest.
    let wholeNumbers: Set<ScenarioFieldPath>
    /// The catalogue ids whose figures are kept (summed); nil: the strategy's whole catalogue.
    let focus: Set<String>?

    /// A point made ready to run: its scenario checked, as values a child task can take, with
    /// its samplers, and its plan when nothing is drawn per replication.
    struct PreparedPoint: Sendable {
        var values: [Double]
        var document: PortableDocument
        /// The point's scenario's GSL generator, for the launch streams.
        var generator: String
        var draws: [Draw]
        /// The plan shared by every replication; nil when the scenario draws parameters.
        var plan: BacktestPlan?
    }

    /// An uncertain parameter ready to draw.
    struct Draw: Sendable {
        var parameter: UncertainParameter
        var sampler: DistributionSampler
        var wholeNumber: Bool
    }

    /// What builds and runs one replication of a prepared point, in any task.
    var replicator: WhatIfReplicator {
        WhatIfReplicator(seed: seed, replications: replications, strategy: strategy, focus: focus)
    }

    /// The figures of every replication at each of `points` (one value per varied field), in order.
    /// - Parameter progress: called in this task with the number of replications finished.
    /// - Throws: ``WhatIfError`` when a point's values, or a replication's draws, make the
    ///   scenario invalid, or when the backtest fails.
    func evaluate(_ points: [[Double]], progress: (Int) -> Void = { _ in }) async throws(WhatIfError) -> [PointOutcome] {
        var figures = Array(repeating: Array(repeating: [Metric: Double](), count: replications), count: points.count)
        let replications = self.replications
        let replicator = self.replicator
        var current: (index: Int, point: PreparedPoint)?
        try await OrderedTaskPool(workers: threads).run(points.count * replications) { item throws(WhatIfError) in
            let index = item / replications
            let point: PreparedPoint
            if let current, current.index == index {
                point = current.point
            } else {
                point = try prepare(points[index])
                current = (index, point)
            }
            return Replication(point: point, replication: item % replications)
        } work: { job throws(WhatIfError) in
            try await replicator.run(job.point, replication: job.replication)
        } deliver: { item, replicationFigures throws(WhatIfError) in
            figures[item / replications][item % replications] = replicationFigures
            progress(item + 1)
        }
        return zip(points, figures).map { PointOutcome(values: $0, replications: $1) }
    }

    /// One replication of a prepared point, handed to a worker.
    private struct Replication: Sendable {
        var point: PreparedPoint
        var replication: Int
    }

    /// The point's scenario, decoded and checked, with its samplers or its plan.
    func prepare(_ values: [Double]) throws(WhatIfError) -> PreparedPoint {
        var document = self.document
        for (path, value) in zip(paths, values) {
            do {
                try document.set(path, to: value)
            } catch {
                throw WhatIfError(error)
            }
        }
        let spec: ScenarioSpec
        do {
            spec = try document.decoded()
        } catch {
            throw WhatIfError(.request, "makes the scenario invalid; sweep values the field can take:\n\(error)",
                              subject: .sweep(label(values)))
        }
        var draws: [Draw] = []
        for (index, parameter) in spec.uncertainty.enumerated() {
            do {
                draws.append(Draw(parameter: parameter, sampler: try parameter.distribution.makeSampler(),
                                  wholeNumber: wholeNumbers.contains(parameter.path)))
            } catch {
                throw WhatIfError(.scenario, "\(document.file): uncertainty[\(index)]: \(error)")
            }
        }
        let plan = draws.isEmpty ? try replicator.makePlan(spec, file: document.file) : nil
        return PreparedPoint(values: values, document: document.portable, generator: spec.generator, draws: draws, plan: plan)
    }

    /// The plan of one replication at a prepared point (see ``WhatIfReplicator/plan(for:replication:)``).
    func plan(for point: PreparedPoint, replication: Int) throws(WhatIfError) -> BacktestPlan {
        try replicator.plan(for: point, replication: replication)
    }

    /// Replication `replication`'s draws at a prepared point (see ``WhatIfReplicator/draws(for:replication:)``).
    func draws(for point: PreparedPoint, replication: Int) throws(WhatIfError) -> [Double] {
        try replicator.draws(for: point, replication: replication)
    }

    /// `products[a].initial_stock=2000, calendar.periods=52`.
    func label(_ values: [Double]) -> String {
        zip(paths, values).map { "\($0)=\(ScenarioDocument.text($1))" }.joined(separator: ", ")
    }
}
