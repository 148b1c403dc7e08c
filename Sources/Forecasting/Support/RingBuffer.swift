/// The last `capacity` values appended, oldest first, in storage allocated once at creation:
/// appending overwrites the oldest value in place, so a forecaster's state stays O(window) and
/// observing a period never allocates (as long as the buffer is not shared with a copy).
struct RingBuffer<Element: Hashable & Codable & Sendable>: Hashable, Codable, Sendable {
    /// Fixed-size storage; `storage.count` is the capacity, ≥ 1.
    private var storage: [Element]
    /// Number of values held, 0...capacity.
    private(set) var count: Int
    /// Where the next value goes, 0..<capacity; when full it is also the oldest value.
    private var next: Int

    /// An empty buffer for `capacity` (≥ 1) values; `filler` only initialises the storage.
    init(capacity: Int, filler: Element) {
        precondition(capacity >= 1, "RingBuffer: capacity must be ≥ 1, got \(capacity)")
        storage = Array(repeating: filler, count: capacity)
        count = 0
        next = 0
    }

    /// Rejects decoded state that would index outside the storage.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        storage = try container.decode([Element].self, forKey: .storage)
        count = try container.decode(Int.self, forKey: .count)
        next = try container.decode(Int.self, forKey: .next)
        guard !storage.isEmpty, (0...storage.count).contains(count), (0..<storage.count).contains(next) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "ring buffer: count \(count) and next \(next) must fit a capacity of \(storage.count) ≥ 1"))
        }
    }

    /// The most values the buffer holds.
    var capacity: Int { storage.count }

    var isEmpty: Bool { count == 0 }
    var isFull: Bool { count == storage.count }

    /// Appends `value`, dropping the oldest one when full; returns the dropped value, if any.
    @discardableResult
    mutating func append(_ value: Element) -> Element? {
        let dropped = isFull ? storage[next] : nil
        storage[next] = value
        next = next + 1 == storage.count ? 0 : next + 1
        if count < storage.count { count += 1 }
        return dropped
    }

    /// Whether the next append goes to the start of the storage (the buffer just wrapped).
    var wrapsNext: Bool { next == 0 }

    /// The value `lag` appends ago: lag 1 is the newest, lag `count` the oldest (1 ≤ lag ≤ count).
    func value(lag: Int) -> Element {
        precondition(lag >= 1 && lag <= count, "RingBuffer: lag \(lag) outside 1...\(count)")
        let index = next - lag
        return storage[index >= 0 ? index : index + storage.count]
    }

    /// The i-th oldest value: 0 is the oldest, count − 1 the newest.
    func value(fromOldest i: Int) -> Element {
        value(lag: count - i)
    }

    /// The remembered values, oldest first.
    func values() -> [Element] {
        (0..<count).map { value(fromOldest: $0) }
    }

    /// Forgets every value (the storage is kept).
    mutating func removeAll() {
        count = 0
        next = 0
    }
}

extension RingBuffer where Element == Double {
    /// An empty buffer of doubles.
    init(capacity: Int) {
        self.init(capacity: capacity, filler: 0)
    }

    /// The sum of the values held, added oldest first so the result does not depend on where
    /// the buffer happens to wrap. 0 when empty.
    func sum() -> Double {
        var total = 0.0
        for i in 0..<count { total += value(fromOldest: i) }
        return total
    }
}
