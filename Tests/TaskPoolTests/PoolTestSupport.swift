import Foundation
import TaskPool

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator, so every random delay and
/// failure in these tests comes from a seed named in the test.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Why a test item failed, and at which index.
enum ItemFailure: Error, Equatable {
    case prepare(Int)
    case work(Int)
    case deliver(Int)
}

/// A workload: how long each item works, and which stage of which item fails.
struct Workload: Sendable {
    var delays: [Duration]
    var failsToPrepare: Set<Int> = []
    var failsToWork: Set<Int> = []
    var failsToDeliver: Set<Int> = []

    var count: Int { delays.count }

    /// `count` items, each working a random 0…`longest` microseconds drawn from `seed`.
    init(count: Int, seed: UInt64, longest: Int = 1_000) {
        var generator = SplitMix64(seed: seed)
        delays = (0..<count).map { _ in .microseconds(Int.random(in: 0...longest, using: &generator)) }
    }

    /// The output of item `index`, computed after its delay.
    static func output(_ index: Int) -> Int { index &* 7_919 &+ 13 }
}

/// What the caller saw of a run: every prepare and delivery, in order, and the outcome.
struct Transcript: Equatable {
    var prepared: [Int] = []
    var delivered: [Int] = []
    var outputs: [Int] = []
    var returned: Int?
    var error: ItemFailure?
    /// Per prepare, how many items were started and not delivered, this one included.
    var ahead: [Int] = []
}

/// Counts the items working at once, from any task.
final class Gauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private var highest = 0

    func enter() {
        lock.withLock {
            current += 1
            highest = max(highest, current)
        }
    }

    func leave() {
        lock.withLock { current -= 1 }
    }

    var peak: Int { lock.withLock { highest } }
}

/// Runs `workload` on `pool`, recording what the caller sees.
func transcript(of workload: Workload, on pool: OrderedTaskPool, gauge: Gauge = Gauge()) async -> Transcript {
    var seen = Transcript()
    do throws(ItemFailure) {
        seen.returned = try await pool.run(workload.count) { index throws(ItemFailure) in
            if workload.failsToPrepare.contains(index) { throw .prepare(index) }
            seen.prepared.append(index)
            seen.ahead.append(index + 1 - seen.delivered.count)
            return index
        } work: { index throws(ItemFailure) in
            gauge.enter()
            defer { gauge.leave() }
            try? await Task.sleep(for: workload.delays[index])
            if workload.failsToWork.contains(index) { throw .work(index) }
            return Workload.output(index)
        } deliver: { index, output throws(ItemFailure) in
            if workload.failsToDeliver.contains(index) { throw .deliver(index) }
            seen.delivered.append(index)
            seen.outputs.append(output)
        }
    } catch {
        seen.error = error
    }
    return seen
}
