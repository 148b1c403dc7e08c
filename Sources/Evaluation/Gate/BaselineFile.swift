import Foundation
import Spelling

/// Reading a baseline file (`Results/baselines/NAME.json`) for the gate, refusing whatever
/// cannot mean what its author wrote, with the file, line, column and field of each problem:
/// text that is not JSON, a key the format does not know (with "did you mean"), a value of the
/// wrong type, a number outside its bound (``EvaluationLimits``, ``Tolerance/bounds``), an
/// unknown metric or forecaster, and a gate that would check nothing.
public enum BaselineFile {
    /// Baseline files larger than this are refused unread (the committed ones are a few kB).
    public static let maximumBytes = 16 << 20

    /// The baseline in `file`.
    /// - Throws: ``BaselineError`` with every problem found.
    public static func load(_ file: String) throws(BaselineError) -> Baseline {
        let contents = try read(file)
        let outline: JSONOutline
        do {
            outline = try JSONOutline.parse(contents)
        } catch {
            throw BaselineError(issues: [BaselineIssue(file: file, line: error.line, column: error.column,
                                                       message: "not JSON: \(error.message)")])
        }
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: Data(contents.utf8))
        } catch let error as DecodingError {
            throw BaselineError(issues: [BaselineDecodingProblem.issue(error, in: outline, file: file)])
        } catch {
            throw BaselineError(issues: [BaselineIssue(file: file, message: "cannot be decoded: \(error)")])
        }
        var issues: [BaselineIssue] = []
        BaselineKeys.unknown(in: outline, of: baseline, file: file, path: [], into: &issues)
        let report = { (path: [JSONPathComponent], message: String, hint: String?) in
            let position = outline.position(of: path)
            issues.append(BaselineIssue(file: file, line: position.line, column: position.column, path: text(path),
                                        message: message, hint: hint))
        }
        BaselineChecks(baseline: baseline, report: report).run()
        guard issues.isEmpty else {
            throw BaselineError(issues: issues.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        return baseline
    }

    /// The file's text.
    private static func read(_ file: String) throws(BaselineError) -> String {
        func refuse(_ message: String) -> BaselineError {
            BaselineError(issues: [BaselineIssue(file: file, message: message)])
        }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: file, isDirectory: &isFolder) else {
            throw refuse("no such file; give a baseline file (Results/baselines/NAME.json) or run from the repository root")
        }
        guard !isFolder.boolValue else { throw refuse("is a folder, not a baseline file") }
        let size = ((try? manager.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maximumBytes else { throw refuse("\(size) bytes; a baseline file is at most \(maximumBytes) bytes") }
        guard let data = manager.contents(atPath: file) else { throw refuse("cannot be read (check its permissions)") }
        guard let text = String(data: data, encoding: .utf8) else { throw refuse("is not UTF-8 text") }
        // A byte-order mark, as some editors write, is not part of the JSON text.
        return text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
    }

    /// `evaluations[0].evaluation.horizon`.
    static func text(_ path: [JSONPathComponent]) -> String {
        var text = ""
        for component in path {
            switch component {
            case let .key(key): text += text.isEmpty ? key : ".\(key)"
            case let .index(index): text += "[\(index)]"
            }
        }
        return text
    }
}

/// A ``DecodingError`` of a baseline, as an issue located in its text.
enum BaselineDecodingProblem {
    static func issue(_ error: DecodingError, in outline: JSONOutline, file: String) -> BaselineIssue {
        func issue(_ codingPath: [any CodingKey], _ message: String, extra: [JSONPathComponent] = []) -> BaselineIssue {
            let path = codingPath.map { key in key.intValue.map(JSONPathComponent.index) ?? .key(key.stringValue) }
            let position = outline.position(of: path)
            return BaselineIssue(file: file, line: position.line, column: position.column,
                                 path: BaselineFile.text(path + extra), message: message)
        }
        switch error {
        case let .keyNotFound(key, context):
            return issue(context.codingPath, "missing; this object needs '\(key.stringValue)'", extra: [.key(key.stringValue)])
        case let .typeMismatch(type, context):
            return issue(context.codingPath, "expected \(expected(type)), found \(found(at: context.codingPath, in: outline))")
        case let .valueNotFound(type, context):
            return issue(context.codingPath, "expected \(expected(type)), found null")
        case let .dataCorrupted(context):
            return issue(context.codingPath, "cannot be read: \(context.debugDescription)")
        @unknown default:
            return BaselineIssue(file: file, message: "cannot be decoded: \(error)")
        }
    }

    /// What a type is, in words.
    private static func expected(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is UInt64.Type: return "a whole number 0 or more"
        case is Double.Type: return "a number"
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "a list [ … ]"
        default: return "an object { … }"
        }
    }

    /// What the text holds at `codingPath`, in words.
    private static func found(at codingPath: [any CodingKey], in outline: JSONOutline) -> String {
        var node = outline
        for key in codingPath {
            if let index = key.intValue {
                guard let element = node.element(index) else { return "something else" }
                node = element
            } else {
                guard let member = node.member(key.stringValue) else { return "something else" }
                node = member.value
            }
        }
        switch node.value {
        case .object: return "an object"
        case .array: return "a list"
        case let .string(text): return "the string \"\(text)\""
        case let .number(text): return text
        case let .bool(value): return "\(value)"
        case .null: return "null"
        }
    }
}
