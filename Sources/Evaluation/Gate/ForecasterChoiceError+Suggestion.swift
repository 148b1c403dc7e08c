import Forecasting
import Spelling

extension ForecasterChoiceError {
    /// The description, with "did you mean" for a forecaster name close to a catalogue entry's
    /// (`ets` → `autoets`) instead of the whole catalogue.
    public var suggestingDescription: String {
        guard case let .unknownForecaster(name) = self,
              let match = Suggestion.closest(to: name, among: ForecasterCatalogue.names) else { return description }
        return "unknown forecaster '\(name)' (did you mean '\(match)'? `sellthrough list` describes them all)"
    }
}
