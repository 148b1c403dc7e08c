import Foundation

/// The quantities that can actually be bought of a product: none, or a whole number of case
/// packs of at least the minimum order (the supplier's `case_pack` and `min_order`). A launch
/// stock of 10,437 with a case pack of 24 cannot be ordered, so a sweep of a launch stock is
/// refined on this lattice and its recommendation rounded to it (see ``WhatIfStudy``).
///
/// A field of whole numbers is the lattice with a case pack of 1 and no minimum.
public struct OrderLattice: Sendable, Codable, Hashable {
    /// Units per case (≥ 1).
    public var casePack: Int
    /// The smallest order accepted, in units (≥ 0; 0: no minimum).
    public var minimumOrder: Int

    public init(casePack: Int, minimumOrder: Int) {
        self.casePack = max(1, casePack)
        self.minimumOrder = max(0, minimumOrder)
    }

    /// Whole numbers: every non-negative integer (and, for fields that may be negative, every integer).
    static let wholeNumbers = OrderLattice(casePack: 1, minimumOrder: 0)

    /// Whether the supplier constrains the quantity beyond whole units.
    var constrains: Bool { casePack > 1 || minimumOrder > 1 }

    private var step: Double { Double(casePack) }

    /// The smallest positive quantity that can be ordered: the minimum rounded up to whole cases.
    var smallestOrder: Double {
        (Double(max(minimumOrder, 1)) / step).rounded(.up) * step
    }

    /// Whether `value` can be ordered.
    public func contains(_ value: Double) -> Bool {
        guard constrains else { return value == value.rounded() }
        if value == 0 { return true }
        return value >= smallestOrder && (value / step).rounded() * step == value
    }

    /// The largest orderable quantity at or below `value` (nil below 0 for a constrained lattice).
    func below(_ value: Double) -> Double? {
        guard constrains else { return value.rounded(.down) }
        if value < 0 { return nil }
        if value < smallestOrder { return 0 }
        return (value / step).rounded(.down) * step
    }

    /// The smallest orderable quantity at or above `value`.
    func above(_ value: Double) -> Double {
        guard constrains else { return value.rounded(.up) }
        if value <= 0 { return 0 }
        return max(smallestOrder, (value / step).rounded(.up) * step)
    }

    /// The orderable quantity nearest `value` within `range` (the nearer of its two neighbours,
    /// the lower on a tie), or, when no orderable quantity lies in `range`, the nearest overall.
    func nearest(_ value: Double, within range: ClosedRange<Double>) -> Double {
        let candidates = [below(value), above(value)].compactMap { $0 }
        let inside = candidates.filter(range.contains)
        let pool = inside.isEmpty ? candidates : inside
        return pool.min { abs($0 - value) < abs($1 - value) } ?? value
    }

    /// Whether some orderable quantity lies strictly between `lower` and `upper` other than `except`.
    func hasValue(between lower: Double, and upper: Double, except: Double) -> Bool {
        var value = above(lower.nextUp)
        while value < upper {
            if value != except { return true }
            value = above(value.nextUp)
        }
        return false
    }

    /// "case pack 24, minimum order 100".
    public var text: String {
        var parts: [String] = []
        if casePack > 1 { parts.append("case pack \(casePack)") }
        if minimumOrder > 0 { parts.append("minimum order \(minimumOrder)") }
        return parts.isEmpty ? "whole units" : parts.joined(separator: ", ")
    }
}
