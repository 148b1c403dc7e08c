import Forecasting
import Foundation

extension ScenarioSpec {
    /// An ensemble's `name` labels it in every table, CSV row and report: it must be a visible,
    /// single-line label of at most ``ScenarioLimits/nameLength`` characters (an empty one
    /// left blank cells, a newline split `summary.md` rows).
    func validateEnsembleNames(into checker: inout Checker) {
        for (index, forecaster) in strategies.forecasters.enumerated() {
            forecaster.choice.validateEnsembleNames(into: &checker, at: FieldPath.root.key("strategies").key("forecasters").index(index))
        }
    }
}

extension ForecasterChoice {
    /// Checks the names of this ensemble and of ensembles among its members; `path` is the list item.
    func validateEnsembleNames(into checker: inout Checker, at path: FieldPath) {
        guard case let .ensemble(name, _, members) = self else { return }
        let inner = path.key(ForecasterSpec.ensembleKey)
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            checker.add(inner.key("name"), .invalidValue, "an ensemble needs a name that is not blank",
                        hint: "it labels the ensemble in results, e.g. name: blend")
        } else if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .lineSeparator || $0.properties.generalCategory == .paragraphSeparator }) {
            checker.add(inner.key("name"), .invalidValue, "the ensemble name contains a line break or another control character",
                        hint: "it labels the ensemble in table rows and CSV fields; use one line of visible characters")
        }
        checker.checkLength(name, at: inner.key("name"), what: "the ensemble name",
                            why: "it labels the ensemble in every table and CSV row")
        for (index, member) in members.enumerated() {
            member.validateEnsembleNames(into: &checker, at: inner.key("members").index(index))
        }
    }
}
