/// A data table: a header row and rows of cells, numbers right-aligned and text columns
/// (names) left-aligned; every cell is escaped text.
public struct HTMLTable: Sendable {
    /// One cell: its text, whether it is bold, and an optional tooltip.
    public struct Cell: Sendable, ExpressibleByStringLiteral {
        public var text: String
        public var strong: Bool
        public var title: String?

        public init(_ text: String, strong: Bool = false, title: String? = nil) {
            self.text = text
            self.strong = strong
            self.title = title
        }

        public init(stringLiteral value: String) {
            self.init(value)
        }
    }

    public var header: [String]
    public var rows: [[Cell]]
    /// Indices of the columns holding text (left-aligned); the others hold numbers.
    public var textColumns: Set<Int>
    /// Said by screen readers before the table, and shown above it when not nil.
    public var caption: String?
    /// Whether a cell "mean [low, high]" may break before its interval, so that wide tables of
    /// intervals fit the page (the interval itself never breaks).
    public var breaksBeforeIntervals = false

    public init(header: [String], rows: [[Cell]], textColumns: Set<Int> = [0], caption: String? = nil) {
        self.header = header
        self.rows = rows
        self.textColumns = textColumns
        self.caption = caption
    }

    /// The `<table>`.
    public var node: MarkupNode {
        func alignment(_ column: Int) -> String? { textColumns.contains(column) ? "text" : nil }
        let head = MarkupNode.html("thead", [:], [.html("tr", [:], header.enumerated().map { column, title in
            .html("th", ["scope": "col", "class": alignment(column)], [.text(title)])
        })])
        let body = MarkupNode.html("tbody", [:], rows.map { cells in
            .html("tr", [:], cells.enumerated().map { column, cell in
                let text = breaksBeforeIntervals ? Self.unbreakableIntervals(cell.text) : cell.text
                let content: MarkupNode = cell.strong ? .html("strong", [:], [.text(text)]) : .text(text)
                return .html("td", ["class": alignment(column), "title": cell.title], [content])
            })
        })
        var children: [MarkupNode] = []
        if let caption { children.append(.html("caption", [:], [.text(caption)])) }
        return .html("div", ["class": "table"], [.html("table", ["class": breaksBeforeIntervals ? "intervals" : nil],
                                                        children + [head, body])])
    }

    /// `text` with every space inside square brackets made non-breaking.
    static func unbreakableIntervals(_ text: String) -> String {
        var depth = 0
        return String(text.map { character -> Character in
            if character == "[" { depth += 1 }
            if character == "]" { depth = max(0, depth - 1) }
            return depth > 0 && character == " " ? "\u{00A0}" : character
        })
    }
}
