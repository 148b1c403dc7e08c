import CSV
import Foundation

/// Reads a long-format sales history: one row per series and period, with columns
/// `unique_id`, `ds` (ISO date), `y` (units sold, ≥ 0) — or the names ``Options/columns`` gives
/// them — and optionally `price` (currency per unit, empty where unknown), `promo` and
/// `stockout` (0/1, true/false, empty = 0) and `on_hand` (units on hand at the end of the
/// period, ≥ 0, empty where unknown), in any order; other columns are ignored.
///
/// Periods are days, weeks, calendar months or calendar quarters, inferred from the most common
/// distance between successive dates (1 day, a multiple of 7 days, 1 month, 3 months) unless
/// given. A month is dated by its first day (`2024-03-01`) or by its last (`2024-03-31`), a
/// quarter by the first day of January, April, July or October or by the last day of March,
/// June, September or December — one way throughout a file; outputs date periods the same way.
///
/// Censoring: a period is a stockout when its `stockout` flag says so; where the flag is empty
/// or there is no `stockout` column, when its `on_hand` is 0. A row whose `stockout` is 0 while
/// `on_hand` is 0 after some sales contradicts itself (the period ended sold out) and is refused.
///
/// Every problem is reported (up to ``InputFileError/cap``) as `file:row: column: message`:
/// missing columns, malformed or negative values, duplicate (unique_id, ds) keys, series of
/// another frequency than the file's, dates off the frequency's grid, and gaps within a series
/// (the missing dates are named). A series must have a row for every period from its first to
/// its last date (write y = 0 for periods without sales), unless ``GapFilling/zero`` adds them.
///
/// Values are bounded: `y` and `price` at most ``maximumValue``, so that the sums behind every
/// accuracy figure (Σ|e|, Σe², Σy over millions of periods) stay far inside Double's range.
public enum HistoryImport {
    /// The largest `y` (units in a period) and `price` (currency per unit) accepted: 10¹², a
    /// million million. Larger values are refused with their file and row.
    public static let maximumValue = 1e12

    /// Reads and checks the history at `path`.
    /// - Throws: ``InputFileError`` listing the problems found.
    public static func read(path: String, options: Options) throws(InputFileError) -> SalesHistory {
        var problems = ProblemList(file: path)
        let (columns, rows) = try readRows(path: path, names: options.columns, problems: &problems)
        var assembly = HistoryAssembly(file: path, columns: columns, rows: rows, options: options, problems: problems)
        return try assembly.history()
    }

    /// Reads and checks the history at `path`, with the default column names, refusing gaps.
    /// - Parameter frequency: nil to infer it from the dates.
    public static func read(path: String, frequency: SeriesFrequency? = nil) throws(InputFileError) -> SalesHistory {
        try read(path: path, options: Options(frequency: frequency))
    }

    /// Reads every row, grouped by `unique_id` in order of first appearance; malformed values
    /// are collected in `problems`.
    static func readRows(path: String, names: HistoryColumnNames = .init(),
                         problems: inout ProblemList) throws(InputFileError) -> (HistoryColumns, [HistoryRows]) {
        let reader = try openReader(path: path)
        guard let header = reader.headerRow else {
            throw InputFileError(problems: [InputProblem(file: path, row: nil, column: nil, message: "the file is empty; it needs a header row \(names.all.joined(separator: ","))")])
        }
        let columns = try HistoryColumns(header: header, file: path, names: names)
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
            groups[index].append(parsed, row: row)
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
        let names = columns.names
        let id = fields[columns.id]
        if id.isEmpty {
            problems.add(row: row, column: names.id, "is empty (every row names its series)")
        }
        let day = CivilDay.parse(fields[columns.date])
        if day == nil {
            problems.add(row: row, column: names.time, "'\(fields[columns.date])' is not a date (write YYYY-MM-DD, e.g. 2010-07-12)")
        }
        let sales = ValueText.quantity(fields[columns.sales], row: row, column: names.target, problems: &problems, emptyAllowed: false,
                                       unit: "units", negative: "units sold are never negative (leave returns out, or net them into the period's sales)")
        let price = columns.price.map {
            ValueText.quantity(fields[$0], row: row, column: "price", problems: &problems, emptyAllowed: true, unit: "per unit")
        } ?? .nan
        let promotion = columns.promotion.map { ValueText.flag(fields[$0], row: row, column: "promo", problems: &problems) } ?? false
        let stockout = censoring(fields, row: row, columns: columns, sales: sales, problems: &problems)
        // A row with a bad value still takes part in the date checks (duplicates, gaps), so
        // that one bad number does not also produce a spurious gap.
        guard !id.isEmpty, let day else { return nil }
        guard let sales, let price, let promotion, let stockout else {
            return ParsedRow(id: id, day: day, sales: .nan, price: .nan, promotion: false, stockout: false)
        }
        return ParsedRow(id: id, day: day, sales: sales, price: price, promotion: promotion, stockout: stockout)
    }

    /// Whether the row's period is censored: its `stockout` flag, or where that is empty or
    /// absent, whether its `on_hand` is 0; nil (with a problem) when a value is malformed or the
    /// two contradict each other.
    static func censoring(_ fields: [String], row: Int, columns: HistoryColumns, sales: Double?,
                          problems: inout ProblemList) -> Bool? {
        let flagText = columns.stockout.map { fields[$0] } ?? ""
        let flag = columns.stockout == nil ? false : ValueText.flag(flagText, row: row, column: "stockout", problems: &problems)
        guard let column = columns.onHand else { return flag }
        guard let onHand = ValueText.quantity(fields[column], row: row, column: "on_hand", problems: &problems,
                                              emptyAllowed: true, unit: "units",
                                              negative: "stock on hand is never negative (write 0 when none is left)") else { return nil }
        guard let flag, onHand == 0 else { return flag }
        guard !flagText.isEmpty else { return true }
        if !flag, let sales, sales > 0 {
            problems.add(row: row, column: "stockout", "is 0, but on_hand is 0 after \(ValueText.text(sales)) units sold: the period "
                         + "ended sold out, so its demand may have been more than its sales (write 1, or leave stockout empty "
                         + "to take it from on_hand)")
            return nil
        }
        return flag
    }
}
