import Evaluation
import Forecasting

extension ForecasterChoice {
    /// The text form that parses back to this choice (``ForecasterChoice/init(text:)``): what an
    /// ``EvaluationDefinition`` lists, so a definition built from parsed choices is the one a
    /// baseline file would hold.
    public var text: String {
        switch self {
        case .model:
            return label
        case let .ensemble(name, rule, members):
            return "\(name)=\(rule.rawValue)(\(members.map(\.text).joined(separator: ",")))"
        }
    }
}
