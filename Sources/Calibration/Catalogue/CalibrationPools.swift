/// Which products pool together: those sharing a group label; a product without a label, or
/// alone in its group, pools with every other such product (the catalogue).
///
/// Invariant: every product index is in exactly one pool; pools are in label order.
struct CalibrationPools {
    /// Product indices by pool label, in label order.
    let members: [(label: String, members: [Int])]
    private let labels: [String]
    private let groups: [String?]

    init(_ catalogue: [CalibrationSeries]) {
        var counts: [String: Int] = [:]
        for series in catalogue { if let group = series.group { counts[group, default: 0] += 1 } }
        groups = catalogue.map(\.group)
        labels = catalogue.map { series in
            guard let group = series.group, (counts[group] ?? 0) > 1 else { return CatalogueCalibration.catalogueGroup }
            return "group " + group
        }
        var byLabel: [String: [Int]] = [:]
        for (index, label) in labels.enumerated() { byLabel[label, default: []].append(index) }
        members = byLabel.keys.sorted().map { ($0, byLabel[$0] ?? []) }
    }

    /// The pool of product `index`.
    func label(of index: Int) -> String { labels[index] }

    /// What the product was pooled with, in words.
    func groupText(of index: Int) -> String {
        guard let group = groups[index] else { return CatalogueCalibration.catalogueGroup }
        return labels[index] == CatalogueCalibration.catalogueGroup ? "catalogue (its group '\(group)' has no other product)" : group
    }
}
