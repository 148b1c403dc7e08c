import GSL

/// Runs units of work on up to `threads` child tasks (Swift structured concurrency) and
/// delivers their results on the calling task strictly in sequence, whatever order they finish
/// in. At most `4 × threads` finished results wait for an earlier one, so memory stays bounded
/// however many units there are.
enum UnitScheduler {
    static func run(
        _ units: WorkUnits, threads: Int,
        compute: @escaping @Sendable (WorkUnit) throws(GSLError) -> UnitResult,
        deliver: (UnitResult) throws(GSLError) -> Void
    ) async throws(GSLError) {
        let width = max(1, threads)
        let failure: GSLError? = await withTaskGroup(of: Result<UnitResult, GSLError>.self) { group in
            var next = 0
            var waiting: [Int: UnitResult] = [:]
            var delivered = 0
            var running = 0
            func start() {
                while running < width, next < units.count, waiting.count < 4 * width {
                    let unit = units[next]
                    next += 1
                    running += 1
                    group.addTask { Result { () throws(GSLError) in try compute(unit) } }
                }
            }
            start()
            while let finished = await group.next() {
                running -= 1
                switch finished {
                case let .failure(error):
                    group.cancelAll()
                    return error
                case let .success(result):
                    waiting[result.unit.sequence] = result
                }
                while let ready = waiting.removeValue(forKey: delivered) {
                    do throws(GSLError) {
                        try deliver(ready)
                    } catch {
                        group.cancelAll()
                        return error
                    }
                    delivered += 1
                }
                start()
            }
            return nil
        }
        if let failure { throw failure }
    }
}
