/// One forecaster of the catalogue: its name in scenario files and on the command line, what it
/// is, the parameters it takes, and how to make one.
public struct ForecasterEntry: Sendable {
    /// The kinds of forecaster, in the order `sellthrough list` shows them.
    public enum Family: String, Sendable, CaseIterable {
        case baseline = "baselines"
        case exponentialSmoothing = "exponential smoothing"
        case arima = "ARIMA"
        case intermittent = "intermittent demand"
        case lifecycle = "lifecycle-aware"
    }

    /// The catalogue name ("holt-winters").
    public let name: String
    /// Its family.
    public let family: Family
    /// One line saying what it forecasts with.
    public let summary: String
    /// The definition it follows (book section or paper).
    public let reference: String
    /// The parameters it takes, `censoring` among them.
    public let parameters: [ForecasterParameter]
    /// Whether it borrows from comparable products (``ForecastingContext/analogs``), which
    /// callers may need to simulate or load before making one.
    public let usesAnalogs: Bool
    /// Makes the forecaster from checked settings.
    private let make: @Sendable (ForecasterSettings, ForecastingContext) -> any Forecaster

    public init(name: String, family: Family, summary: String, reference: String,
                parameters: [ForecasterParameter], usesAnalogs: Bool = false,
                make: @escaping @Sendable (ForecasterSettings, ForecastingContext) -> any Forecaster) {
        self.name = name
        self.family = family
        self.summary = summary
        self.reference = reference
        self.parameters = parameters + [.censoring]
        self.usesAnalogs = usesAnalogs
        self.make = make
    }

    /// The problems with `settings` for this entry: unknown parameters and values out of range.
    public func problems(with settings: ForecasterSettings) -> [ForecasterSettingError] {
        settings.values.keys.sorted().compactMap { key in
            guard let parameter = parameters.first(where: { $0.name == key }) else {
                let known = parameters.map(\.name).joined(separator: ", ")
                return ForecasterSettingError(forecaster: name, parameter: key,
                                              message: "is not a parameter (it takes: \(known))")
            }
            return parameter.problem(with: settings.values[key]!).map {
                ForecasterSettingError(forecaster: name, parameter: key, message: $0)
            }
        }
    }

    /// A new forecaster, having observed nothing.
    /// - Throws: the first of ``problems(with:)``.
    public func makeForecaster(settings: ForecasterSettings = .init(), context: ForecastingContext)
        throws(ForecasterSettingError) -> any Forecaster
    {
        if let problem = problems(with: settings).first { throw problem }
        return make(settings, context)
    }
}
