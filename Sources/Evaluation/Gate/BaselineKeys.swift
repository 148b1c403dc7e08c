import Spelling

/// Finds the keys of a baseline's text that its types do not have — JSONDecoder ignores them,
/// so a misspelt `tolerence` or `replicatons` would silently do nothing.
///
/// The known keys are read from the decoded value itself (its stored properties, by
/// reflection), so a field added to ``Baseline``, ``BaselineEvaluation``,
/// ``EvaluationDefinition``, ``Tolerance`` or ``RecordedForecaster`` is known at once. This
/// relies on those types' coding keys being their property names (synthesised `Codable`, no
/// custom `CodingKeys`); dictionaries (`tolerances`, `values`) take any key.
enum BaselineKeys {
    static func unknown(in outline: JSONOutline, of value: Any, file: String, path: [JSONPathComponent],
                        into issues: inout [BaselineIssue]) {
        guard let value = unwrapped(value) else { return }
        let mirror = Mirror(reflecting: value)
        switch (outline.value, mirror.displayStyle) {
        case let (.object(members), .dictionary?):
            let entries = Dictionary(mirror.children.compactMap(entry), uniquingKeysWith: { first, _ in first })
            for member in members {
                guard let child = entries[member.key] else { continue }
                unknown(in: member.value, of: child, file: file, path: path + [.key(member.key)], into: &issues)
            }
        case let (.object(members), .struct?):
            let known = mirror.children.compactMap(\.label)
            for member in members {
                guard let child = mirror.children.first(where: { $0.label == member.key }) else {
                    let place = path.isEmpty ? "at the top level" : "in \(BaselineFile.text(path))"
                    issues.append(BaselineIssue(
                        file: file, line: member.keyPosition.line, column: member.keyPosition.column,
                        path: BaselineFile.text(path + [.key(member.key)]), message: "unknown key \(place)",
                        hint: Suggestion.hint(for: member.key, among: known, listing: "the keys here are")))
                    continue
                }
                unknown(in: member.value, of: child.value, file: file, path: path + [.key(member.key)], into: &issues)
            }
        case let (.array(elements), .collection?):
            for (index, (element, child)) in zip(elements, mirror.children).enumerated() {
                unknown(in: element, of: child.value, file: file, path: path + [.index(index)], into: &issues)
            }
        default:
            break
        }
    }

    /// The value inside an optional (nil when it holds none); any other value as it is.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.flatMap { unwrapped($0.value) }
    }

    /// A dictionary's child, a `(key: String, value: V)` pair, as a key and its value.
    private static func entry(_ child: Mirror.Child) -> (String, Any)? {
        let pair = Array(Mirror(reflecting: child.value).children)
        guard pair.count == 2, let key = pair[0].value as? String else { return nil }
        return (key, pair[1].value)
    }
}
