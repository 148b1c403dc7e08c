/// Arithmetic shared by the order-up-to policies: turning a level computed in real units into
/// whole units, and the order that lifts the inventory position to it.
enum OrderUpTo {
    /// The largest level in whole units, about 2⁵²: beyond it a Double no longer holds every
    /// whole number, and no order could come near it (orders stop at
    /// ``OrderConstraints/largestOrder``).
    static let largestLevel = 4_500_000_000_000_000

    /// The smallest whole number of units at or above `level`, forgiving a relative 1e-9 of
    /// floating-point noise (so a level of 30.000000000000004 units is 30, not 31). Rounding up
    /// keeps a service target met rather than missed by a fraction of a unit.
    ///
    /// A level beyond ±``largestLevel`` (±∞ included) saturates there: a forecast whose tail is
    /// astronomically wide (negative binomial demand of dispersion 0.001, say) asks for more
    /// than any order can bring, and the order placed is then the largest the supplier's terms
    /// allow — not silently nothing. Nil only for NaN, which has no meaning as a level.
    static func wholeUnits(_ level: Double) -> Int? {
        guard !level.isNaN else { return nil }
        guard abs(level) < Double(largestLevel) else { return level > 0 ? largestLevel : -largestLevel }
        let forgiving = level - 1e-9 * max(1, abs(level))
        return Int(exactly: forgiving.rounded(.up))
    }

    /// The order that lifts `position` to `level`: level − position when positive, else 0.
    static func quantity(level: Int, position: Int) -> Int {
        level > position ? level - position : 0
    }

    /// The decision for an order-up-to level, with `why` (how the level came about) in front of
    /// the arithmetic: "…; position 12 < S 40: order 28".
    static func decision(level: Int, _ context: PolicyContext, why: @autoclosure () -> String) -> OrderDecision {
        let position = context.state.position
        let quantity = quantity(level: level, position: position)
        if quantity > 0 {
            return context.order(quantity, because: "\(why()); position \(position) < S \(level): order \(quantity)")
        }
        return context.noOrder(because: "\(why()); position \(position) ≥ S \(level): no order")
    }

    /// The decision for a level computed in real units (`raw`): ``decision(level:_:why:)`` for
    /// it in whole units (``wholeUnits(_:)``), with `why` told that whole level; no order when it
    /// is NaN, which has no meaning as a level, saying that `what` ("demand quantile") was
    /// unusable. `why` is only called when the context asks for an explanation.
    static func decision(raw: Double, _ what: String, _ context: PolicyContext, why: (Int) -> String) -> OrderDecision {
        guard let level = wholeUnits(raw) else {
            return context.noOrder(because: "\(what) = \(raw) is not a usable level: no order")
        }
        return decision(level: level, context, why: why(level))
    }
}
