import ArgumentParser
import Evaluation
import Forecasting
import Foundation

/// The options of `evaluate` that need reading beyond ArgumentParser's: the origins against the
/// windows, the forecaster list and the lists of numbers. Each problem is a command-line error
/// (exit 64) saying what to write instead.
extension EvaluateCommand {
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

    /// The `--forecasters` list split into choice texts; every catalogue entry when nil.
    static func choiceTexts(_ list: String?) throws(ValidationError) -> [String] {
        guard let list else { return ForecasterCatalogue.names }
        do {
            return try ForecasterChoice.list(text: list).map(\.text)
        } catch {
            throw ValidationError("--forecasters: \(error.suggestingDescription)")
        }
    }

    /// Comma-separated numbers.
    static func numbers(_ text: String, option: String) throws(ValidationError) -> [Double] {
        var values: [Double] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let value = Double(trimmed), value.isFinite else {
                throw ValidationError("\(option): '\(trimmed)' is not a number (write e.g. \(option == "--levels" ? "80,95" : "0.1,0.5,0.9"))")
            }
            values.append(value)
        }
        return values
    }
}
