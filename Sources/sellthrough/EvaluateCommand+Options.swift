import ArgumentParser
import Evaluation
import Reporting

/// The options of `evaluate` that need the command line as a whole, or the series, to check:
/// origins against windows, the series to show, the reference forecaster. Each problem is a
/// command-line error (exit 64) saying what to write instead.
extension EvaluateCommand {
    /// The most series `--show` may name: the page draws one panel each.
    static let maximumShown = 24

    /// The origins of `--origins`, checked; nil when windows are counted with `--windows`.
    func plannedOrigins() throws(ValidationError) -> [WindowOrigin]? {
        guard let origins else {
            guard windows != nil else {
                throw ValidationError("give --windows N (windows at the end of each series) or --origins (e.g. launch+4,launch+8,launch+12)")
            }
            return nil
        }
        guard windows == nil && step == nil else {
            throw ValidationError("--origins sets the windows itself; give either --origins or --windows (and --step), not both")
        }
        do {
            return try WindowOrigin.list(origins, horizon: horizon)
        } catch {
            throw ValidationError("--origins: \(error.description)")
        }
    }

    /// The indices of the `--show` series in `prepared`, checked (known, evaluated, at most
    /// ``maximumShown``, none twice); nil without `--show`.
    func shownSeries(_ prepared: PreparedEvaluation) throws -> [Int]? {
        guard let show else { return nil }
        let ids = show.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let index = Dictionary(prepared.series.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let plan = prepared.evaluation.plan
        var indices: [Int] = []
        for id in ids {
            guard !id.isEmpty else { throw Self.commandLine("--show: an id is empty (write e.g. --show A,B)") }
            guard let found = index[id] else {
                let hint = Self.closest(to: id, among: prepared.series.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
                throw Self.commandLine("--show: no series is called '\(id)'\(hint); the source has \(prepared.series.count) series")
            }
            guard !indices.contains(found) else { throw Self.commandLine("--show: '\(id)' is named twice") }
            let series = prepared.series[found]
            guard !plan.windows(length: series.count, launch: series.launch).isEmpty else {
                throw Self.commandLine("--show: series '\(id)' gets no window (\(series.count) periods"
                                       + (series.launch == nil ? ", no sale" : "") + "); choose a series that is evaluated")
            }
            indices.append(found)
        }
        guard indices.count <= Self.maximumShown else {
            throw Self.commandLine("--show: \(indices.count) series named; the report draws at most \(Self.maximumShown)")
        }
        return indices
    }

    /// Checks that `--reference` names one of the forecasters.
    func checkReference(_ prepared: PreparedEvaluation) throws {
        guard let reference else { return }
        let labels = prepared.evaluation.labels
        guard labels.contains(reference) else {
            let hint = Self.closest(to: reference, among: labels).map { " (did you mean '\($0)'?)" } ?? ""
            throw Self.commandLine("--reference: no forecaster is called '\(reference)'\(hint); the forecasters are "
                                   + labels.joined(separator: ", "))
        }
    }

    /// Prints `message` as a command-line error and returns the exit status for it (64).
    static func commandLine(_ message: String) -> ExitCode {
        printError("error: " + message)
        return ExitCode.validationFailure
    }

    /// The candidate closest to `text` by edit distance, when close enough to be a typo (at
    /// most a third of its length, and 1 for short names) or `text` is a prefix of it.
    static func closest(to text: String, among candidates: [String]) -> String? {
        let lowered = text.lowercased()
        if let prefixed = candidates.first(where: { $0.lowercased().hasPrefix(lowered) }), !lowered.isEmpty { return prefixed }
        let scored = candidates.map { ($0, editDistance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, text.count / 3) else { return nil }
        return best.0
    }

    /// Edit distance between `a` and `b`, in characters: insertions, deletions, substitutions
    /// and swaps of neighbours ("sse" → "ses") each count 1 (optimal string alignment).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let (a, b) = (Array(a), Array(b))
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = (0...a.count).map { i in (0...b.count).map { j in i == 0 ? j : (j == 0 ? i : 0) } }
        for i in 1...a.count {
            for j in 1...b.count {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
