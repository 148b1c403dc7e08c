// The per-product lifecycle and noise fit of `calibrate` (Calibration's LifecycleFitter) over a
// weekly sales history in the long format (unique_id, ds, y[, price]): every product on the
// file's full calendar of weeks (zeros before its first row), fitted one after the other and
// then on `THREADS` threads (each product fitted once per pass). Prints the wall time of each
// pass, the peak resident memory, the models and noise families chosen, the notes, and whether
// any fitted number was not finite. Built and run by scripts/bench-lifecycle.
import Calibration
import Dispatch
import Foundation

@main
struct BenchLifecycle {
    static func main() throws {
        let arguments = CommandLine.arguments
        let path = arguments.count > 1 ? arguments[1] : "/work/shared/data/online-retail-ii/weekly_demand.csv"
        let threads = Int(ProcessInfo.processInfo.environment["THREADS"] ?? "") ?? 2
        let series = try load(path)
        print("products \(series.count), weeks \(series.first?.count ?? 0), file \(path)")

        let fitter = LifecycleFitter()
        var start = DispatchTime.now()
        var fits: [LifecycleFit] = []
        for sales in series { fits.append(try fitter.fit(LifecycleFitInput(sales: sales))) }
        let serial = seconds(since: start)
        print(String(format: "one thread: %.2f s (%.2f ms a product)", serial, 1000 * serial / Double(series.count)))

        start = DispatchTime.now()
        let box = Results(count: series.count)
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            for index in stride(from: worker, to: series.count, by: threads) {
                box.set(index, try? fitter.fit(LifecycleFitInput(sales: series[index])))
            }
        }
        let parallel = seconds(since: start)
        print(String(format: "%d threads: %.2f s", threads, parallel))
        print("same fits on \(threads) threads: \(box.values.enumerated().allSatisfy { $0.element == fits[$0.offset] })")
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("peak resident memory: \(usage.ru_maxrss / 1024) MB")
        summarise(fits)
    }

    static func summarise(_ fits: [LifecycleFit]) {
        var models: [String: Int] = [:], noises: [String: Int] = [:], notes: [String: Int] = [:]
        var finite = true
        for fit in fits {
            let name = fit.chosen.map { fit.candidates[$0].name } ?? (fit.notes.contains(.noSales) ? "no sales" : "fallback")
            models[name, default: 0] += 1
            noises[fit.noise.family, default: 0] += 1
            for note in fit.notes { notes[String("\(note)".prefix(while: { $0 != "(" && $0 != ":" })), default: 0] += 1 }
            finite = finite && fit.baseline.allSatisfy(\.isFinite) && fit.uncertainty.allSatisfy { $0.logSigma.isFinite }
                && fit.candidates.allSatisfy { $0.logLikelihood.isFinite }
        }
        print("models: \(models.sorted { $0.key < $1.key })")
        print("noise: \(noises.sorted { $0.key < $1.key })")
        print("notes: \(notes.sorted { $0.value > $1.value })")
        print("every number finite: \(finite)")
        let failures = fits.flatMap { fit in fit.notes.filter { if case .bassFailed = $0 { true } else { false } } }
        for note in Set(failures.map { "\($0)" }).sorted() { print("  \(note)") }
    }

    /// One series per unique_id, in the order of the file, on the file's sorted weeks.
    static func load(_ path: String) throws -> [[Double]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rows: [(id: Substring, week: Substring, y: Double)] = []
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 3, let y = Double(fields[2]) else { continue }
            rows.append((fields[0], fields[1], y))
        }
        let weeks = Set(rows.map(\.week)).sorted()
        let column = Dictionary(uniqueKeysWithValues: weeks.enumerated().map { ($1, $0) })
        var order: [Substring] = [], index: [Substring: Int] = [:]
        var series: [[Double]] = []
        for row in rows {
            if index[row.id] == nil {
                index[row.id] = order.count
                order.append(row.id)
                series.append(Array(repeating: 0, count: weeks.count))
            }
            if let product = index[row.id], let week = column[row.week] { series[product][week] = row.y }
        }
        return series
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

/// Fits written by index from several threads (each index by one thread only).
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [LifecycleFit?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ fit: LifecycleFit?) {
        lock.lock()
        storage[index] = fit
        lock.unlock()
    }

    var values: [LifecycleFit?] { lock.lock(); defer { lock.unlock() }; return storage }
}
