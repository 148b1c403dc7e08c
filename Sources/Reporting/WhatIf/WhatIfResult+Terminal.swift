import Foundation
import WhatIf

extension WhatIfResult {
    /// The width the terminal table keeps to unless asked for every column.
    public static let terminalWidth = 120

    /// What the sweep was, in a line: scenario, strategy, replications, seed, constraints.
    public var settingsLine: String {
        var line = "\(scenario): \(strategy), \(product.map { "figures of \($0) alone" } ?? "figures of its whole catalogue"), "
            + "\(replications) replication\(replications == 1 ? "" : "s") at each point (common random numbers), seed \(seed)"
        if let constraintText { line += ", constraint\(constraints.count > 1 ? "s" : "") \(constraintText)" }
        return line
    }

    /// A swept value as the table writes it (`7340`, `0.12`).
    public static func text(of value: Double) -> String {
        WhatIfFormat.value(value)
    }

    /// The table printed by `sellthrough whatif`: settings, the drawn parameters, one aligned row
    /// per point, what its marks mean, the recommendation, the refinement and any rounding to
    /// an orderable quantity. Unless `wide`, the table keeps to `width` columns: means without
    /// their intervals (but the paired Δ's), and, if that is still too wide, with the varied
    /// fields headed by their last key and without the figures no constraint is on (lost
    /// units first), saying how many were left out; the
    /// prose is wrapped to `width` as well.
    public func table(wide: Bool = false, width: Int = WhatIfResult.terminalWidth) -> String {
        var prose = [settingsLine]
        for axis in axes {
            prose.append("varied: \(axis.path) — \(axis.label)" + (axis.unit.map { " (\($0))" } ?? ""))
        }
        for parameter in uncertainty {
            prose.append("drawn per replication: \(parameter.path) ~ \(parameter.distribution)")
        }
        var lines = prose.flatMap { Self.wrap($0, width: width) }
        lines.append("")
        var shown = columns
        if !wide {
            for index in shown.indices {
                shown[index].cells = shown[index].narrowCells
                shown[index].header = shown[index].narrowHeader
            }
            if Self.width(of: shown) > width {
                for index in shown.indices { shown[index].header = shown[index].shortHeader }
            }
            var dropped = 0
            while Self.width(of: shown) > width,
                  let drop = shown.indices.filter({ shown[$0].priority > 0 }).max(by: { shown[$0].priority < shown[$1].priority }) {
                shown.remove(at: drop)
                dropped += 1
            }
            lines += Self.render(shown)
            if dropped > 0 { lines.append("(\(dropped) column\(dropped == 1 ? "" : "s") left out to fit \(width) columns)") }
        } else {
            lines += Self.render(shown)
        }
        let notes = [legend, recommendation.message] + (refinement.map { ["Refinement: " + $0.message + "."] } ?? [])
            + (rounding.map { [$0.message + "."] } ?? [])
        for note in notes where !note.isEmpty {
            lines.append("")
            lines += Self.wrap(note, width: width)
        }
        return lines.map { $0.replacingTrailingSpaces }.joined(separator: "\n")
    }

    /// Characters a rendered row of `columns` takes (two spaces between columns).
    static func width(of columns: [Column]) -> Int {
        let widths = columns.map { column in ([column.header] + column.cells).map(\.count).max() ?? 0 }
        return widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// The header and the rows, aligned.
    static func render(_ columns: [Column]) -> [String] {
        let widths = columns.map { column in ([column.header] + column.cells).map(\.count).max() ?? 0 }
        let rows = (columns.first?.cells.count ?? 0)
        return ([-1] + Array(0..<rows)).map { row in
            columns.enumerated().map { position, column in
                let cell = row < 0 ? column.header : column.cells[row]
                let padding = String(repeating: " ", count: max(0, widths[position] - cell.count))
                return column.isText ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
    }

    /// `text` broken into lines of at most `width` characters at spaces (a word longer than
    /// that stays whole on its own line).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

extension String {
    /// Without trailing spaces (aligned tables leave them on short last columns).
    var replacingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
