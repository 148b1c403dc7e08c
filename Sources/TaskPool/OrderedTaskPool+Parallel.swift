extension OrderedTaskPool {
    /// Several workers: one child task per item (Swift structured concurrency), at most
    /// ``workers`` running and ``window`` undelivered, delivered in order on the calling task.
    ///
    /// Each turn starts what the window allows, delivers what is ready, then, when that made no
    /// room for another item, waits for a worker; it ends when nothing is running. A failure met
    /// in delivery order is the first in index order (everything before it was delivered), so it
    /// ends the run; the items still running are all after it and are cancelled, and the task
    /// group waits for them before returning.
    func parallel<Job: Sendable, Output: Sendable, Failure: Error>(
        _ count: Int,
        isolation: isolated (any Actor)? = #isolation,
        prepare: (Int) throws(Failure) -> Job,
        work: @escaping @Sendable (Job) async throws(Failure) -> Output,
        deliver: (Int, Output) throws(Failure) -> Void
    ) async throws(Failure) -> Int {
        typealias Finished = (index: Int, result: Result<Output, Failure>)
        let (failure, delivered) = await withTaskGroup(of: Finished.self, returning: (Failure?, Int).self) { group in
            var window = ReorderWindow<Output, Failure>(count: count, workers: workers, capacity: self.window)
            /// Starts items while the window, the workers and the caller's cancellation allow.
            func startWhatFits() {
                while window.canStart {
                    guard !Task.isCancelled else { return window.stop() }
                    let index = window.started
                    do throws(Failure) {
                        let job = try prepare(index)
                        window.start()
                        group.addTask { await Self.outcome(of: job, index: index, work) }
                    } catch {
                        window.refuse(error)
                    }
                }
            }
            while true {
                startWhatFits()
                while let ready = window.next() {
                    do throws(Failure) {
                        try deliver(ready.index, try ready.result.get())
                    } catch {
                        group.cancelAll()
                        return (error, ready.index)
                    }
                }
                // Deliveries may have made room in the window: start again before waiting.
                if window.canStart { continue }
                guard window.running > 0, let finished = await group.next() else { break }
                window.finish(finished.index, finished.result)
            }
            return (nil, window.delivered)
        }
        if let failure { throw failure }
        return delivered
    }

    /// Item `index`'s output or failure, on a worker.
    private static func outcome<Job, Output, Failure>(
        of job: Job, index: Int, _ work: @Sendable (Job) async throws(Failure) -> Output
    ) async -> (index: Int, result: Result<Output, Failure>) {
        do throws(Failure) {
            return (index, .success(try await work(job)))
        } catch {
            return (index, .failure(error))
        }
    }
}
