import Foundation

/// How comparable two products are, from their profiles alone, in [0, 1]:
///
///     0.5·[same category] + 0.3·Jaccard(attributes) + 0.2·price closeness
///
/// - **Category.** Products whose categories are both known and differ are not comparable at
///   all (similarity 0): a jacket's lifecycle says little about a phone's. A category missing
///   on either side contributes 0.
/// - **Attributes.** The Jaccard index |A ∩ B|/|A ∪ B| (0 when both sets are empty).
/// - **Price band.** max(0, 1 − |ln(price_a/price_b)|/ln(band)): 1 at equal prices, falling to 0
///   when one price is `band` times the other (default 2). A price missing or ≤ 0 on either
///   side contributes 0.
///
/// The weights favour the category because it is the coarsest and most reliable grouping; the
/// attributes refine it, the price separates premium from budget lines.
///
/// **Description text.** When the product has a description (with at least one term, see
/// ``AnalogText``) and `textWeight` t > 0, the cosine c of the two descriptions' TF-IDF vectors
/// (0 when the other product has none) joins the sum and the whole is rescaled to [0, 1]:
///
///     (0.5·[same category] + 0.3·Jaccard + 0.2·price closeness + t·c) / (1 + t)
///
/// The divisor depends on the product only, so the order of its candidates is that of the
/// numerator. Without a description the similarity is the formula above, unchanged. The idf
/// comes from the analog library; ``similarity(_:_:)`` on two profiles alone takes it over
/// those two descriptions.
public struct AnalogSimilarity: Hashable, Sendable, Codable {
    /// Weight of a category match.
    public static let categoryWeight = 0.5
    /// Weight of the attributes' Jaccard index.
    public static let attributeWeight = 0.3
    /// Weight of price closeness.
    public static let priceWeight = 0.2

    /// The price ratio at which price closeness reaches 0 (> 1).
    public var priceBand: Double
    /// Weight t of the descriptions' cosine against the unit total of the other three (≥ 0;
    /// 0 = descriptions ignored).
    public var textWeight: Double

    public init(priceBand: Double = 2, textWeight: Double = Self.defaultTextWeight) {
        precondition(priceBand > 1 && priceBand.isFinite, "AnalogSimilarity: the price band must be a ratio > 1, got \(priceBand)")
        precondition(textWeight >= 0 && textWeight.isFinite, "AnalogSimilarity: the text weight must be ≥ 0, got \(textWeight)")
        self.priceBand = priceBand
        self.textWeight = textWeight
    }

    private enum CodingKeys: String, CodingKey { case priceBand, textWeight }

    /// Decodes a similarity; one saved before descriptions counted has no text weight (0).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        priceBand = try container.decode(Double.self, forKey: .priceBand)
        textWeight = try container.decodeIfPresent(Double.self, forKey: .textWeight) ?? 0
        guard priceBand > 1 && priceBand.isFinite else {
            throw DecodingError.dataCorruptedError(forKey: .priceBand, in: container, debugDescription: "the price band must be a ratio > 1")
        }
        guard textWeight >= 0 && textWeight.isFinite else {
            throw DecodingError.dataCorruptedError(forKey: .textWeight, in: container, debugDescription: "the text weight must be ≥ 0")
        }
    }

    /// The default `textWeight`: 0, descriptions off. On Online Retail II they helped by under
    /// 0.2% once products had sold and made launch forecasts worse (docs/evaluation.md).
    public static let defaultTextWeight = 0.0

    /// The similarity of `candidate` to `product`, in [0, 1] (symmetric).
    public func similarity(_ product: ProductProfile, _ candidate: ProductProfile) -> Double {
        let text = AnalogText([product, candidate].map { AnalogLibrary.Reference(profile: $0, firstPeriod: 0, sales: []) })
        let cosine = text.vectors[0].map { own in text.vectors[1].map { own.cosine($0) } ?? 0 }
        return similarity(product, attributes: Array(product.attributes), candidate, text: cosine)
    }

    /// The same, with `product.attributes` given as an array (so ranking a whole library does
    /// not rebuild it for every candidate) and the descriptions' cosine `text` given (nil when
    /// the product has no description: no text term).
    func similarity(_ product: ProductProfile, attributes: [String], _ candidate: ProductProfile, text: Double?) -> Double {
        var score = 0.0
        if let a = product.category, let b = candidate.category {
            guard a == b else { return 0 }
            score += Self.categoryWeight
        }
        score += Self.attributeWeight * Self.jaccard(attributes, candidate.attributes)
        if let a = product.price, let b = candidate.price, a > 0, b > 0, a.isFinite, b.isFinite {
            score += Self.priceWeight * max(0, 1 - abs(log(a / b)) / log(priceBand))
        }
        guard let text, textWeight > 0 else { return score }
        return (score + textWeight * text) / (1 + textWeight)
    }

    /// |a ∩ b|/|a ∪ b| for the distinct elements `a` and the set `b`; 0 when both are empty.
    static func jaccard(_ a: [String], _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        // Counted without building the intersection, and for the usual handful of words by
        // comparing strings rather than hashing them: this runs for every pair of products.
        var shared = 0
        if a.count * b.count <= 64 {
            for element in a where b.contains(where: { $0 == element }) { shared += 1 }
        } else {
            for element in a where b.contains(element) { shared += 1 }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
