import Scenario

/// One field a what-if sweep varies and the values it takes, written `PATH=VALUES`.
///
/// VALUES is a list, `1000,2000,3000`, or a range `START:STOP:STEP` that runs from START by
/// STEP up to STOP, including STOP when a step lands on it (`2000:14000:2000` is seven values).
/// Values are kept in increasing order (the refinement searches between neighbours); each value
/// once. Numbers are in the field's own unit.
public struct SweepAxis: Hashable, Sendable {
    /// The field varied.
    public var path: ScenarioFieldPath
    /// Its values, increasing, distinct; at least one and at most ``maximumValues``.
    public var values: [Double]

    /// A sweep of more values than this is almost certainly a typo in a step.
    public static let maximumValues = 1000

    public init(path: ScenarioFieldPath, values: [Double]) {
        self.path = path
        self.values = values
    }

    /// Parses `PATH=VALUES`.
    /// - Throws: ``WhatIfError`` (the request's) for a missing `=`, a malformed path, a value
    ///   that is not a number, a range with a zero step or one that is empty, or too many values.
    public init(parsing text: String) throws(WhatIfError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw WhatIfError(.request, "'\(text)' has no '='",
                              hint: "write PATH=VALUES, e.g. products[earbuds-pro].initial_stock=2000:14000:2000 or …=1000,2000,3000",
                              subject: .sweep(nil))
        }
        let pathText = String(text[..<equals])
        do {
            path = try ScenarioFieldPath(parsing: pathText)
        } catch {
            throw WhatIfError(error, subject: .sweep(nil))
        }
        do {
            values = try Self.values(String(text[text.index(after: equals)...]))
        } catch {
            throw error.about(.sweep(path.description))
        }
    }

    /// The values of a list or range, increasing and distinct.
    static func values(_ text: String) throws(WhatIfError) -> [Double] {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else {
            throw WhatIfError(.request, "no values after '='", hint: "e.g. 1000,2000,3000 or 1000:8000:1000")
        }
        let values: [Double]
        if trimmed.contains(":") {
            values = try range(trimmed)
        } else {
            values = try trimmed.split(separator: ",", omittingEmptySubsequences: false).map { (item) throws(WhatIfError) in
                try number(String(item), what: "value")
            }
        }
        let sorted = values.sorted()
        for (previous, next) in zip(sorted, sorted.dropFirst()) where previous == next {
            throw WhatIfError(.request, "the value \(ScenarioDocument.text(next)) is listed twice")
        }
        guard sorted.count <= maximumValues else {
            throw WhatIfError(.request, "\(sorted.count) values; a sweep takes at most \(maximumValues)",
                              hint: "use a larger step")
        }
        return sorted
    }

    /// `START:STOP:STEP`; STOP is included when START + k·STEP lands on it (to within rounding
    /// of the decimals written). A negative step runs downwards.
    private static func range(_ text: String) throws(WhatIfError) -> [Double] {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count == 3 else {
            throw WhatIfError(.request, "the range '\(text)' needs three parts, START:STOP:STEP",
                              hint: "e.g. 2000:14000:2000")
        }
        let start = try number(pieces[0], what: "start")
        let stop = try number(pieces[1], what: "stop")
        let step = try number(pieces[2], what: "step")
        guard step != 0 else {
            throw WhatIfError(.request, "the range '\(text)' has a step of 0, so it never reaches its stop",
                              hint: "the step is the distance between values, e.g. 2000:14000:2000")
        }
        guard (stop - start) / step >= 0 else {
            let direction = step > 0 ? "starts above its stop with a positive step" : "starts below its stop with a negative step"
            throw WhatIfError(.request, "the range '\(text)' is empty: it \(direction)",
                              hint: "write START:STOP:STEP with START ≤ STOP for a positive step")
        }
        // Decimals written in start and step: values are rounded to them, so 0.1:0.3:0.1
        // gives 0.3 rather than 0.30000000000000004.
        let decimals = min(12, max(decimalPlaces(pieces[0]), decimalPlaces(pieces[2])))
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let steps = ((stop - start) / step * (1 + 1e-12)).rounded(.down)
        guard steps < Double(maximumValues) else {
            throw WhatIfError(.request, "the range '\(text)' has \(formatNumber(steps + 1)) values; a sweep takes at most \(maximumValues)",
                              hint: "use a larger step")
        }
        return (0...Int(steps)).map { index in ((start + Double(index) * step) * scale).rounded() / scale }
    }

    /// Digits after the decimal point as written (`0.25` → 2, `1e-3` → 3, `400` → 0).
    private static func decimalPlaces(_ text: String) -> Int {
        let lower = text.trimmingSpaces.lowercased()
        let mantissa = lower.split(separator: "e", maxSplits: 1).first.map(String.init) ?? lower
        let exponent = lower.split(separator: "e", maxSplits: 1).dropFirst().first.flatMap { Int($0) } ?? 0
        let fraction = mantissa.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        return max(0, fraction - exponent)
    }

    private static func number(_ text: String, what: String) throws(WhatIfError) -> Double {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else {
            throw WhatIfError(.request, "a \(what) is missing", hint: "values are numbers separated by commas, or START:STOP:STEP")
        }
        guard let value = Double(trimmed), value.isFinite else {
            throw WhatIfError(.request, "the \(what) '\(trimmed)' is not a number")
        }
        return value
    }
}
