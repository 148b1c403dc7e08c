extension PolicyRule {
    /// The rule's numeric parameters as paths below its key: `review, service_level`;
    /// `policy.s_S.s, …, stop_days, clearance.days` for a run-down.
    public var parameterPaths: [String] {
        switch self {
        case let .forecastOrderUpTo(_, target): return ["review", target.key]
        case let .endOfLife(inner, _, clearance):
            return inner.parameterPaths.map { "policy.\(inner.key).\($0)" } + ["stop_days"]
                + (clearance == nil ? [] : ["clearance.days", "clearance.discount"])
        default:
            return Self.parameterNames(of: tag)
        }
    }
}
