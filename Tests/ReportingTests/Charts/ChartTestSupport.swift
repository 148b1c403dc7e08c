import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Reporting

/// Checks for chart tests: XML well-formedness and committed snapshots.
enum ChartTestSupport {
    /// The folder of this file's snapshots.
    static let snapshotFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// The repository root (for scripts/).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The parse error of `text` as XML, or nil when it is well-formed. `XMLParser` on Linux
    /// sometimes returns true yet sets `parserError` (e.g. for mismatched tags), so both count.
    static func xmlError(_ text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = TextCollector()
        parser.delegate = collector
        let parsed = parser.parse()
        guard parsed, parser.parserError == nil else {
            return "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "parse failed")"
        }
        return nil
    }

    /// The text content of every element named `name` (e.g. "title"), as an XML parser reads it.
    static func texts(of name: String, in text: String) -> [String] {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = TextCollector(element: name)
        parser.delegate = collector
        _ = parser.parse()
        return collector.texts
    }

    /// Every value of attribute `name`, as an XML parser reads it.
    static func attributes(_ name: String, in text: String) -> [String] {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = TextCollector(attribute: name)
        parser.delegate = collector
        _ = parser.parse()
        return collector.texts
    }

    /// Compares `actual` with the committed snapshot `name`. With `UPDATE_SNAPSHOTS=1` a missing
    /// or different snapshot is (re)written; otherwise both are failures.
    static func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = snapshotFolder.appendingPathComponent(name)
        let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
        guard let data = FileManager.default.contents(atPath: url.path), let expected = String(data: data, encoding: .utf8) else {
            if update {
                write(actual, to: url, sourceLocation: sourceLocation)
            } else {
                Issue.record("missing snapshot \(url.path): run with UPDATE_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            }
            return
        }
        guard expected != actual else { return }
        if update {
            write(actual, to: url, sourceLocation: sourceLocation)
            return
        }
        let (a, b) = (expected.split(separator: "\n", omittingEmptySubsequences: false), actual.split(separator: "\n", omittingEmptySubsequences: false))
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        Issue.record("""
            \(name) differs from its snapshot at line \(line + 1) (rerun with UPDATE_SNAPSHOTS=1 if the change is intended):
            expected: \(line < a.count ? String(a[line].prefix(400)) : "<end>")
            actual:   \(line < b.count ? String(b[line].prefix(400)) : "<end>")
            """, sourceLocation: sourceLocation)
    }

    private static func write(_ text: String, to url: URL, sourceLocation: SourceLocation) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        } catch {
            Issue.record("could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
    }

    /// An SVG as one element per line, so snapshot diffs point at the element that changed.
    static func snapshotText(_ svg: String) -> String {
        svg.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }
}

/// Collects the text of elements with a given name, or the values of an attribute.
private final class TextCollector: NSObject, XMLParserDelegate {
    let element: String?
    let attribute: String?
    var texts: [String] = []
    private var depth = 0
    private var current = ""

    init(element: String? = nil, attribute: String? = nil) {
        self.element = element
        self.attribute = attribute
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if let attribute, let value = attributes[attribute] { texts.append(value) }
        if elementName == element {
            depth += 1
            if depth == 1 { current = "" }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if depth > 0 { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == element {
            depth -= 1
            if depth == 0 { texts.append(current) }
        }
    }
}
