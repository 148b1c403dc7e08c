import Foundation

/// Where the columns of a long-format history sit in its header, and the names they go by
/// there (which every problem about a value quotes).
struct HistoryColumns {
    var id: Int
    var date: Int
    var sales: Int
    var price: Int?
    var promotion: Int?
    var stockout: Int?
    /// Units on hand at the end of the period.
    var onHand: Int?
    /// The header names of the id, date and units sold columns, as the options give them.
    var names: HistoryColumnNames
    /// Number of fields in the header.
    var width: Int

    /// The optional columns read, each with the header names that mean it (compared trimmed,
    /// in lower case).
    static let optional: [(column: String, names: [String])] = [
        ("price", ["price"]), ("promo", ["promo", "promotion"]), ("stockout", ["stockout"]), ("on_hand", ["on_hand"]),
    ]

    /// Finds the columns in `header`; throws (row 1) the missing required ones and every column
    /// named twice, which would leave the tool to guess which one to read. A required column's
    /// name takes precedence: with `target` "price" the price column is the units sold.
    init(header: [String], file: String, names: HistoryColumnNames = .init()) throws(InputFileError) {
        let keys = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let required = names.all.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        // Keyed by role ("#id", "#time", "#target") or optional column, shown by header name.
        var found: [String: Int] = [:]
        var problems: [InputProblem] = []
        let known = zip(["#id", "#time", "#target"], zip(names.all, required)).map { (key: $0, column: $1.0, names: [$1.1]) }
            + Self.optional.map { (key: $0.column, column: $0.column, names: $0.names.filter { !required.contains($0) }) }
        for (key, column, synonyms) in known {
            let positions = keys.indices.filter { synonyms.contains(keys[$0]) }
            found[key] = positions.first
            guard positions.count > 1 else { continue }
            let listed = positions.map { "column \($0 + 1) '\(header[$0])'" }
            problems.append(InputProblem(file: file, row: 1, column: column, message:
                "the header names \(column) more than once (\(listed.joined(separator: " and "))); keep one, or rename "
                + "the others (the tool cannot tell which to read)"))
        }
        let listed = keys.joined(separator: ", ")
        let isDefault = names == HistoryColumnNames()
        let missing = zip(["#id", "#time", "#target"], names.all).filter { found[$0.0] == nil }.map { _, name in
            InputProblem(file: file, row: 1, column: name, message: "the header has no '\(name)' column (it has: \(listed)); "
                         + (isDefault ? "a history needs unique_id, ds and y"
                            : "the history's id, date and units columns were named \(names.all.joined(separator: ", "))"))
        }
        problems += missing
        guard problems.isEmpty, let id = found["#id"], let date = found["#time"], let sales = found["#target"] else {
            throw InputFileError(problems: problems, remedies: missing.isEmpty ? [] : [.mapColumns])
        }
        self.id = id
        self.date = date
        self.sales = sales
        price = found["price"]
        promotion = found["promo"]
        stockout = found["stockout"]
        onHand = found["on_hand"]
        self.names = names
        width = header.count
    }
}
