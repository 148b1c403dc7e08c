import Testing
@testable import TaskPool

@Suite("ordered task pool: bounded window")
struct WindowTests {
    /// The seed of every random delay in this suite.
    static let seed: UInt64 = 0xB0_0014

    @Test("never more than `window` items started and undelivered, nor more than `workers` working (seed 0xB00014)",
          arguments: [(2, 2), (2, 8), (3, 5), (4, 16)])
    func bounded(workers: Int, window: Int) async {
        let workload = Workload(count: 200, seed: Self.seed &+ UInt64(window), longest: 500)
        let pool = OrderedTaskPool(workers: workers, window: window)
        let gauge = Gauge()
        let seen = await transcript(of: workload, on: pool, gauge: gauge)
        #expect(seen.delivered.count == workload.count)
        #expect(seen.ahead.allSatisfy { $0 <= window })
        #expect(gauge.peak <= workers)
    }

    // No deadline inside the test: under a loaded test run the other items' tasks may wait a
    // long time for a thread (a one-minute deadline once expired there with the pool working).
    // A pool that never runs ahead hangs item 0, and the time limit then fails the test.
    @Test("behind a slow first item the pool runs ahead exactly to the window's edge, then waits",
          .timeLimit(.minutes(10)), arguments: [2, 3])
    func runsAheadToTheEdge(workers: Int) async {
        let pool = OrderedTaskPool(workers: workers)
        // Item 0 finishes only once the item at the window's edge has been prepared.
        let edgeReached = Gauge()
        var ahead: [Int] = []
        var delivered: [Int] = []
        await pool.run(100) { index in
            ahead.append(index + 1 - delivered.count)
            if index == pool.window - 1 { edgeReached.enter() }
            return index
        } work: { index in
            while index == 0, edgeReached.peak == 0, !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(1))
            }
            return index
        } deliver: { index, _ in
            delivered.append(index)
        }
        #expect(delivered == Array(0..<100))
        #expect(ahead.max() == pool.window)
        // Until item 0 was delivered, every prepared item stayed in the window.
        #expect(ahead.prefix(pool.window) == ArraySlice(1...pool.window))
    }

    @Test("the reorder window holds early results until the item before them finishes, in fixed slots")
    func reorderWindow() {
        var window = ReorderWindow<Int, ItemFailure>(count: 10, workers: 2, capacity: 3)
        window.start()
        window.start()
        #expect(!window.canStart, "both workers busy")
        window.finish(1, .success(10))
        #expect(window.next() == nil, "item 1 waits for item 0")
        #expect(window.canStart)
        window.start()
        window.finish(2, .success(20))
        #expect(!window.canStart, "three items undelivered fill a window of three")
        window.finish(0, .success(0))
        let ready = [window.next(), window.next(), window.next()].map { $0.map { ($0.index, try? $0.result.get()) } }
        #expect(ready.map { $0?.0 } == [0, 1, 2] && ready.map { $0?.1 } == [0, 10, 20])
        #expect(window.next() == nil && window.held == 0 && window.delivered == 3)
        window.start()
        window.refuse(.prepare(4))
        #expect(window.stopped && !window.canStart)
        window.finish(3, .success(30))
        #expect(window.next()?.index == 3)
        #expect(window.next().flatMap { $0.result.failure } == .prepare(4))
    }
}

extension Result {
    var failure: Failure? {
        if case let .failure(error) = self { return error }
        return nil
    }
}
