import Foundation

/// Where one rolling-origin window's forecast origin (its cutoff) sits in a series, counted
/// from an anchor of that series:
///
/// - `launch+K`: K periods after the series' launch (``EvaluationSeries/launch``): the
///   forecaster has seen exactly K periods of the product's life. How a forecaster copes with
///   a launch is measured here, whatever the length of each series.
/// - `launch-K` (K ≥ 0): K periods before the launch: the forecaster has seen none of the
///   product's sales, only the K periods before its launch that the series holds (a cutoff of
///   0 fits on nothing; the evaluation then tells the forecaster the period before the series,
///   see ``RollingOriginEvaluation``). A launch forecast is measured here. The window needs the
///   K periods before the launch inside the series: a history whose series start at their first
///   sale has only `launch-0`.
/// - `end-K`: K periods before the end of the series (cutoff = length − K), as statsforecast's
///   `cross_validation` counts its windows back from each series' last period; the default
///   windows of a plan are `end-K` origins.
///
/// Invariant: K ≥ 1 (K ≥ 0 for `launch-K`), and K ≤ ``maximumOffset``; an `end-K` origin of a plan also has K ≥ the
/// horizon, so that its window ends at or before the series' last period.
public enum WindowOrigin: Sendable, Hashable, Codable, CustomStringConvertible {
    case launch(Int)
    case beforeLaunch(Int)
    case end(Int)

    /// The largest K accepted: a million periods (2,700 years of days), far beyond any series,
    /// small enough that no cutoff arithmetic can overflow.
    public static let maximumOffset = 1_000_000

    /// `launch+4`, `end-8`: the label in result files (the `scope` of `accuracy.csv`).
    public var description: String {
        switch self {
        case let .launch(offset): return "launch+\(offset)"
        case let .beforeLaunch(offset): return "launch-\(offset)"
        case let .end(offset): return "end-\(offset)"
        }
    }

    /// K, periods from the anchor.
    public var offset: Int {
        switch self {
        case let .launch(offset), let .beforeLaunch(offset), let .end(offset): return offset
        }
    }

    /// Whether the anchor is the launch (after or before it).
    public var isLaunch: Bool {
        if case .end = self { return false }
        return true
    }

    /// Whether the cutoff lies at or before the launch: the forecaster sees no sale.
    public var isBeforeLaunch: Bool {
        if case .beforeLaunch = self { return true }
        return false
    }

    /// Periods from the launch to the cutoff (negative before it); nil for `end-K`.
    var launchPosition: Int? {
        switch self {
        case let .launch(offset): return offset
        case let .beforeLaunch(offset): return -offset
        case .end: return nil
        }
    }

    /// The cutoff (periods fitted on) in a series of `length` periods launched at index
    /// `launch` (nil: never launched), when the window of `horizon` periods fits inside the
    /// series and leaves at least one period to fit on (`launch-K`: possibly none, cutoff 0);
    /// nil otherwise.
    public func cutoff(length: Int, launch: Int?, horizon: Int) -> Int? {
        let cutoff: Int
        if let position = launchPosition {
            guard let launch else { return nil }
            cutoff = launch + position
        } else {
            cutoff = length - offset
        }
        guard cutoff >= (isBeforeLaunch ? 0 : 1), cutoff <= length - horizon else { return nil }
        return cutoff
    }

    /// The origin written `text` (`launch+4`, `end-8`, surrounding spaces ignored).
    /// - Throws: ``WindowOriginError`` saying what is wrong and what to write.
    public init(text: String) throws(WindowOriginError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw WindowOriginError(problem: "an origin is empty (write e.g. launch+4,launch+8)") }
        let anchors: [(name: String, forms: [(sign: Character, least: Int, make: (Int) -> WindowOrigin)])] = [
            ("launch", [("+", 1, WindowOrigin.launch), ("-", 0, WindowOrigin.beforeLaunch)]),
            ("end", [("-", 1, WindowOrigin.end)]),
        ]
        for anchor in anchors where trimmed.lowercased().hasPrefix(anchor.name) {
            let rest = trimmed.dropFirst(anchor.name.count)
            guard let form = anchor.forms.first(where: { $0.sign == rest.first }) else {
                let written = anchor.forms.map { "\(anchor.name)\($0.sign)K" }.joined(separator: " or ")
                throw WindowOriginError(problem: "'\(trimmed)': write \(written) with a whole number of periods K "
                                        + "(e.g. \(anchor.name)\(anchor.forms[0].sign)8)")
            }
            let digits = rest.dropFirst()
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let offset = Int(digits),
                  offset >= form.least, offset <= Self.maximumOffset else {
                let hint = anchor.name == "launch" && form.sign == "+" ? " (launch-0 is the launch itself)" : ""
                throw WindowOriginError(problem: "'\(trimmed)': K must be a whole number of periods from \(form.least) to "
                                        + "\(Self.maximumOffset)\(hint)")
            }
            self = form.make(offset)
            return
        }
        let guess = trimmed.lowercased().hasPrefix("start") || trimmed.lowercased().hasPrefix("first") || trimmed.hasPrefix("+")
            ? " (did you mean launch+K?)" : trimmed.lowercased().hasPrefix("last") || trimmed.hasPrefix("-") ? " (did you mean end-K?)" : ""
        throw WindowOriginError(problem: "'\(trimmed)' is not an origin\(guess); write launch+K (K periods after each series' "
                                + "launch), launch-K (K ≥ 0 periods before it) or end-K (K periods before its end)")
    }

    /// The comma-separated origins in `text`, in time order (launch-0 before launch+4 before
    /// launch+8, end-16 before end-8), checked for a plan of `horizon` periods: all anchored at
    /// the launch or all at the end, none twice,
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
        return origins.sorted { lhs, rhs in
            if let a = lhs.launchPosition, let b = rhs.launchPosition { return a < b }
            return lhs.offset > rhs.offset
        }
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
