extension TextTable {
    /// A table no wider than `width` characters. The first `beforeWrapping` columns of
    /// `droppable` are left out (first listed first) before the `wrapping` column's cells are
    /// wrapped onto several lines — a name cut in two reads worse than a secondary figure
    /// missing; then the cells are wrapped (at spaces where possible, never narrower than
    /// `minimumWrap`), and if that is not enough the rest of `droppable` is left out too.
    /// Returns the table and the titles of the columns left out.
    static func fitted(header: [String], rows: [[String]], leftAligned: Int, width: Int, wrapping: Int,
                       minimumWrap: Int = 20, droppable: [Int], beforeWrapping: Int = 0) -> (text: String, dropped: [String]) {
        var kept = Array(header.indices)
        var dropping = droppable[...]
        while true {
            let header = kept.map { header[$0] }
            let rows = rows.map { row in kept.map { row[$0] } }
            let wrapAt = kept.firstIndex(of: wrapping)
            // Width of every column but the wrapped one, and the two spaces between columns.
            let others = kept.indices.filter { $0 != wrapAt }.map { column in
                ([header] + rows).map { $0[column].count }.max() ?? 0
            }.reduce(0, +) + 2 * (kept.count - 1)
            let room = width - others
            let widest = wrapAt.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 } ?? 0
            let dropsBeforeWrapping = droppable.count - dropping.count < beforeWrapping && room < widest
            if let wrapAt, !dropsBeforeWrapping, room >= min(widest, minimumWrap) || dropping.isEmpty {
                let lines = rows.flatMap { row in
                    let pieces = wrap(row[wrapAt], width: max(room, minimumWrap))
                    return pieces.enumerated().map { index, piece in
                        row.indices.map { $0 == wrapAt ? piece : index == 0 ? row[$0] : "" }
                    }
                }
                return (render(header: header, rows: lines, leftAligned: leftAligned), droppedTitles(kept))
            }
            if wrapAt == nil, others <= width || dropping.isEmpty {
                return (render(header: header, rows: rows, leftAligned: leftAligned), droppedTitles(kept))
            }
            let next = dropping.removeFirst()
            kept.removeAll { $0 == next }
        }
        func droppedTitles(_ kept: [Int]) -> [String] {
            header.indices.filter { !kept.contains($0) }.map { header[$0] }
        }
    }

    /// `text` cut into lines of at most `width` characters, at spaces where it can be.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            var word = word
            if !line.isEmpty && line.count + 1 + word.count <= width {
                line += " " + word
                continue
            }
            if !line.isEmpty { lines.append(line) }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            line = word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
