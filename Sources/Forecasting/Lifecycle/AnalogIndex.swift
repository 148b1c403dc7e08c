import Foundation

/// An analog library arranged once for finding the most similar references fast, so that a
/// catalogue of n products costs about n·log n instead of n² (every product ranking every
/// reference, then rescanning them at every forecast).
///
/// ``AnalogSimilarity`` is 0.5·[same category] + 0.3·Jaccard + 0.2·price closeness. A reference
/// sharing no attribute with the product scores its category part plus its price part, and the
/// price part falls as the price moves away from the product's: so among such references the
/// ranking is a walk outward from the product's price through references sorted by price.
/// References sharing an attribute are found through an inverted index and scored one by one.
/// Only references that ever sold are indexed (the others are never analogs). Each category is
/// further split by launch period, so that a forecast aligned by launch never walks through
/// references launched too late to be usable.
struct AnalogIndex: Sendable {
    /// References of one category group that launched in one period.
    struct Bucket: Sendable {
        var launch: Int
        /// Those with a usable price (> 0, finite), by price, ties by library order.
        var byPrice: [Int]
        var prices: [Double]
        /// All of them, in library order.
        var byIndex: [Int]
    }

    /// A set of references split by launch period, buckets by launch ascending.
    struct Group: Sendable {
        var category: String?
        var buckets: [Bucket]

        /// The buckets launched at `latest` or before (all when nil).
        func buckets(launchedBy latest: Int?) -> ArraySlice<Bucket> {
            guard let latest else { return buckets[...] }
            var low = 0, high = buckets.count
            while low < high {
                let middle = (low + high) / 2
                if buckets[middle].launch <= latest { low = middle + 1 } else { high = middle }
            }
            return buckets[..<low]
        }
    }

    /// Per category, its references.
    let categories: [String: Group]
    /// References without a category.
    let uncategorised: Group
    /// Every sold reference, for a product without a category.
    let all: Group
    /// Attribute → the sold references carrying it, in library order.
    let postings: [String: [Int]]
    /// Per reference, its launch period (first non-zero sale); nil if it never sold.
    let launches: [Int?]

    init(_ references: [AnalogLibrary.Reference]) {
        launches = references.map(\.launchPeriod)
        var byCategory: [String: [Int]] = [:]
        var uncategorised: [Int] = []
        var sold: [Int] = []
        var postings: [String: [Int]] = [:]
        for (index, reference) in references.enumerated() where launches[index] != nil {
            sold.append(index)
            if let category = reference.profile.category {
                byCategory[category, default: []].append(index)
            } else {
                uncategorised.append(index)
            }
            for attribute in reference.profile.attributes { postings[attribute, default: []].append(index) }
        }
        let launches = launches
        func group(_ members: [Int], category: String?) -> Group {
            var byLaunch: [Int: [Int]] = [:]
            for index in members { if let launch = launches[index] { byLaunch[launch, default: []].append(index) } }
            let buckets = byLaunch.keys.sorted().map { launch -> Bucket in
                let members = byLaunch[launch] ?? []
                let priced = members.compactMap { index -> (Double, Int)? in
                    guard let price = references[index].profile.price, price > 0, price.isFinite else { return nil }
                    return (price, index)
                }.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
                return Bucket(launch: launch, byPrice: priced.map(\.1), prices: priced.map(\.0), byIndex: members)
            }
            return Group(category: category, buckets: buckets)
        }
        categories = Dictionary(uniqueKeysWithValues: byCategory.map { ($0.key, group($0.value, category: $0.key)) })
        self.uncategorised = group(uncategorised, category: nil)
        all = group(sold, category: nil)
        self.postings = postings
    }
}

/// Computes something derived from a library's references (its ``AnalogIndex``, its
/// ``AnalogText``) the first time it is needed and keeps it: every product of a catalogue shares
/// its library, so it is built once, not once per product. Thread-safe; the value is a pure
/// function of the references, so who builds it never matters.
final class AnalogLibraryCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    func value(_ build: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let built = build()
        value = built
        return built
    }
}
