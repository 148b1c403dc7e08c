extension ScenarioSpec {
    /// Checks what `copies` adds: the expanded catalogue's size, ids that the expansion makes
    /// collide, and copies combined with events (see ``catalogue`` for the rule).
    func validateCatalogue(into checker: inout Checker) {
        let root = FieldPath.root.key("products")
        guard products.contains(where: { $0.copies > 1 }) else { return }
        let size = products.reduce(0) { $0 + $1.boundedCopies }
        if size > Self.maximumCatalogueSize {
            checker.add(root, .outOfRange,
                        "the catalogue would hold \(size) products once copies are expanded; at most \(Self.maximumCatalogueSize) are supported")
            return
        }
        if !events.isEmpty {
            for (index, product) in products.enumerated() where product.copies > 1 {
                checker.add(root.index(index).key("copies"), .invalidValue, "copies cannot be combined with events",
                            hint: "copies is for benchmark catalogues of identical products; list the products one by one to give them events")
            }
        }
        // Copy ids are `<id>-k`, which another entry may already use. Plain duplicates (two
        // entries without copies) are reported with the ids themselves.
        var owner: [String: Int] = [:]
        owner.reserveCapacity(size)
        for (index, product) in products.enumerated() {
            for id in product.catalogueIDs {
                guard let other = owner[id] else {
                    owner[id] = index
                    continue
                }
                if other == index || (product.copies == 1 && products[other].copies == 1) { continue }
                if product.copies > 1 {
                    checker.add(root.index(index).key("copies"), .duplicate,
                                "the copy id '\(id)' is already used by products[\(other)]",
                                hint: "copies are named <id>-1 … <id>-n; rename one of the products")
                } else {
                    checker.add(root.index(index).key("id"), .duplicate,
                                "product id '\(id)' is already used by a copy of products[\(other)]",
                                hint: "copies are named <id>-1 … <id>-n; rename one of the products")
                }
                break
            }
        }
    }
}
