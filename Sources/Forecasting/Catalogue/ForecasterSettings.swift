/// The parameter values given for one forecaster, by parameter name; what is absent takes the
/// parameter's default. Checked against the entry's parameters by
/// ``ForecasterEntry/makeForecaster(settings:context:)``.
public struct ForecasterSettings: Sendable, Hashable {
    /// Values by parameter name.
    public var values: [String: ParameterValue]

    public init(_ values: [String: ParameterValue] = [:]) {
        self.values = values
    }

    /// The whole number given for `name`, if any.
    public func integer(_ name: String) -> Int? {
        if case let .integer(value)? = values[name] { return value }
        return nil
    }

    /// The number given for `name`, if any (whole numbers widen).
    public func real(_ name: String) -> Double? {
        values[name]?.real
    }

    /// The word given for `name`, if any.
    public func choice(_ name: String) -> String? {
        if case let .choice(value)? = values[name] { return value }
        return nil
    }

    /// The censoring treatment given, or the default.
    public var censoring: CensoringTreatment {
        choice(ForecasterParameter.censoring.name).flatMap(CensoringTreatment.init(rawValue:)) ?? .lowerBound
    }
}

/// A parameter value an entry does not take.
public struct ForecasterSettingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The forecaster ("holt").
    public var forecaster: String
    /// The parameter ("alpha").
    public var parameter: String
    /// What is wrong, and what would be right.
    public var message: String

    public var description: String { "\(forecaster): \(parameter) \(message)" }
}
