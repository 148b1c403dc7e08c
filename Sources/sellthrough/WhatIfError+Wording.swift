import WhatIf

extension WhatIfError {
    /// The problem as the command line words it: the option that made it first
    /// (`--vary products[0].price: …`), then the library's message and hint.
    var worded: String {
        subject.map { $0.option + ": " + description } ?? description
    }
}

extension WhatIfError.Subject {
    /// The `whatif` option a part of the study's request comes from, with what was written.
    var option: String {
        switch self {
        case let .sweep(text): return text.map { "--vary \($0)" } ?? "--vary"
        case .strategy: return "--strategy"
        case let .product(id): return "--product \(id)"
        case let .constraint(text): return text.map { "--constraint '\($0)'" } ?? "--constraint"
        case .refinement: return "--refine"
        case .threads: return "--threads"
        case .replications: return "--replications"
        }
    }
}
