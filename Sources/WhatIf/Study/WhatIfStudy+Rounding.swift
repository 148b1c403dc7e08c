extension WhatIfStudy {
    /// When the most profitable point meeting the constraints cannot be ordered (a launch stock
    /// that is not a whole number of case packs, or below the minimum order), evaluates its
    /// orderable neighbours along each such field — the largest orderable quantity below and
    /// the smallest above — so that the recommendation can be the best orderable point. New
    /// points are appended to `all`. Nil when nothing needed rounding.
    func roundToOrderable(_ all: inout [PointOutcome], recommender: WhatIfRecommender, axes: [WhatIfResult.Axis],
                          evaluator: WhatIfEvaluator, progress: (Stage, Int, Int) -> Void)
        async throws(WhatIfError) -> WhatIfResult.Rounding? {
        guard axes.contains(where: { $0.orderable != nil }), let best = recommender.choose(all).point else { return nil }
        let values = all[best].values
        guard !recommender.orderable(values) else { return nil }
        let choices = zip(axes, values).map { axis, value -> [Double] in
            guard let lattice = axis.orderable, !lattice.contains(value) else { return [value] }
            return Self.unique([lattice.below(value), lattice.above(value)].compactMap { $0 })
        }
        let neighbours = Self.grid(choices)
        let known = Set(all.map(\.values))
        let fresh = neighbours.filter { !known.contains($0) }
        let total = fresh.count * evaluator.replications
        all += try await evaluator.evaluate(fresh) { progress(.rounding, $0, total) }

        let constrained = zip(recommender.paths, zip(axes, values)).compactMap { path, pair -> String? in
            guard let lattice = pair.0.orderable, !lattice.contains(pair.1) else { return nil }
            return "\(path) = \(WhatIfFormat.value(pair.1)) is not a quantity of \(lattice.text)"
        }
        let listed = neighbours.map { values in
            values.count == 1 ? WhatIfFormat.value(values[0]) : "(" + values.map(WhatIfFormat.value).joined(separator: ", ") + ")"
        }
        var message = "The most profitable point cannot be ordered: " + constrained.joined(separator: " and ")
            + "; its orderable neighbour\(neighbours.count == 1 ? "" : "s") " + listed.joined(separator: " and ")
            + " \(neighbours.count == 1 ? "was" : "were") evaluated"
            + (fresh.count < neighbours.count ? " (\(neighbours.count - fresh.count) already had been)" : "")
        let choice = recommender.choose(all) { recommender.orderable($0.values) }
        if let point = choice.point {
            message += "; the recommendation is the best orderable point, \(recommender.label(all[point]))"
        } else {
            message += "; no orderable point meets the constraints"
        }
        return WhatIfResult.Rounding(from: best, evaluations: fresh.count, message: message)
    }

    /// `values` without repeats, in order.
    static func unique(_ values: [Double]) -> [Double] {
        var seen = Set<Double>()
        return values.filter { seen.insert($0).inserted }
    }
}
