import Yams

/// Turns the errors of the YAML parser into issues with a position.
enum YAMLProblem {
    static func issue(for error: any Error, in text: String, file: String) -> ScenarioIssue {
        func issue(_ message: String, _ mark: (line: Int, column: Int)?, hint: String? = nil) -> ScenarioIssue {
            ScenarioIssue(kind: .malformedYAML, file: file, line: mark?.line, column: mark?.column,
                          message: message, hint: hint)
        }
        func place(_ mark: Mark) -> (line: Int, column: Int) { (mark.line, mark.column) }
        guard let error = error as? YamlError else {
            return issue("not valid YAML: \(error)", nil)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if problem.contains("Maximum nesting level") {
                return issue("not valid YAML: nested more than 1000 levels deep", place(mark),
                             hint: "a scenario needs only a few levels; is this the right file?")
            }
            var hint = context.map { "\($0.text) that started at line \($0.mark.line), column \($0.mark.column)" }
            if line(mark.line, of: text).contains("\t") {
                hint = "YAML indentation must use spaces, not tabs"
            }
            return issue("not valid YAML: \(problem)", place(mark), hint: hint)
        case let .reader(problem, offset, _, _):
            return issue("not valid YAML text: \(problem)", offset.map { position(ofCharacter: $0, in: text) })
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return issue("duplicate key \(keys) in one mapping", place(context.mark), hint: "each key may appear once")
        case .dataCouldNotBeDecoded:
            return issue("the text is not in a supported encoding", nil)
        case .no, .memory, .writer, .emitter, .representer:
            return issue("not valid YAML: \(error)", nil)
        }
    }

    /// The first line on which an alias is used as a mapping key, if any.
    ///
    /// The YAML library compares keys by hashing their whole expanded value, so an alias key
    /// standing for a huge repeated subtree would stall loading for hours. No scenario needs
    /// alias keys; this textual check runs before parsing and only when anchors are present.
    static func lineWithAliasKey(in text: String) -> Int? {
        guard text.contains("&") else { return nil }
        let separators: Set<Character> = [" ", "\t", ",", "[", "]", "{", "}"]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line)
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "-" }
            if trimmed.hasPrefix("?"), line.contains("*") { return index + 1 }
            var position = 0
            while position < characters.count {
                defer { position += 1 }
                guard characters[position] == "*" else { continue }
                var end = position + 1
                while end < characters.count, !separators.contains(characters[end]) { end += 1 }
                while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
                guard end > position + 1, end < characters.count, characters[end] == ":" else { continue }
                let next = end + 1
                if next == characters.count || separators.contains(characters[next]) { return index + 1 }
            }
        }
        return nil
    }

    /// Line `number` (1-based) of `text`, or "" past the end.
    private static func line(_ number: Int, of text: String) -> Substring {
        var current = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number { return line }
            current += 1
        }
        return ""
    }

    /// Line and column (1-based) of the character at `offset`.
    private static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for character in text.prefix(max(0, offset)) {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
