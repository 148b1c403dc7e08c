import Foundation

/// TF-IDF vectors of the product descriptions of an analog library, for comparing products
/// by their text (Salton & Buckley 1988, "Term-weighting approaches in automatic text
/// retrieval", *Inf. Process. Manage.* 24(5)): a catalogue without categories, such as Online
/// Retail II's, still says "PINK PAPER PARASOL" and "BLUE PAPER PARASOL".
///
/// - **Terms.** ``terms(_:)``: the description in lower case split at every character that is
///   not a letter or a digit; words of one character and the English function words of
///   ``stopWords`` are dropped. A description with no term left counts as none.
/// - **Weights.** tf·idf, tf = the term's count in the description, idf(t) = ln((1 + N)/(1 + df(t)))
///   + 1 with N the references that have a description and df(t) those whose description holds
///   t (the smoothed form, never 0: a term every product shares still weighs a little; a term no
///   reference holds gets the largest idf, ln(1 + N) + 1). Each vector is scaled to length 1,
///   so the cosine of two products is the dot product of their vectors, in [0, 1].
/// - **Once per library.** Computed from every reference's description (sold or not, whatever
///   the cutoff: a description is known before a sale), then kept (``AnalogLibraryCache``).
///   Terms are numbered in order of first appearance in library order: the result never
///   depends on hash order.
struct AnalogText: Sendable {
    /// A description's unit-length tf·idf vector: term numbers ascending, their weights.
    struct Vector: Sendable, Hashable {
        var terms: [Int]
        var weights: [Double]

        /// The cosine of two unit vectors: their dot product, merged over sorted terms.
        func cosine(_ other: Vector) -> Double {
            var (i, j, total) = (0, 0, 0.0)
            while i < terms.count && j < other.terms.count {
                if terms[i] == other.terms[j] {
                    total += weights[i] * other.weights[j]
                    i += 1
                    j += 1
                } else if terms[i] < other.terms[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
            return min(1, max(0, total))
        }
    }

    /// English function words that say nothing about what a product is.
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its",
        "of", "on", "or", "the", "to", "with", "without",
    ]

    /// Term → its number.
    let vocabulary: [String: Int]
    /// idf per term number.
    let idf: [Double]
    /// Per reference, its vector; nil without a description.
    let vectors: [Vector?]
    /// Term number → the references whose description holds it, in library order.
    let postings: [[Int]]
    /// References with a description (N).
    let documents: Int

    init(_ references: [AnalogLibrary.Reference]) {
        var vocabulary: [String: Int] = [:]
        var counts: [[Int: Int]?] = []
        var postings: [[Int]] = []
        for (index, reference) in references.enumerated() {
            let terms = Self.terms(reference.profile.description ?? "")
            guard !terms.isEmpty else {
                counts.append(nil)
                continue
            }
            var count: [Int: Int] = [:]
            for term in terms {
                let number = vocabulary[term] ?? {
                    vocabulary[term] = postings.count
                    postings.append([])
                    return postings.count - 1
                }()
                if count[number] == nil { postings[number].append(index) }
                count[number, default: 0] += 1
            }
            counts.append(count)
        }
        let documents = counts.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        let idf = postings.map { Self.idf(documentFrequency: $0.count, documents: documents) }
        self.vocabulary = vocabulary
        self.idf = idf
        self.postings = postings
        self.documents = documents
        vectors = counts.map { $0.map { Self.unitVector($0, idf: { idf[$0] }) } }
    }

    /// The vector of a product's `description` against this library's idf; nil when it has no
    /// term. A term absent from the library weighs ln(1 + N) + 1 and matches nothing.
    func vector(for description: String?) -> Vector? {
        let terms = Self.terms(description ?? "")
        guard !terms.isEmpty else { return nil }
        var count: [Int: Int] = [:]
        var unknown: [String: Int] = [:]
        for term in terms {
            // A term the library lacks is numbered past the vocabulary, once per distinct term.
            let number = vocabulary[term] ?? unknown[term] ?? vocabulary.count + unknown.count
            if vocabulary[term] == nil { unknown[term] = number }
            count[number, default: 0] += 1
        }
        let missing = Self.idf(documentFrequency: 0, documents: documents)
        return Self.unitVector(count, idf: { $0 < idf.count ? idf[$0] : missing })
    }

    /// The terms of a description, in order, repeats kept (see the type's documentation).
    static func terms(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
            .filter { $0.count >= 2 && !stopWords.contains($0) }
    }

    static func idf(documentFrequency: Int, documents: Int) -> Double {
        log(Double(1 + documents) / Double(1 + documentFrequency)) + 1
    }

    private static func unitVector(_ counts: [Int: Int], idf: (Int) -> Double) -> Vector {
        let terms = counts.keys.sorted()
        var weights = terms.map { Double(counts[$0] ?? 0) * idf($0) }
        let length = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if length > 0 { weights = weights.map { $0 / length } }
        return Vector(terms: terms, weights: weights)
    }
}

extension AnalogText {
    /// One product's description against a library's: what ranking its references needs.
    struct Match: Sendable {
        let text: AnalogText
        let own: Vector

        /// The product's text against `library`, when it has a description worth comparing
        /// (`weight` > 0, at least one term); the library's text is computed once per library.
        init?(_ profile: ProductProfile, library: AnalogLibrary, weight: Double) {
            guard weight > 0, profile.description != nil else { return nil }
            let references = library.references
            let text = library.derived.analogText.value { AnalogText(references) }
            guard let own = text.vector(for: profile.description) else { return nil }
            self.text = text
            self.own = own
        }

        /// The cosine of the product's description with reference `reference`'s (0 without one).
        func cosine(_ reference: Int) -> Double {
            text.vectors[reference].map { own.cosine($0) } ?? 0
        }

        /// The references sharing a term with the product (those with a cosine > 0).
        var sharing: Set<Int> {
            var references = Set<Int>()
            for term in own.terms where term < text.postings.count { references.formUnion(text.postings[term]) }
            return references
        }
    }
}
