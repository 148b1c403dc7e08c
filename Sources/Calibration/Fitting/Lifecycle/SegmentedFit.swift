
/// The phase lifecycles of a product's live periods: for each number of phases S = 1…4, the
/// breakpoints that minimise the sum of squared residuals of S ramps (``SegmentSums``), found by
/// dynamic programming over the breakpoints.
///
/// **Cost.** Breakpoints lie on a grid of every g-th period, g = ⌈n/120⌉ (every period for up
/// to 120 live periods — two and a half years of weeks; weeks of a daily history beyond that),
/// so the work is O(S·(n/g)²) ramp fits of O(1) each, whatever the history's length. Each phase
/// covers at least ``LifecycleFitOptions/minimumPhasePeriods`` periods.
///
/// **Labels.** Phases are named in lifecycle order, each at most once (as the scenario format
/// requires): of the C(4, S) increasing assignments, the one with the fewest mismatches wins —
/// introduction and growth should rise (introduction to at most half the peak phase's mean
/// level, a half mismatch otherwise), decline should fall, maturity should hold the highest
/// mean level and be flat (|to − from| ≤ its mean level); ties go to the assignment with
/// maturity, then to the earlier labels. A product at maturity from the start that then declines
/// is two phases, maturity and decline.
///
/// **Uncertainty.** One lognormal sigma, for a factor on every level: with the breakpoints held,
/// sd(log c) = σ̂/√Σ(w·g)² at c = 1, σ̂² = SSE/(n − k).
enum SegmentedFit {
    /// The most breakpoint positions on the grid.
    static let gridLimit = 120

    /// One candidate per feasible number of phases, 1…`maximumPhases`.
    static func candidates(_ series: LiveSeries, maximumPhases: Int, minimumPeriods: Int) -> [CandidateFit] {
        let n = series.count
        let sums = SegmentSums(values: series.demand, weights: series.multiplier)
        let step = max(1, (n + gridLimit - 1) / gridLimit)
        // Boundaries: 0, step, 2·step, …, n.
        var bounds = Array(stride(from: 0, to: n, by: step))
        bounds.append(n)
        let b = bounds.count
        // best[s][k]: least squares of s phases covering [0, bounds[k]); back[s][k] the previous boundary.
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: b), count: maximumPhases + 1)
        var back = [[Int]](repeating: [Int](repeating: -1, count: b), count: maximumPhases + 1)
        best[0][0] = 0
        for s in 1...maximumPhases {
            for k in 1..<b {
                for i in 0..<k where best[s - 1][i].isFinite && bounds[k] - bounds[i] >= minimumPeriods {
                    let cost = best[s - 1][i] + sums.line(bounds[i], bounds[k]).squares
                    if cost < best[s][k] { (best[s][k], back[s][k]) = (cost, i) }
                }
            }
        }
        return (1...maximumPhases).compactMap { s in
            guard best[s][b - 1].isFinite else { return nil }
            var cuts = [b - 1]
            for level in stride(from: s, to: 0, by: -1) { cuts.append(back[level][cuts[cuts.count - 1]]) }
            let edges = cuts.reversed().map { bounds[$0] }
            let ramps = zip(edges, edges.dropFirst()).map { (start: $0, end: $1, line: sums.line($0, $1)) }
            return candidate(ramps.map { ($0.end - $0.start, $0.line.from, $0.line.to) }, series: series)
        }
    }

    /// The candidate of ramps (periods, from, to) laid end to end.
    static func candidate(_ ramps: [(periods: Int, from: Double, to: Double)], series: LiveSeries) -> CandidateFit {
        let labels = PhaseLabels.assign(ramps.map { ($0.from, $0.to) })
        let phases = zip(labels, ramps).map { FittedPhase(phase: $0, periods: $1.periods, from: $1.from, to: $1.to) }
        let baseline = phases.flatMap { phase in (0..<phase.periods).map { phase.level(at: $0) } }
        let count = 3 * phases.count - 1
        var parameters: [NamedValue] = []
        for phase in phases {
            parameters += [NamedValue("\(phase.phase.rawValue).periods", Double(phase.periods)),
                           NamedValue("\(phase.phase.rawValue).from", phase.from), NamedValue("\(phase.phase.rawValue).to", phase.to)]
        }
        let fitted = series.means(baseline).reduce(0) { $0 + $1 * $1 }
        let freedom = series.count - count
        let sigma = freedom > 0 ? (series.sumOfSquares(baseline) / Double(freedom)).squareRoot() : .nan
        let scale = ParameterUncertainty.make("level_scale", value: 1, standardError: sigma / fitted.squareRoot(),
                                              logSigma: sigma / fitted.squareRoot())
        return CandidateFit(name: "phases-\(phases.count)", model: .phases(phases), parameters: parameters,
                            lifecycleParameterCount: count, baseline: baseline, uncertainty: scale.map { [$0] })
    }
}

/// The lifecycle names of fitted ramps (see ``SegmentedFit``).
enum PhaseLabels {
    static func assign(_ ramps: [(from: Double, to: Double)]) -> [FittedPhase.Stage] {
        let means = ramps.map { ($0.from + $0.to) / 2 }
        let peak = means.indices.max { means[$0] < means[$1] } ?? 0
        var best: (cost: Double, labels: [FittedPhase.Stage])?
        for labels in increasingAssignments(ramps.count) {
            var cost = 0.0
            for (index, (label, ramp)) in zip(labels, ramps).enumerated() {
                switch label {
                case .introduction:
                    cost += ramp.to < ramp.from ? 1 : 0
                    cost += ramp.to > means[peak] / 2 ? 0.5 : 0
                case .growth: cost += ramp.to < ramp.from ? 1 : 0
                case .decline: cost += ramp.to > ramp.from ? 1 : 0
                case .maturity:
                    cost += index == peak ? 0 : 1
                    cost += abs(ramp.to - ramp.from) > means[index] ? 0.5 : 0
                }
            }
            // Ties prefer an assignment with maturity (listed first).
            if best.map({ cost < $0.cost }) ?? true { best = (cost, labels) }
        }
        return best?.labels ?? Array(FittedPhase.Stage.allCases.prefix(ramps.count))
    }

    /// Every strictly increasing choice of `count` of the four phases, those with maturity first.
    static func increasingAssignments(_ count: Int) -> [[FittedPhase.Stage]] {
        let all = FittedPhase.Stage.allCases
        var result: [[FittedPhase.Stage]] = []
        func extend(_ chosen: [FittedPhase.Stage], from index: Int) {
            if chosen.count == count { result.append(chosen); return }
            for next in index..<all.count where all.count - next >= count - chosen.count {
                extend(chosen + [all[next]], from: next + 1)
            }
        }
        extend([], from: 0)
        return result.filter { $0.contains(.maturity) } + result.filter { !$0.contains(.maturity) }
    }
}
