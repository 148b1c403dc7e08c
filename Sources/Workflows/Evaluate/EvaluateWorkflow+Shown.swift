import Evaluation
import Spelling

/// The choices of the report that need the series to check: the series to draw and the
/// reference forecaster. Each problem is the request's, with a suggestion when a name is close.
extension EvaluateWorkflow {
    /// The most series the report draws: one panel each.
    public static let maximumShown = 24

    /// The indices of the `ids` in `prepared`, checked (known, evaluated, at most
    /// ``maximumShown``, none twice); nil when none are named.
    static func shownSeries(_ ids: [String]?, of prepared: PreparedEvaluation) throws(WorkflowError) -> [Int]? {
        guard let ids else { return nil }
        let index = Dictionary(prepared.series.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let plan = prepared.evaluation.plan
        var indices: [Int] = []
        for id in ids {
            guard !id.isEmpty else { throw .request(.shownSeries(.emptyID)) }
            guard let found = index[id] else {
                let suggestion = closest(to: id, among: prepared.series.map(\.id))
                throw .request(.shownSeries(.unknown(id, suggestion: suggestion, seriesCount: prepared.series.count)))
            }
            guard !indices.contains(found) else { throw .request(.shownSeries(.repeated(id))) }
            let series = prepared.series[found]
            guard !plan.windows(length: series.count, launch: series.launch).isEmpty else {
                throw .request(.shownSeries(.noWindow(id, periods: series.count, sold: series.launch != nil)))
            }
            indices.append(found)
        }
        guard indices.count <= maximumShown else { throw .request(.shownSeries(.tooMany(indices.count, maximum: maximumShown))) }
        return indices
    }

    /// Checks that `reference`, when given, names one of the forecasters.
    static func checkReference(_ reference: String?, of prepared: PreparedEvaluation) throws(WorkflowError) {
        guard let reference else { return }
        let labels = prepared.evaluation.labels
        guard labels.contains(reference) else {
            throw .request(.unknownReference(reference, suggestion: closest(to: reference, among: labels), forecasters: labels))
        }
    }

    /// The candidate closest to `text` by edit distance, when close enough to be a typo (at
    /// most a third of its length, and 1 for short names) or `text` is a prefix of it.
    static func closest(to text: String, among candidates: [String]) -> String? {
        let lowered = text.lowercased()
        if let prefixed = candidates.first(where: { $0.lowercased().hasPrefix(lowered) }), !lowered.isEmpty { return prefixed }
        let scored = candidates.map { ($0, Suggestion.editDistance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, text.count / 3) else { return nil }
        return best.0
    }
}
