import Scenario
import Spelling

/// The checks of a what-if study's options against the scenario, and the hints they give.
extension WhatIfStudy {
    /// "vary its distribution instead: uncertainty[0].lognormal.median or uncertainty[0].lognormal.sigma".
    static func parametersHint(_ index: Int, in document: ScenarioDocument) -> String {
        "vary its distribution instead: " + document.distributionParameterPaths(ofUncertainty: index).joined(separator: " or ")
    }

    /// The catalogue ids the reported product stands for, checked against the scenario and the strategy.
    static func focus(_ id: String, strategy: WhatIfStrategy, in spec: ScenarioSpec) throws(WhatIfError) -> Set<String> {
        let catalogue = spec.catalogue.map(\.id)
        let ids = spec.product(id) != nil ? spec.catalogueIDs(of: id) : (catalogue.contains(id) ? [id] : [])
        guard !ids.isEmpty else {
            throw WhatIfError(.request, "no product has the id '\(id)'",
                              hint: Suggestion.hint(for: id, among: spec.products.map(\.id), listing: "products"), subject: .product(id))
        }
        if let managed = strategy.policy.products {
            let managedIDs = Set(managed.flatMap { spec.catalogueIDs(of: $0) })
            guard ids.allSatisfy(managedIDs.contains) else {
                throw WhatIfError(.request, "the strategy \(strategy.name) does not manage it",
                                  hint: "it manages: " + managed.joined(separator: ", "), subject: .product(id))
            }
        }
        return Set(ids)
    }

    /// Whether the field at `path` takes whole numbers only: the scenario is decoded with a
    /// value half-way between two whole numbers, and the field's decoder either accepts it or
    /// reports that it expected a whole number.
    static func takesWholeNumbers(_ path: ScenarioFieldPath, at location: FieldLocation,
                                  in document: ScenarioDocument) -> Bool {
        var probe = document
        guard (try? probe.set(path, to: location.value.rounded(.down) + 0.5)) != nil else { return false }
        do {
            _ = try probe.decoded()
            return false
        } catch {
            let field = location.fieldPath.description
            return error.issues.contains { $0.kind == .wrongType && $0.path == field }
        }
    }

    /// The quantities that can be ordered when `field` is a product's launch stock whose
    /// supplier has a case pack or a minimum order; nil otherwise, or when the sweep or the
    /// uncertainty section also sets that case pack or minimum (`alsoSet`), which would move the
    /// lattice from point to point.
    static func orderable(_ field: FieldPath, in spec: ScenarioSpec, alsoSet: [FieldPath]) -> OrderLattice? {
        let parts = field.components
        guard parts.count == 3, parts[0] == .key("products"), case let .index(index) = parts[1],
              parts[2] == .key("initial_stock"), spec.products.indices.contains(index) else { return nil }
        let supply = spec.products[index].supply
        let lattice = OrderLattice(casePack: supply.casePack, minimumOrder: supply.minOrder)
        let terms = ["case_pack", "min_order"].map { FieldPath(components: [.key("products"), .index(index), .key("supply"), .key($0)]) }
        guard lattice.constrains, !alsoSet.contains(where: terms.contains) else { return nil }
        return lattice
    }

    /// "; the strategy 'naive × weekly' reads it": for a policy's or forecaster's field, another
    /// strategy of the scenario whose figures depend on it, if any ("" otherwise).
    static func otherStrategyHint(reading field: FieldPath, in spec: ScenarioSpec, besides strategy: WhatIfStrategy,
                                  constraints: [WhatIfConstraint], locate: @escaping (ScenarioFieldPath) -> FieldPath?) -> String {
        guard field.components.first == .key("strategies") else { return "" }
        for other in WhatIfStrategy.all(in: spec) where other.name != strategy.name {
            let reach = StrategyReach(strategy: other, spec: spec, focus: nil, product: nil, constraints: constraints, locate: locate)
            if reach.unread(field) == nil { return "; the strategy '\(other.name)' reads it" }
        }
        return ""
    }
}
