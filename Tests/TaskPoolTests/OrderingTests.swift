import Testing
import TaskPool

@Suite("ordered task pool: order and determinism")
struct OrderingTests {
    /// The seed of every random delay in this suite.
    static let seed: UInt64 = 0x5EED_0014

    @Test("items finishing in random order (seed 0x5EED0014) are delivered in index order, each once, with its own output",
          arguments: [1, 2, 3, 8])
    func inOrder(workers: Int) async {
        let workload = Workload(count: 150, seed: Self.seed &+ UInt64(workers))
        for pool in [OrderedTaskPool(workers: workers), OrderedTaskPool(workers: workers, window: workers)] {
            let seen = await transcript(of: workload, on: pool)
            #expect(seen.error == nil)
            #expect(seen.returned == workload.count)
            #expect(seen.prepared == Array(0..<workload.count))
            #expect(seen.delivered == Array(0..<workload.count))
            #expect(seen.outputs == (0..<workload.count).map(Workload.output))
        }
    }

    @Test("several workers show the caller exactly what one worker does (seed 0x5EED0014): deliveries, count and error")
    func sameAsSequential() async {
        var generator = SplitMix64(seed: Self.seed)
        for trial in 0..<12 {
            var workload = Workload(count: 60, seed: Self.seed &+ UInt64(trial), longest: 400)
            // No failure in the first trials; then a few failures of each kind at random places.
            if trial >= 3 {
                workload.failsToWork = Set((0..<2).map { _ in Int.random(in: 0..<60, using: &generator) })
                workload.failsToPrepare = Set((0..<1).map { _ in Int.random(in: 0..<60, using: &generator) })
                workload.failsToDeliver = Set((0..<1).map { _ in Int.random(in: 0..<60, using: &generator) })
            }
            let sequential = await transcript(of: workload, on: OrderedTaskPool(workers: 1))
            for (workers, window) in [(2, nil), (2, 2), (5, nil), (5, 6)] {
                let parallel = await transcript(of: workload, on: OrderedTaskPool(workers: workers, window: window))
                #expect(parallel.delivered == sequential.delivered, "trial \(trial), \(workers) workers")
                #expect(parallel.outputs == sequential.outputs, "trial \(trial), \(workers) workers")
                #expect(parallel.returned == sequential.returned, "trial \(trial), \(workers) workers")
                #expect(parallel.error == sequential.error, "trial \(trial), \(workers) workers")
            }
        }
    }

    @Test("one worker prepares, works and delivers each item before the next, on the calling task")
    func oneWorkerIsSequential() async {
        var events: [String] = []
        let pool = OrderedTaskPool(workers: 1)
        let delivered = await pool.run(3) { index in
            events.append("prepare \(index)")
            return index
        } work: { index in
            index * 10
        } deliver: { index, output in
            events.append("deliver \(index): \(output)")
        }
        #expect(delivered == 3)
        #expect(events == ["prepare 0", "deliver 0: 0", "prepare 1", "deliver 1: 10", "prepare 2", "deliver 2: 20"])
    }

    @Test("no items: nothing is called and nothing is delivered", arguments: [1, 4])
    func empty(workers: Int) async {
        var calls = 0
        let delivered = await OrderedTaskPool(workers: workers).run(0) { index in
            index
        } deliver: { _, _ in
            calls += 1
        }
        #expect(delivered == 0 && calls == 0)
    }

    @Test("fewer than one worker means one; the window is never narrower than the workers")
    func settings() {
        #expect(OrderedTaskPool(workers: 0).workers == 1)
        #expect(OrderedTaskPool(workers: -3).window == OrderedTaskPool.windowPerWorker)
        #expect(OrderedTaskPool(workers: 3).window == 3 * OrderedTaskPool.windowPerWorker)
        #expect(OrderedTaskPool(workers: 4, window: 2).window == 4)
    }
}
