import Testing
import TaskPool

@Suite("ordered task pool: errors and cancellation")
struct FailureTests {
    /// The seed of every random delay in this suite.
    static let seed: UInt64 = 0xFA11_0014

    @Test("the first failure in index order wins even when a later one finishes first; everything before it is delivered",
          arguments: [1, 2, 4])
    func firstInIndexOrder(workers: Int) async {
        var workload = Workload(count: 80, seed: Self.seed, longest: 200)
        workload.delays[17] = .milliseconds(30)   // fails last …
        workload.delays[19] = .zero               // … after this later failure
        workload.failsToWork = [17, 19, 40]
        let pool = OrderedTaskPool(workers: workers)
        let seen = await transcript(of: workload, on: pool)
        #expect(seen.error == .work(17))
        #expect(seen.delivered == Array(0..<17))
        #expect(seen.returned == nil)
        // Nothing starts once 19 has failed, and nothing runs past the window of the unfinished 17.
        #expect(seen.prepared.allSatisfy { $0 < 17 + pool.window })
    }

    @Test("a failure to prepare is the item's failure: earlier failures still win, later ones never start",
          arguments: [1, 3])
    func prepareFails(workers: Int) async {
        var workload = Workload(count: 50, seed: Self.seed &+ 1, longest: 300)
        workload.failsToPrepare = [9]
        let alone = await transcript(of: workload, on: OrderedTaskPool(workers: workers))
        #expect(alone.error == .prepare(9))
        #expect(alone.delivered == Array(0..<9))
        #expect(alone.prepared == Array(0..<9))

        workload.failsToWork = [5]
        workload.delays[5] = .milliseconds(20)
        let earlier = await transcript(of: workload, on: OrderedTaskPool(workers: workers))
        #expect(earlier.error == .work(5))
        #expect(earlier.delivered == Array(0..<5))
    }

    @Test("a failure to deliver ends the run at that item", arguments: [1, 3])
    func deliverFails(workers: Int) async {
        var workload = Workload(count: 50, seed: Self.seed &+ 2, longest: 300)
        workload.failsToDeliver = [12, 30]
        let seen = await transcript(of: workload, on: OrderedTaskPool(workers: workers))
        #expect(seen.error == .deliver(12))
        #expect(seen.delivered == Array(0..<12))
    }

    @Test("items running after the failing one are cancelled and dropped, not waited for to the end")
    func laterItemsCancelled() async {
        let pool = OrderedTaskPool(workers: 2)
        let gauge = Gauge()
        var delivered: [Int] = []
        do throws(ItemFailure) {
            try await pool.run(2) { (index: Int) async throws(ItemFailure) -> Int in
                if index == 0 {
                    try? await Task.sleep(for: .milliseconds(5))
                    throw .work(0)
                }
                // Sleeps until cancelled: a pool that waited for it to finish would hang here.
                do {
                    try await Task.sleep(for: .seconds(600))
                } catch {
                    gauge.enter()
                }
                return index
            } deliver: { (index: Int, _: Int) throws(ItemFailure) in
                delivered.append(index)
            }
            Issue.record("the failure of item 0 was not thrown")
        } catch {
            #expect(error == .work(0))
        }
        #expect(delivered.isEmpty)
        #expect(gauge.peak == 1, "item 1 saw its cancellation")
    }

    @Test("cancelling the caller stops new items; the started ones are delivered in order and counted",
          arguments: [1, 3])
    func callerCancelled(workers: Int) async {
        let workload = Workload(count: 1_000, seed: Self.seed &+ 3, longest: 100)
        let pool = OrderedTaskPool(workers: workers)
        let run = Task {
            var prepared: [Int] = []
            var delivered: [Int] = []
            let returned = await pool.run(workload.count) { index in
                prepared.append(index)
                return index
            } work: { index in
                try? await Task.sleep(for: workload.delays[index])
                return index
            } deliver: { index, _ in
                delivered.append(index)
                if index == 10 { withUnsafeCurrentTask { $0?.cancel() } }
            }
            return (prepared, delivered, returned)
        }
        let (prepared, delivered, returned) = await run.value
        #expect(returned > 10 && returned < workload.count)
        #expect(returned <= 11 + pool.window)
        #expect(delivered == Array(0..<returned))
        #expect(prepared == delivered, "every item started was delivered")
        if workers == 1 { #expect(returned == 11) }
    }
}
