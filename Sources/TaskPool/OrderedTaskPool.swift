/// Runs items `0..<count` on a fixed number of workers and hands their results to the caller
/// strictly in index order, whatever order they finish in: the one parallel runner of the
/// backtest, the rolling-origin evaluation and the what-if sweep.
///
/// Each item goes through three stages:
/// 1. `prepare(index)` on the calling task, in index order, at most once per index, just before
///    the item starts (for work that must be done in order or once, such as decoding an input);
/// 2. `work(job)` on one of the workers (a child task), concurrently with other items;
/// 3. `deliver(index, output)` on the calling task, in index order (the place for folding
///    results in and reporting progress).
///
/// **Determinism.** With ``workers`` = 1 the items run one after the other on the calling task,
/// prepared, worked and delivered in turn. With more workers the caller sees exactly the same
/// calls to `deliver`, in the same order, and the same error: only the time they take differs.
/// So a result that depends only on what `deliver` receives is the same bit for bit whatever the
/// number of workers.
///
/// **Bounded memory.** At most ``window`` items are started and not yet delivered: those
/// running and those finished but waiting for an earlier one. A slow item therefore holds the
/// pool back at most `window` items ahead of it, and however large `count` is, no more than
/// `window` outputs (and jobs) exist at once.
///
/// **Errors.** The error thrown is the one a sequential run would throw: that of the lowest
/// index whose `prepare`, `work` or `deliver` failed. Every item before it is delivered first;
/// nothing after it is. Once any item has failed the pool starts no new item; items already
/// running after the failing one are cancelled (`Task.isCancelled`) and their results dropped.
///
/// **Cancellation.** When the calling task is cancelled the pool starts no new item, delivers
/// in order those it has started, and returns how many it delivered (fewer than `count`); the
/// workers see the cancellation through `Task.isCancelled`.
///
/// **Complexity.** O(1) bookkeeping per item (a ring of ``window`` slots, no hashing, no
/// sorting), one child task per item, and O(``window``) memory besides the items themselves.
public struct OrderedTaskPool: Sendable {
    /// Items worked on at the same time (≥ 1); 1 runs every item on the calling task, in order.
    public let workers: Int
    /// The most items started and not yet delivered (≥ ``workers``).
    public let window: Int

    /// Items per worker the default window holds: enough for uneven items to keep every
    /// worker busy, few enough that early results wait in little memory.
    public static let windowPerWorker = 4

    /// A pool of `workers` (fewer than 1 means 1) holding at most `window` items started and not
    /// delivered (default ``windowPerWorker`` × `workers`; never fewer than `workers`).
    public init(workers: Int, window: Int? = nil) {
        self.workers = max(1, workers)
        self.window = max(self.workers, window ?? Self.windowPerWorker * self.workers)
    }

    /// Prepares, works and delivers items `0..<count` (see ``OrderedTaskPool``).
    /// - Parameters:
    ///   - prepare: makes item `index`'s job on the calling task, in index order.
    ///   - work: computes a job's output on a worker.
    ///   - deliver: receives each output on the calling task, in index order.
    /// - Returns: the number of items delivered: `count`, unless the calling task was cancelled.
    /// - Throws: the first error in index order (see ``OrderedTaskPool``).
    @discardableResult
    public func run<Job: Sendable, Output: Sendable, Failure: Error>(
        _ count: Int,
        isolation: isolated (any Actor)? = #isolation,
        prepare: (_ index: Int) throws(Failure) -> Job,
        work: @escaping @Sendable (Job) async throws(Failure) -> Output,
        deliver: (_ index: Int, Output) throws(Failure) -> Void
    ) async throws(Failure) -> Int {
        guard workers > 1, count > 1 else {
            return try await sequence(count, prepare: prepare, work: work, deliver: deliver)
        }
        return try await parallel(count, prepare: prepare, work: work, deliver: deliver)
    }

    /// Works and delivers items `0..<count` when nothing needs preparing on the calling task:
    /// `work` receives the item's index.
    @discardableResult
    public func run<Output: Sendable, Failure: Error>(
        _ count: Int,
        isolation: isolated (any Actor)? = #isolation,
        work: @escaping @Sendable (_ index: Int) async throws(Failure) -> Output,
        deliver: (_ index: Int, Output) throws(Failure) -> Void
    ) async throws(Failure) -> Int {
        try await run(count, prepare: { (index) throws(Failure) in index }, work: work, deliver: deliver)
    }

    /// One worker: every item on the calling task, in order.
    private func sequence<Job: Sendable, Output: Sendable, Failure: Error>(
        _ count: Int,
        isolation: isolated (any Actor)? = #isolation,
        prepare: (Int) throws(Failure) -> Job,
        work: @Sendable (Job) async throws(Failure) -> Output,
        deliver: (Int, Output) throws(Failure) -> Void
    ) async throws(Failure) -> Int {
        for index in 0..<max(0, count) {
            if Task.isCancelled { return index }
            let job = try prepare(index)
            try deliver(index, try await work(job))
        }
        return max(0, count)
    }
}
