import Spelling

/// The shared "did you mean …?" suggestions (module `Spelling`), under the name the scenario
/// format's decoders and checks use.
typealias Suggestion = Spelling.Suggestion
