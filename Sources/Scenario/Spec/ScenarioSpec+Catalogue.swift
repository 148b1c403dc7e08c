/// Expanding `copies`: a product entry may stand for many identical products (benchmark
/// catalogues of thousands of items). The spec keeps the entry compact, so the resolved scenario,
/// error paths and validation stay those of the file; the expansion happens only here.
///
/// The rule: with `copies: n` (n > 1) the catalogue holds `<id>-1` … `<id>-n` in place of `<id>`,
/// each a full product with its own random streams (stream seeds derive from the product id).
/// Policies' `products` lists name the entry's `id` and mean all of its copies. Events cannot be
/// combined with copies: validation rejects a scenario that has both.
extension ScenarioSpec {
    /// The most products a catalogue may hold once copies are expanded.
    public static let maximumCatalogueSize = 1_000_000

    /// Every product one by one, in file order, with copies expanded in place (each copy has
    /// `copies == 1`). The market is built from this list, so indices into it are the market's
    /// product indices.
    public var catalogue: [ProductSpec] {
        var catalogue: [ProductSpec] = []
        catalogue.reserveCapacity(products.reduce(0) { $0 + $1.boundedCopies })
        for product in products {
            guard product.copies > 1 else {
                catalogue.append(product)
                continue
            }
            for id in product.catalogueIDs {
                var copy = product
                copy.id = id
                copy.copies = 1
                catalogue.append(copy)
            }
        }
        return catalogue
    }

    /// The catalogue ids that the product written as `productID` stands for: itself, or all of
    /// its copies; empty when no product has that id.
    public func catalogueIDs(of productID: String) -> [String] {
        product(productID)?.catalogueIDs ?? []
    }
}

extension ProductSpec {
    /// The ids this entry has in the catalogue: `[id]`, or `<id>-1` … `<id>-n` for `copies`
    /// n > 1.
    public var catalogueIDs: [String] {
        guard copies > 1 else { return [id] }
        return (1...boundedCopies).map { "\(id)-\($0)" }
    }

    /// `copies` within 1…``ScenarioSpec/maximumCatalogueSize``, so that an unvalidated spec
    /// with an absurd count cannot exhaust memory; validation rejects such counts anyway.
    var boundedCopies: Int {
        min(max(1, copies), ScenarioSpec.maximumCatalogueSize)
    }
}
