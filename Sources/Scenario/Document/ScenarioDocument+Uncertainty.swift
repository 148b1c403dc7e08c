import Yams

extension ScenarioDocument {
    /// The paths of the parameters the file writes for the distribution of `uncertainty[index]`,
    /// in the file's order: `uncertainty[0].lognormal.median`, `uncertainty[0].lognormal.sigma`;
    /// the family's path alone when its parameters are not a mapping (`constant: 3`).
    /// Precondition: `index` is an index of the base scenario's `uncertainty`.
    public func distributionParameterPaths(ofUncertainty index: Int) -> [String] {
        let family = DistributionCoding(base.uncertainty[index].distribution).familyName
        let prefix = "uncertainty[\(index)].\(family)"
        let written = FieldResolver.node(at: [.key("uncertainty"), .index(index), .key(family)], in: root)
        guard case let .mapping(mapping)? = written else { return [prefix] }
        return mapping.compactMap { $0.key.string }.map { "\(prefix).\($0)" }
    }
}
