import Foundation

/// A progress bar with an estimate of the time left, redrawn in place on standard error, for
/// long runs watched from a terminal. Silent when standard error is not a terminal (a log file),
/// under CI (the `CI` environment variable set, as CI services do, even on a pseudo-terminal) or
/// when asked to be quiet, so nothing but results ever reaches a file.
final class ProgressBar {
    private let total: Int
    private let label: String
    private let enabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var lastCount = -1

    /// A bar for `total` steps of `label` ("replications"); drawn only when `quiet` is false,
    /// standard error is a terminal and `CI` is not set.
    init(total: Int, label: String, quiet: Bool) {
        self.total = max(total, 1)
        self.label = label
        let underCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
        enabled = !quiet && !underCI && isatty(STDERR_FILENO) == 1
    }

    /// Shows that `done` steps are finished (redrawn at most ten times a second, and at the end).
    func update(_ done: Int) {
        guard enabled, done != lastCount else { return }
        let now = Date()
        guard done >= total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        lastCount = done
        let fraction = Double(min(done, total)) / Double(total)
        let width = 30
        let filled = Int((fraction * Double(width)).rounded(.down))
        let elapsed = now.timeIntervalSince(started)
        let eta = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = "\r\(label) \(done)/\(total) [\(bar)] \(Int(fraction * 100))%  "
            + (done > 0 && done < total ? "ETA \(Self.duration(eta))" : "elapsed \(Self.duration(elapsed))") + "   "
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Erases the bar, so that a line printed next starts clean; the next update draws it again.
    func clear() {
        guard enabled, lastCount >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        lastDrawn = .distantPast
        lastCount = -1
    }

    /// Ends the bar's line.
    func finish() {
        guard enabled, lastCount >= 0 else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }

    /// "1h02m", "3m05s" or "12s".
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole >= 3600 { return String(format: "%dh%02dm", whole / 3600, whole % 3600 / 60) }
        if whole >= 60 { return String(format: "%dm%02ds", whole / 60, whole % 60) }
        return "\(whole)s"
    }
}
