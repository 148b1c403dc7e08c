/// The pool's bookkeeping between the items it has started and those it has delivered: which
/// item starts next, which is delivered next, and a ring of slots for the results that finished
/// before an earlier one.
///
/// Invariants, checked after every change in debug builds (``checkInvariants()``):
/// - `delivered ≤ started ≤ count` and `started − delivered ≤ capacity` (the window);
/// - `running ≤ workers`;
/// - `running + held == started − delivered`: every started, undelivered item is running or
///   held, never both, never neither;
/// - the slot `index % capacity` holds a result only when `index` is in `delivered..<started`,
///   so no two held results share a slot.
///
/// Every operation is O(1); the ring takes `capacity` slots for the whole run.
struct ReorderWindow<Output, Failure: Error> {
    /// Items in the run.
    let count: Int
    /// The most items running at once.
    let workers: Int
    /// The most items started and not yet delivered.
    let capacity: Int
    /// Items started (prepared; running, held or delivered): the next to start is `started`.
    private(set) var started = 0
    /// Items delivered: the next to deliver is `delivered`.
    private(set) var delivered = 0
    /// Items working now.
    private(set) var running = 0
    /// Items finished (or failed to prepare) and waiting for an earlier one.
    private(set) var held = 0
    /// Set when an item failed or the caller was cancelled: nothing more starts.
    private(set) var stopped = false
    private var slots: [Result<Output, Failure>?]

    init(count: Int, workers: Int, capacity: Int) {
        precondition(workers >= 1 && capacity >= workers, "ReorderWindow: at least one worker, and a window as wide")
        self.count = max(0, count)
        self.workers = workers
        self.capacity = capacity
        slots = Array(repeating: nil, count: capacity)
        checkInvariants()
    }

    /// Whether another item may start now: one is left, a worker is free and the window has room.
    var canStart: Bool {
        !stopped && started < count && running < workers && started - delivered < capacity
    }

    /// Item `started` is on its way to a worker.
    mutating func start() {
        precondition(canStart, "ReorderWindow: no item may start now")
        started += 1
        running += 1
        checkInvariants()
    }

    /// Item `started` could not be prepared: it counts as started and failed, and nothing more
    /// starts.
    mutating func refuse(_ error: Failure) {
        precondition(canStart, "ReorderWindow: no item may start now")
        hold(.failure(error), at: started)
        started += 1
        stopped = true
        checkInvariants()
    }

    /// A worker finished item `index`; a failure stops the starting of new items.
    mutating func finish(_ index: Int, _ result: Result<Output, Failure>) {
        precondition(running > 0 && (delivered..<started).contains(index), "ReorderWindow: item \(index) is not running")
        running -= 1
        hold(result, at: index)
        if case .failure = result { stopped = true }
        checkInvariants()
    }

    /// Stops the starting of new items (the caller was cancelled).
    mutating func stop() {
        stopped = true
    }

    /// The next item's result, when it has finished; it then counts as delivered.
    mutating func next() -> (index: Int, result: Result<Output, Failure>)? {
        guard delivered < started, let result = slots[delivered % capacity] else { return nil }
        slots[delivered % capacity] = nil
        held -= 1
        delivered += 1
        checkInvariants()
        return (delivered - 1, result)
    }

    private mutating func hold(_ result: Result<Output, Failure>, at index: Int) {
        precondition(slots[index % capacity] == nil, "ReorderWindow: slot of item \(index) taken")
        slots[index % capacity] = result
        held += 1
    }

    #if DEBUG
    /// Traps when an invariant of the type's documentation does not hold (debug builds only).
    func checkInvariants() {
        precondition(0 <= delivered && delivered <= started && started <= count, "ReorderWindow: cursors out of order")
        precondition(started - delivered <= capacity, "ReorderWindow: window overrun")
        precondition(0 <= running && running <= workers, "ReorderWindow: \(running) items running on \(workers) workers")
        precondition(running + held == started - delivered, "ReorderWindow: an item is lost or counted twice")
        let occupied = Set(slots.indices.filter { slots[$0] != nil })
        let waiting = Set((delivered..<started).map { $0 % capacity })
        precondition(occupied.count == held && occupied.isSubset(of: waiting),
                     "ReorderWindow: \(occupied.count) slots taken for \(held) held items")
    }
    #else
    @inline(__always)
    func checkInvariants() {}
    #endif
}
