import Foundation

/// Where the columns of a long-format history sit in its header.
struct HistoryColumns {
    var id: Int
    var date: Int
    var sales: Int
    var price: Int?
    var promotion: Int?
    var stockout: Int?
    /// Number of fields in the header.
    var width: Int

    /// The columns read, each with the header names that mean it (compared trimmed, in lower case).
    static let known: [(column: String, names: [String])] = [
        ("unique_id", ["unique_id"]), ("ds", ["ds"]), ("y", ["y"]), ("price", ["price"]),
        ("promo", ["promo", "promotion"]), ("stockout", ["stockout"]),
    ]

    /// Finds the columns in `header`; throws (row 1) the missing required ones and every column
    /// named twice, which would leave the tool to guess which one to read.
    init(header: [String], file: String) throws(InputFileError) {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var found: [String: Int] = [:]
        var problems: [InputProblem] = []
        for (column, synonyms) in Self.known {
            let positions = names.indices.filter { synonyms.contains(names[$0]) }
            found[column] = positions.first
            guard positions.count > 1 else { continue }
            let listed = positions.map { "column \($0 + 1) '\(header[$0])'" }
            problems.append(InputProblem(file: file, row: 1, column: column, message:
                "the header names \(column) more than once (\(listed.joined(separator: " and "))); keep one, or rename "
                + "the others (the tool cannot tell which to read)"))
        }
        let missing = ["unique_id", "ds", "y"].filter { found[$0] == nil }
        let listed = names.joined(separator: ", ")
        problems += missing.map { name in
            InputProblem(file: file, row: 1, column: name,
                         message: "the header has no '\(name)' column (it has: \(listed)); a history needs unique_id, ds and y")
        }
        guard problems.isEmpty, let id = found["unique_id"], let date = found["ds"], let sales = found["y"] else {
            throw InputFileError(problems: problems)
        }
        self.id = id
        self.date = date
        self.sales = sales
        price = found["price"]
        promotion = found["promo"]
        stockout = found["stockout"]
        width = header.count
    }
}
