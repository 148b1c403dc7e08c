import Foundation

/// Where one rolling-origin window's forecast origin (its cutoff) sits in a series, counted
/// from an anchor of that series:
///
/// - `launch+K`: K periods after the series' launch (``EvaluationSeries/launch``): the
///   forecaster has seen exactly K periods of the product's life. How a forecaster copes with
///   a launch is measured here, whatever the length of each series.
/// - `end-K`: K periods before the end of the series (cutoff = length − K), as statsforecast's
///   `cross_validation` counts its windows back from each series' last period; the default
///   windows of a plan are `end-K` origins.
///
/// Invariant: K ≥ 1, and K ≤ ``maximumOffset``; an `end-K` origin of a plan also has K ≥ the
/// horizon, so that its window ends at or before the series' last period.
public enum WindowOrigin: Sendable, Hashable, Codable, CustomStringConvertible {
    case launch(Int)
    case end(Int)

    /// The largest K accepted: a million periods (2,700 years of days), far beyond any series,
    /// small enough that no cutoff arithmetic can overflow.
    public static let maximumOffset = 1_000_000

    /// `launch+4`, `end-8`: the label in result files (the `scope` of `accuracy.csv`).
    public var description: String {
        switch self {
        case let .launch(offset): return "launch+\(offset)"
        case let .end(offset): return "end-\(offset)"
        }
    }

    /// K, periods from the anchor.
    public var offset: Int {
        switch self {
        case let .launch(offset), let .end(offset): return offset
        }
    }

    /// Whether the anchor is the launch.
    public var isLaunch: Bool {
        if case .launch = self { return true }
        return false
    }

    /// The cutoff (periods fitted on) in a series of `length` periods launched at index
    /// `launch` (nil: never launched), when the window of `horizon` periods fits inside the
    /// series and leaves at least one period to fit on; nil otherwise.
    public func cutoff(length: Int, launch: Int?, horizon: Int) -> Int? {
        let cutoff: Int
        switch self {
        case let .launch(offset):
            guard let launch else { return nil }
            cutoff = launch + offset
        case let .end(offset):
            cutoff = length - offset
        }
        guard cutoff >= 1, cutoff <= length - horizon else { return nil }
        return cutoff
    }

    /// The origin written `text` (`launch+4`, `end-8`, surrounding spaces ignored).
    /// - Throws: ``WindowOriginError`` saying what is wrong and what to write.
    public init(text: String) throws(WindowOriginError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw WindowOriginError(problem: "an origin is empty (write e.g. launch+4,launch+8)") }
        let anchors: [(name: String, sign: Character, make: (Int) -> WindowOrigin)] = [
            ("launch", "+", WindowOrigin.launch), ("end", "-", WindowOrigin.end),
        ]
        for anchor in anchors where trimmed.lowercased().hasPrefix(anchor.name) {
            let rest = trimmed.dropFirst(anchor.name.count)
            guard rest.first == anchor.sign else {
                throw WindowOriginError(problem: "'\(trimmed)': write \(anchor.name)\(anchor.sign)K with a whole number of periods K "
                                        + "(e.g. \(anchor.name)\(anchor.sign)8)")
            }
            let digits = rest.dropFirst()
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let offset = Int(digits),
                  offset >= 1, offset <= Self.maximumOffset else {
                throw WindowOriginError(problem: "'\(trimmed)': K must be a whole number of periods from 1 to \(Self.maximumOffset)")
            }
            self = anchor.make(offset)
            return
        }
        let guess = trimmed.lowercased().hasPrefix("start") || trimmed.lowercased().hasPrefix("first") || trimmed.hasPrefix("+")
            ? " (did you mean launch+K?)" : trimmed.lowercased().hasPrefix("last") || trimmed.hasPrefix("-") ? " (did you mean end-K?)" : ""
        throw WindowOriginError(problem: "'\(trimmed)' is not an origin\(guess); write launch+K (K periods after each series' "
                                + "launch) or end-K (K periods before its end)")
    }

    /// The comma-separated origins in `text`, in time order (launch+4 before launch+8, end-16
    /// before end-8), checked for a plan of `horizon` periods: all of one anchor, none twice,
    /// and every `end-K` with K ≥ `horizon`.
    /// - Throws: ``WindowOriginError`` naming the first problem.
    public static func list(_ text: String, horizon: Int) throws(WindowOriginError) -> [WindowOrigin] {
        var origins: [WindowOrigin] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let origin = try WindowOrigin(text: String(part))
            guard !origins.contains(origin) else { throw WindowOriginError(problem: "\(origin) is given twice; give each origin once") }
            if case let .end(offset) = origin, offset < horizon {
                throw WindowOriginError(problem: "\(origin) leaves \(offset) period\(offset == 1 ? "" : "s") after the origin, fewer than "
                                        + "the horizon \(horizon); write end-\(horizon) or more")
            }
            origins.append(origin)
        }
        if let launch = origins.first(where: \.isLaunch), let end = origins.first(where: { !$0.isLaunch }) {
            throw WindowOriginError(problem: "\(launch) and \(end) mix anchors; give launch+K origins or end-K origins, not both "
                                    + "(evaluate twice to compare them)")
        }
        return origins.sorted { lhs, rhs in lhs.isLaunch ? lhs.offset < rhs.offset : lhs.offset > rhs.offset }
    }
}

/// A forecast origin that cannot be used, in words (what is wrong and what to write). Library
/// code never names the command-line option; the command prefixes it.
public struct WindowOriginError: Error, Sendable, CustomStringConvertible {
    public var problem: String
    public var description: String { problem }

    public init(problem: String) {
        self.problem = problem
    }
}
