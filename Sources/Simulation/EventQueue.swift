import HeapModule

/// The future-event list of a discrete-event simulation: events ordered by
/// (time, priority, insertion sequence).
///
/// Ties are broken first by `priority` (smaller runs first) and then by the order in which the
/// events were scheduled, so two runs that schedule the same events in the same order always
/// process them in the same order. `schedule` and `popNext` are O(log n); `peek` is O(1).
///
/// The methods are `@inlinable` so that clients get a copy specialised for their `Event` type:
/// the queue sits on the simulator's per-period path.
public struct EventQueue<Event> {
    /// An event with its place in the order.
    public struct Entry {
        /// The period in which the event happens.
        public let time: Int
        /// Order among events of the same period; smaller first.
        public let priority: Int
        /// Insertion counter; breaks the remaining ties first-in, first-out.
        public let sequence: UInt64
        public let event: Event

        @inlinable
        init(time: Int, priority: Int, sequence: UInt64, event: Event) {
            self.time = time
            self.priority = priority
            self.sequence = sequence
            self.event = event
        }
    }

    @usableFromInline var heap = Heap<Item>()
    @usableFromInline var nextSequence: UInt64 = 0

    @inlinable
    public init() {}

    /// Number of pending events.
    @inlinable public var count: Int { heap.count }
    @inlinable public var isEmpty: Bool { heap.isEmpty }

    /// Adds `event` at `time` with `priority`; returns its sequence number.
    @inlinable @discardableResult
    public mutating func schedule(_ event: Event, at time: Int, priority: Int = 0) -> UInt64 {
        let sequence = nextSequence
        nextSequence += 1
        heap.insert(Item(entry: Entry(time: time, priority: priority, sequence: sequence, event: event)))
        return sequence
    }

    /// The next event in order, without removing it.
    @inlinable
    public func peek() -> Entry? {
        heap.min?.entry
    }

    /// Removes and returns the next event in order.
    @inlinable
    public mutating func popNext() -> Entry? {
        heap.popMin()?.entry
    }

    /// Orders entries by (time, priority, sequence) only, so `Event` needs no conformances.
    /// Sequence numbers are unique, so no two items compare equal unless they are the same.
    @usableFromInline
    struct Item: Comparable {
        @usableFromInline let entry: Entry

        @inlinable
        init(entry: Entry) {
            self.entry = entry
        }

        @inlinable
        static func < (lhs: Item, rhs: Item) -> Bool {
            (lhs.entry.time, lhs.entry.priority, lhs.entry.sequence)
                < (rhs.entry.time, rhs.entry.priority, rhs.entry.sequence)
        }

        @inlinable
        static func == (lhs: Item, rhs: Item) -> Bool {
            lhs.entry.sequence == rhs.entry.sequence
        }
    }
}

extension EventQueue.Entry: Sendable where Event: Sendable {}
extension EventQueue: Sendable where Event: Sendable {}
extension EventQueue.Item: Sendable where Event: Sendable {}
