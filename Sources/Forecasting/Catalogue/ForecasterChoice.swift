/// A forecaster as a user names it: a catalogue entry with settings, or an ensemble of other
/// choices. The same choice is written in scenario files (YAML, see the Scenario module) and on
/// the command line, where the text form is
///
///     ses                          the entry with its defaults
///     ma(window=4)                 with settings, comma-separated
///     blend=median(ses,tsb,adida)  an ensemble called "blend" of three members (mean or median)
public indirect enum ForecasterChoice: Sendable, Hashable {
    /// A catalogue entry (``ForecasterCatalogue``) with its settings.
    case model(entry: String, settings: ForecasterSettings)
    /// An ensemble called `name`, combining its members' forecasts by `rule`.
    case ensemble(name: String, rule: EnsembleRule, members: [ForecasterChoice])

    /// The label in results: the entry name, with its settings in parentheses when there are
    /// any (`ma(window=4)`), or the ensemble's name. Unique labels tell forecasters apart.
    public var label: String {
        switch self {
        case let .model(entry, settings):
            guard !settings.values.isEmpty else { return entry }
            let text = settings.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.text)" }
            return "\(entry)(\(text.joined(separator: ",")))"
        case let .ensemble(name, _, _):
            return name
        }
    }

    /// A new forecaster for one product, having observed nothing.
    /// - Throws: ``ForecasterChoiceError`` for an unknown entry or a bad setting.
    public func makeForecaster(context: ForecastingContext) throws(ForecasterChoiceError) -> any Forecaster {
        switch self {
        case let .model(name, settings):
            guard let entry = ForecasterCatalogue.entry(named: name) else {
                throw .unknownForecaster(name)
            }
            do {
                return try entry.makeForecaster(settings: settings, context: context)
            } catch {
                throw .badSetting(error)
            }
        case let .ensemble(name, rule, members):
            guard !members.isEmpty else { throw .emptyEnsemble(name) }
            var forecasters: [any Forecaster] = []
            for member in members { forecasters.append(try member.makeForecaster(context: context)) }
            return EnsembleForecaster(name: name, rule: rule, members: forecasters)
        }
    }

    /// Whether this forecaster (or an ensemble member) borrows from comparable products.
    public var usesAnalogs: Bool {
        switch self {
        case let .model(entry, _): return ForecasterCatalogue.entry(named: entry)?.usesAnalogs ?? false
        case let .ensemble(_, _, members): return members.contains(where: \.usesAnalogs)
        }
    }

    /// Every problem with this choice (unknown entries, bad settings, empty ensembles), without
    /// making anything.
    public var problems: [ForecasterChoiceError] {
        switch self {
        case let .model(name, settings):
            guard let entry = ForecasterCatalogue.entry(named: name) else { return [.unknownForecaster(name)] }
            return entry.problems(with: settings).map(ForecasterChoiceError.badSetting)
        case let .ensemble(name, _, members):
            return members.isEmpty ? [.emptyEnsemble(name)] : members.flatMap(\.problems)
        }
    }
}

/// How an ensemble combines its members' forecasts.
public enum EnsembleRule: String, Sendable, Hashable, CaseIterable, Codable {
    /// The mean of the members' forecasts (and of their quantiles).
    case mean
    /// The median of the members' forecasts (and of their quantiles).
    case median
}

/// A forecaster choice that cannot be made.
public enum ForecasterChoiceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No catalogue entry has this name.
    case unknownForecaster(String)
    /// A setting the entry does not take.
    case badSetting(ForecasterSettingError)
    /// An ensemble without members.
    case emptyEnsemble(String)
    /// Text that is not a forecaster choice.
    case malformed(text: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownForecaster(name):
            let known = ForecasterCatalogue.names.joined(separator: ", ")
            return "unknown forecaster '\(name)' (known: \(known); `sellthrough list` describes them)"
        case let .badSetting(error):
            return error.description
        case let .emptyEnsemble(name):
            return "ensemble '\(name)' has no members; name at least one forecaster"
        case let .malformed(text, reason):
            return "'\(text)' is not a forecaster: \(reason) (write e.g. ses, ma(window=4) or blend=median(ses,tsb))"
        }
    }
}

extension ParameterValue {
    /// The value as written in labels and on the command line.
    public var text: String {
        switch self {
        case let .integer(value): return String(value)
        case let .real(value): return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case let .choice(value): return value
        }
    }
}
