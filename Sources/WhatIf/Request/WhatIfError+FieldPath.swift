import Scenario

extension WhatIfError {
    /// A field path the study was given that cannot be parsed, followed or set: the request's
    /// problem, concerning `subject` when one is known.
    init(_ error: FieldPathError, subject: Subject? = nil) {
        self.init(.request, error.message, hint: error.hint, subject: subject)
    }
}
