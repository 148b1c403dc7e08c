/// The references comparable to one product (similarity > 0, ever sold), most similar first and
/// ties in library order — the order of ranking them all by ``AnalogSimilarity`` and sorting —
/// produced lazily from an ``AnalogIndex``: a forecast reads only until it has its analogs.
///
/// Sources, merged on a heap by (similarity descending, library index ascending):
/// - the references sharing an attribute or a description term with the product, scored and
///   sorted (the others' description cosine is 0, so their score is category and price alone);
/// - per category group and launch bucket, the others with a price: walked outward from the
///   product's price (their similarity falls monotonically on each side), ties gathered and put
///   in library order;
/// - per bucket of the product's own category, the others whose price adds nothing (missing, or
///   out of the band): all at the category's score, in library order.
struct AnalogRanking {
    typealias Candidate = AnalogForecaster.Candidate

    private var heap: [Stream] = []
    private let scorer: Scorer

    /// - Parameter latest: only references launched at this period or before (all when nil).
    init(index: AnalogIndex, references: [AnalogLibrary.Reference], profile: ProductProfile, attributes: [String],
         similarity: AnalogSimilarity, text: AnalogText.Match? = nil, launchedBy latest: Int?) {
        var shared = Set<Int>()
        let launched = { (reference: Int) in latest.map { index.launches[reference] ?? .max <= $0 } ?? true }
        for attribute in attributes {
            for reference in index.postings[attribute] ?? [] where launched(reference) { shared.insert(reference) }
        }
        for reference in text?.sharing ?? [] where launched(reference) && index.launches[reference] != nil {
            shared.insert(reference)
        }
        let scorer = Scorer(references: references, profile: profile, attributes: attributes, similarity: similarity,
                            text: text, shared: shared, launches: index.launches)
        self.scorer = scorer
        var listed = shared.compactMap { scorer.candidate($0) }
        listed.sort(by: Self.precedes)
        var streams = [Stream(listed: listed)]
        let groups: [AnalogIndex.Group] = profile.category.map { category in
            [index.categories[category], index.uncategorised].compactMap { $0 }
        } ?? [index.all]
        let price = profile.price.flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
        for group in groups {
            let base = similarity.similarity(profile, attributes: attributes, ProductProfile(id: "", category: group.category),
                                             text: text.map { _ in 0 })
            for bucket in group.buckets(launchedBy: latest) {
                if let price { streams.append(Stream(near: bucket, price: price, base: base)) }
                if base > 0 { streams.append(Stream(far: bucket, base: base)) }
            }
        }
        for var stream in streams {
            stream.advance(scorer)
            if stream.head != nil { push(stream) }
        }
    }

    /// The next candidate, nil when there are no more.
    mutating func next() -> Candidate? {
        guard var top = heap.first, let head = top.head else { return nil }
        top.advance(scorer)
        if top.head != nil {
            heap[0] = top
            siftDown(0)
        } else {
            let last = heap.removeLast()
            if !heap.isEmpty {
                heap[0] = last
                siftDown(0)
            }
        }
        return head
    }

    /// The ranking's order: higher similarity first, then library order.
    static func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        a.similarity != b.similarity ? a.similarity > b.similarity : a.reference < b.reference
    }

    private func before(_ i: Int, _ j: Int) -> Bool {
        guard let a = heap[i].head, let b = heap[j].head else { return heap[i].head != nil }
        return Self.precedes(a, b)
    }

    private mutating func push(_ stream: Stream) {
        heap.append(stream)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard before(child, parent) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var first = parent
            if left < heap.count && before(left, first) { first = left }
            if right < heap.count && before(right, first) { first = right }
            guard first != parent else { return }
            heap.swapAt(first, parent)
            parent = first
        }
    }
}

extension AnalogRanking {
    /// Scores references for one product exactly as ``AnalogSimilarity`` does.
    struct Scorer {
        let references: [AnalogLibrary.Reference]
        let profile: ProductProfile
        let attributes: [String]
        let similarity: AnalogSimilarity
        let text: AnalogText.Match?
        /// References sharing an attribute with the product: listed apart, skipped by the walks.
        let shared: Set<Int>
        let launches: [Int?]

        func score(_ reference: Int) -> Double {
            similarity.similarity(profile, attributes: attributes, references[reference].profile,
                                  text: text?.cosine(reference))
        }

        func candidate(_ reference: Int) -> Candidate? {
            let value = score(reference)
            guard value > 0, let launch = launches[reference] else { return nil }
            return Candidate(reference: reference, similarity: value, launchPeriod: launch)
        }
    }

    /// One source of candidates, in the ranking's order; `head` is the next one.
    struct Stream {
        enum Kind {
            case listed([Candidate])
            /// The bucket's priced references from `left` down and from `right` up.
            case near(AnalogIndex.Bucket, left: Int, right: Int)
            /// The bucket's references in library order from `position`.
            case far(AnalogIndex.Bucket, position: Int)
        }

        var kind: Kind
        /// Above this a reference's score comes from its price; at it, from its category alone.
        let base: Double
        /// Candidates gathered and not yet handed out (ties of a walk, in library order).
        var pending: [Candidate] = []
        var pendingPosition = 0
        private(set) var head: Candidate?

        init(listed: [Candidate]) {
            kind = .listed(listed)
            base = 0
        }

        init(near bucket: AnalogIndex.Bucket, price: Double, base: Double) {
            var low = 0, high = bucket.prices.count
            while low < high {
                let middle = (low + high) / 2
                if bucket.prices[middle] < price { low = middle + 1 } else { high = middle }
            }
            kind = .near(bucket, left: low - 1, right: low)
            self.base = base
        }

        init(far bucket: AnalogIndex.Bucket, base: Double) {
            kind = .far(bucket, position: 0)
            self.base = base
        }

        mutating func advance(_ scorer: Scorer) {
            if pendingPosition < pending.count {
                head = pending[pendingPosition]
                pendingPosition += 1
                return
            }
            head = nil
            switch kind {
            case let .listed(list):
                pending = list
                pendingPosition = 0
                kind = .listed([])
                if !pending.isEmpty { advance(scorer) }
            case let .near(bucket, left, right):
                walk(bucket, left: left, right: right, scorer)
            case let .far(bucket, position):
                var position = position
                while position < bucket.byIndex.count {
                    let reference = bucket.byIndex[position]
                    position += 1
                    guard !scorer.shared.contains(reference), scorer.score(reference) == base,
                          let candidate = scorer.candidate(reference) else { continue }
                    head = candidate
                    break
                }
                kind = .far(bucket, position: position)
            }
        }

        /// Gathers the next run of equal scores from both sides of the walk, in library order.
        private mutating func walk(_ bucket: AnalogIndex.Bucket, left: Int, right: Int, _ scorer: Scorer) {
            var left = left, right = right
            while left >= 0 && scorer.shared.contains(bucket.byPrice[left]) { left -= 1 }
            while right < bucket.byPrice.count && scorer.shared.contains(bucket.byPrice[right]) { right += 1 }
            let leftScore = left >= 0 ? scorer.score(bucket.byPrice[left]) : -1
            let rightScore = right < bucket.byPrice.count ? scorer.score(bucket.byPrice[right]) : -1
            let best = max(leftScore, rightScore)
            // At the base the price adds nothing: the far stream hands those out in library order.
            guard best > base else {
                kind = .near(bucket, left: -1, right: bucket.byPrice.count)
                return
            }
            var run: [Candidate] = []
            while left >= 0 {
                let reference = bucket.byPrice[left]
                if !scorer.shared.contains(reference) {
                    guard scorer.score(reference) == best, let candidate = scorer.candidate(reference) else { break }
                    run.append(candidate)
                }
                left -= 1
            }
            while right < bucket.byPrice.count {
                let reference = bucket.byPrice[right]
                if !scorer.shared.contains(reference) {
                    guard scorer.score(reference) == best, let candidate = scorer.candidate(reference) else { break }
                    run.append(candidate)
                }
                right += 1
            }
            kind = .near(bucket, left: left, right: right)
            run.sort(by: AnalogRanking.precedes)
            pending = run
            pendingPosition = 0
            advance(scorer)
        }
    }
}
