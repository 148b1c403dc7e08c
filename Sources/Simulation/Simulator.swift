/// A minimal discrete-event run loop: a clock and a future-event list.
///
/// Time is an integer period. `step` takes the next event, moves the clock to its time and hands
/// it to the caller; `run(until:)` repeats that for every event before a given period. Handlers
/// may schedule further events, including more events in the current period (they run after the
/// ones already due, by priority and then insertion order). Scheduling in the past is a
/// programming error and traps.
///
/// Today it is each product's market event list (`ProductMarket` in Market: launch, end of life,
/// changes of conditions, the start of a post-promotion dip). The closed loop runs its arrivals,
/// sales, observation, review and costs as fixed stages of each period instead of as events.
public struct Simulator<Event> {
    /// The current period: the time of the last event taken, or the start time.
    @inlinable public var now: Int { clock }
    @usableFromInline var clock: Int
    @usableFromInline var queue = EventQueue<Event>()

    @inlinable
    public init(startingAt time: Int = 0) {
        self.clock = time
    }

    /// Number of events still pending.
    @inlinable public var pendingCount: Int { queue.count }

    /// Time of the next pending event, if any.
    @inlinable public var nextEventTime: Int? { queue.peek()?.time }

    /// Schedules `event` at period `time` (≥ `now`) with `priority` (smaller runs first within a period).
    @inlinable @discardableResult
    public mutating func schedule(_ event: Event, at time: Int, priority: Int = 0) -> UInt64 {
        precondition(time >= now, "cannot schedule an event at period \(time), before the clock (\(now))")
        return queue.schedule(event, at: time, priority: priority)
    }

    /// Takes the next event, advances the clock to it and passes it to `handle`.
    /// Returns false when no event was pending.
    @inlinable @discardableResult
    public mutating func step(_ handle: (inout Simulator, EventQueue<Event>.Entry) throws -> Void) rethrows -> Bool {
        guard let entry = queue.popNext() else { return false }
        clock = entry.time
        try handle(&self, entry)
        return true
    }

    /// Processes, in order, every event scheduled before period `end` (including those the
    /// handler schedules along the way), then sets the clock to `end`.
    @inlinable
    public mutating func run(until end: Int, _ handle: (inout Simulator, EventQueue<Event>.Entry) throws -> Void) rethrows {
        while let next = queue.peek(), next.time < end {
            try step(handle)
        }
        clock = max(clock, end)
    }
}
