/// Blocks every report page has: a list of facts and a line of links to the folder's files.
extension HTMLPage {
    /// A definition list of (term, detail) pairs, laid out as a two-column grid.
    public static func facts(_ pairs: [(term: String, detail: String)]) -> MarkupNode {
        .html("dl", ["class": "facts"], pairs.flatMap { term, detail -> [MarkupNode] in
            [.html("dt", [:], [.text(term)]), .html("dd", [:], [.text(detail)])]
        })
    }

    /// "Files in this folder: a · b · c", each a relative link, and `note` after them.
    public static func fileLinks(_ files: [String], note: String? = nil) -> MarkupNode {
        var links: [MarkupNode] = [.text("Files in this folder: ")]
        for (index, file) in files.enumerated() {
            if index > 0 { links.append(.text(" · ")) }
            links.append(.html("a", ["href": file], [.text(file)]))
        }
        if let note { links.append(.text(note)) }
        return .html("p", ["class": "meta"], links)
    }

    /// A warning paragraph, set apart from the text around it.
    public static func warning(_ text: String) -> MarkupNode {
        .html("p", ["class": "warning", "role": "note"], [.html("strong", [:], [.text("Note: ")]), .text(text)])
    }
}
