import CSV
import Foundation

/// Reads a long-format sales history: one row per series and period, with columns
/// `unique_id`, `ds` (ISO date), `y` (units sold, ≥ 0) and optionally `price` (currency per
/// unit, empty where unknown), `promo` and `stockout` (0/1, true/false, empty = 0), in any
/// order; other columns are ignored. Daily or weekly, inferred from the most common distance
/// between successive dates unless given.
///
/// Every problem is reported (up to ``InputFileError/cap``) as `file:row: column: message`:
/// missing columns, malformed or negative values, duplicate (unique_id, ds) keys, dates off the
/// frequency's grid, and gaps within a series (the missing dates are named). A series must have
/// a row for every period from its first to its last date: write y = 0 for periods without sales.
///
/// Values are bounded: `y` and `price` at most ``maximumValue``, so that the sums behind every
/// accuracy figure (Σ|e|, Σe², Σy over millions of periods) stay far inside Double's range.
public enum HistoryImport {
    /// The largest `y` (units in a period) and `price` (currency per unit) accepted: 10¹², a
    /// million million. Larger values are refused with their file and row.
    public static let maximumValue = 1e12

    /// Reads and checks the history at `path`.
    /// - Parameter frequency: daily or weekly; nil to infer it from the dates.
    /// - Throws: ``InputFileError`` listing the problems found.
    public static func read(path: String, frequency: SeriesFrequency? = nil) throws(InputFileError) -> SalesHistory {
        var problems = ProblemList(file: path)
        let (columns, rows) = try readRows(path: path, problems: &problems)
        var assembly = HistoryAssembly(file: path, columns: columns, rows: rows, frequency: frequency, problems: problems)
        return try assembly.history()
    }

    /// Reads every row, grouped by `unique_id` in order of first appearance; malformed values
    /// are collected in `problems`.
    static func readRows(path: String, problems: inout ProblemList) throws(InputFileError) -> (HistoryColumns, [HistoryRows]) {
        let reader = try openReader(path: path)
        guard let header = reader.headerRow else {
            throw InputFileError(problems: [InputProblem(file: path, row: nil, column: nil, message: "the file is empty; it needs a header row unique_id,ds,y")])
        }
        let columns = try HistoryColumns(header: header, file: path)
        var groups: [HistoryRows] = []
        var indexOf: [String: Int] = [:]
        var row = 1
        while let fields = reader.next() {
            row += 1
            if fields.count == 1 && fields[0].isEmpty { continue } // a blank line
            guard let parsed = parse(fields, row: row, columns: columns, problems: &problems) else { continue }
            let index: Int
            if let known = indexOf[parsed.id] {
                index = known
            } else {
                index = groups.count
                indexOf[parsed.id] = index
                groups.append(HistoryRows(id: parsed.id))
            }
            groups[index].append(day: parsed.day, sales: parsed.sales, price: parsed.price,
                                 promotion: parsed.promotion, stockout: parsed.stockout, row: row)
        }
        if let error = reader.error {
            problems.add(row: row + 1, column: nil, "cannot be read: \(error) (save the file as UTF-8 CSV)")
        }
        // Without a single usable row nothing else can be judged (the frequency, gaps): say
        // what is wrong with the rows, or that there are none, and stop there.
        if groups.isEmpty {
            if problems.isEmpty { problems.add(row: nil, column: nil, "has a header but no data rows (add one row per series and period)") }
            try problems.check()
        }
        return (columns, groups)
    }

    /// A CSV reader over the whole file. The file is read into memory first: CSV.swift's
    /// stream input reads byte by byte and reports the end of the file as a read error, while
    /// a 200,000-row history is a few megabytes.
    static func openReader(path: String) throws(InputFileError) -> CSVReader {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: path)
                ? "is not UTF-8 text (save it as UTF-8 CSV)" : "cannot be read (check the path and permissions)"
            throw InputFileError(problems: [InputProblem(file: path, row: nil, column: nil, message: reason)])
        }
        do {
            return try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw InputFileError(problems: [InputProblem(file: path, row: nil, column: nil,
                                                         message: "is empty; it needs a header row unique_id,ds,y")])
        }
    }

    /// One row's values.
    struct ParsedRow {
        var id: String
        var day: Int
        var sales: Double
        var price: Double
        var promotion: Bool
        var stockout: Bool
    }

    /// The row's values (its problems added to `problems`): nil without an id or a date, NaN
    /// sales when another value is malformed.
    static func parse(_ fields: [String], row: Int, columns: HistoryColumns, problems: inout ProblemList) -> ParsedRow? {
        guard fields.count == columns.width else {
            problems.add(row: row, column: nil, "has \(fields.count) fields but the header has \(columns.width) (quote fields that contain commas)")
            return nil
        }
        let id = fields[columns.id]
        if id.isEmpty {
            problems.add(row: row, column: "unique_id", "is empty (every row names its series)")
        }
        let day = CivilDay.parse(fields[columns.date])
        if day == nil {
            problems.add(row: row, column: "ds", "'\(fields[columns.date])' is not a date (write YYYY-MM-DD, e.g. 2010-07-12)")
        }
        let sales = ValueText.quantity(fields[columns.sales], row: row, column: "y", problems: &problems, emptyAllowed: false,
                                       unit: "units")
        let price = columns.price.map {
            ValueText.quantity(fields[$0], row: row, column: "price", problems: &problems, emptyAllowed: true, unit: "per unit")
        } ?? .nan
        let promotion = columns.promotion.map { ValueText.flag(fields[$0], row: row, column: "promo", problems: &problems) } ?? false
        let stockout = columns.stockout.map { ValueText.flag(fields[$0], row: row, column: "stockout", problems: &problems) } ?? false
        // A row with a bad value still takes part in the date checks (duplicates, gaps), so
        // that one bad number does not also produce a spurious gap.
        guard !id.isEmpty, let day else { return nil }
        guard let sales, let price, let promotion, let stockout else {
            return ParsedRow(id: id, day: day, sales: .nan, price: .nan, promotion: false, stockout: false)
        }
        return ParsedRow(id: id, day: day, sales: sales, price: price, promotion: promotion, stockout: stockout)
    }
}
