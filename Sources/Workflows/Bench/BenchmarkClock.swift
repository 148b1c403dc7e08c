import Foundation

/// Wall-clock time and memory figures for benchmarks.
enum BenchmarkClock {
    /// Seconds on the monotonic clock.
    static func seconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Peak resident set size of this process, in MB (Linux reports ru_maxrss in kB).
    static func maxResidentMegabytes() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / (1024 * 1024) // bytes on Darwin
        #endif
    }
}
