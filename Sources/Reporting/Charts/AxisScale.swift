/// An axis resolved for drawing: the value range it spans, its ticks with their labels, and the
/// map from values to pixels.
///
/// Invariant: `lower < upper`; every tick lies within `lower…upper`.
struct AxisScale: Sendable {
    var lower: Double
    var upper: Double
    var ticks: [(value: Double, label: String)]
    /// The pixel `lower` maps to (the left or the bottom) and the pixel `upper` maps to.
    var pixelStart: Double
    var pixelEnd: Double

    /// The pixel of `value` (linear; values outside the range land outside the pixels).
    func position(_ value: Double) -> Double {
        pixelStart + (value - lower) / (upper - lower) * (pixelEnd - pixelStart)
    }

    /// `position` clamped to the axis's pixels.
    func clampedPosition(_ value: Double) -> Double {
        let (low, high) = (min(pixelStart, pixelEnd), max(pixelStart, pixelEnd))
        return min(max(position(value), low), high)
    }

    /// The widest tick label in pixels at `fontSize`.
    func widestLabel(fontSize: Double) -> Double {
        ticks.map { TextWidth.of($0.label, fontSize: fontSize) }.max() ?? 0
    }

    /// A numeric axis over `low…high`. With `nice` the range is widened to the outer ticks
    /// (value axes: the grid frames the data); without, it is exactly the data's and ticks
    /// fall inside it. `maxTicks` bounds the tick count.
    static func linear(_ low: Double, _ high: Double, includesZero: Bool, nice: Bool, pixelStart: Double, pixelEnd: Double,
                       maxTicks: Int) -> AxisScale {
        var (low, high) = low.isFinite && high.isFinite && low <= high ? (low, high) : (0, 1)
        if includesZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if low == high {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            (low, high) = (low - pad, high + pad)
        }
        let ticks = NiceTicks(covering: low, high, maxTicks: maxTicks)
        let labelled = zip(ticks.values, ticks.labels).map { (value: $0, label: $1) }
        if nice {
            return AxisScale(lower: ticks.lower, upper: ticks.upper, ticks: labelled, pixelStart: pixelStart, pixelEnd: pixelEnd)
        }
        let tolerance = (high - low) * 1e-9
        let inside = labelled.filter { $0.value >= low - tolerance && $0.value <= high + tolerance }
        // Coarse steps can leave a single tick inside the exact range (−4,600…2,400 ticked
        // at 5,000s keeps only 0): then take a finer step, and every other of its ticks (those
        // in step with 0, or with the first) when it gives more than `maxTicks`.
        if inside.count < 2 && maxTicks >= 2 && maxTicks < 64 {
            var finer = linear(low, high, includesZero: false, nice: false, pixelStart: pixelStart, pixelEnd: pixelEnd,
                               maxTicks: maxTicks * 2)
            if finer.ticks.count > maxTicks {
                let anchor = finer.ticks.firstIndex { $0.value == 0 } ?? 0
                finer.ticks = finer.ticks.enumerated().filter { ($0.offset - anchor) % 2 == 0 }.map(\.element)
            }
            if finer.ticks.count >= 2 && finer.ticks.count <= maxTicks { return finer }
        }
        return AxisScale(lower: low, upper: high, ticks: inside, pixelStart: pixelStart, pixelEnd: pixelEnd)
    }

    /// An axis of whole periods `first…last` labelled by `label`, ticked at the first step (in
    /// periods) whose labels, at `fontSize`, leave at least 12 px between neighbours: the
    /// `steps` given, then 1-2-5 multiples beyond them.
    static func periods(_ first: Int, _ last: Int, steps: [Int], label: (Int) -> String, pixelStart: Double, pixelEnd: Double,
                        fontSize: Double) -> AxisScale {
        let (first, last) = (min(first, last), max(first, last))
        let lower = first == last ? Double(first) - 0.5 : Double(first)
        let upper = first == last ? Double(last) + 0.5 : Double(last)
        let perPeriod = abs(pixelEnd - pixelStart) / (upper - lower)
        for step in candidateSteps(steps, span: last - first) {
            // More ticks than a third of the pixels cannot be legible: skip without labelling.
            guard (last - first) / step <= Int(abs(pixelEnd - pixelStart) / 3) + 1 else { continue }
            let start = Int((Double(first) / Double(step)).rounded(.up)) * step
            let values = Array(stride(from: start, through: last, by: step))
            let labels = values.map(label)
            let widest = labels.map { TextWidth.of($0, fontSize: fontSize) }.max() ?? 0
            if Double(step) * perPeriod >= widest + 12 || values.count <= 1 {
                return AxisScale(lower: lower, upper: upper, ticks: zip(values, labels).map { (value: Double($0), label: $1) },
                                 pixelStart: pixelStart, pixelEnd: pixelEnd)
            }
        }
        return AxisScale(lower: lower, upper: upper, ticks: [(Double(first), label(first))], pixelStart: pixelStart, pixelEnd: pixelEnd)
    }

    /// `steps` (positive, ascending), then 1, 2, 5, 10, … beyond the largest, up to the span.
    static func candidateSteps(_ steps: [Int], span: Int) -> [Int] {
        let given = steps.filter { $0 > 0 }.sorted()
        var ladder: [Int] = []
        var power = 1
        while power <= max(span, 1) * 10 {
            for mantissa in [1, 2, 5] where mantissa * power > (given.last ?? 0) {
                ladder.append(mantissa * power)
            }
            power *= 10
        }
        return given + ladder
    }
}
