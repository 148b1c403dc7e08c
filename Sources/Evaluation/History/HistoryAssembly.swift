import Forecasting

/// Turns the rows read from a history file into series on one calendar, checking what only the
/// whole file can show: duplicate keys, the frequency, series of another frequency, dates off
/// its grid, and gaps (refused, or filled with zeros).
struct HistoryAssembly {
    let file: String
    let columns: HistoryColumns
    var rows: [HistoryRows]
    let options: HistoryImport.Options
    var problems: ProblemList

    /// Dates named at most in one gap message.
    static let datesListed = 3

    init(file: String, columns: HistoryColumns, rows: [HistoryRows], options: HistoryImport.Options, problems: ProblemList) {
        self.file = file
        self.columns = columns
        self.rows = rows
        self.options = options
        self.problems = problems
    }

    /// The date column's name, as problems quote it.
    var dateColumn: String { columns.names.time }

    /// The checked history.
    /// - Throws: ``InputFileError`` with every problem found while reading and here.
    mutating func history() throws(InputFileError) -> SalesHistory {
        for index in rows.indices { rows[index].sortByDate() }
        checkDuplicates()
        let steps = rows.map { DateSteps($0.days) }
        let frequency = options.frequency ?? inferFrequency(steps)
        guard let frequency else {
            try problems.check()
            throw InputFileError(problems: problems.problems)
        }
        let calendar = SeriesCalendar(periodHolding: rows.lazy.compactMap { $0.days.first }.min() ?? 0, frequency: frequency,
                                      dating: dating(frequency))
        var periods: [[Int]] = []
        for index in rows.indices {
            periods.append(checkGrid(rows[index], steps: steps[index], calendar: calendar))
        }
        try problems.check()
        var filled = FilledGaps(rows: 0, series: 0)
        let series = rows.indices.map { index in
            let group = rows[index].onPeriods(periods[index], filled: &filled)
            return EvaluationSeries(
                id: group.id, firstPeriod: periods[index][0], sales: group.sales,
                prices: columns.price == nil ? nil : group.prices,
                promotions: columns.promotion == nil ? nil : group.promotions,
                stockouts: columns.stockout == nil && columns.onHand == nil ? nil : group.stockouts,
                context: ForecastingContext(season: frequency.defaultSeason))
        }.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        return SalesHistory(file: file, calendar: calendar, series: series, hasPrices: columns.price != nil,
                            filled: filled.rows > 0 ? filled : nil)
    }

    /// The same (unique_id, ds) twice.
    private mutating func checkDuplicates() {
        for group in rows {
            for index in group.days.indices.dropFirst() where group.days[index] == group.days[index - 1] {
                problems.add(row: group.rows[index], column: dateColumn,
                             "duplicate key: \(columns.names.id) \(group.id), \(dateColumn) \(CivilDay.text(group.days[index])) is also on row \(group.rows[index - 1]) (keep one row per series and date; add up the units)")
            }
        }
    }

    /// The frequency most steps between successive dates fit; nil (with a problem) when none.
    private mutating func inferFrequency(_ steps: [DateSteps]) -> SeriesFrequency? {
        var all = DateSteps([])
        for series in steps { all.merge(series) }
        if let frequency = all.frequency { return frequency }
        if all.closest == .max {
            problems.addUndeterminedFrequency(column: dateColumn, "every series has a single date, so the frequency cannot be told (name it)")
        } else {
            problems.addUndeterminedFrequency(column: dateColumn, "successive dates are never 1 day, 7 days, a month or a quarter apart "
                                              + "(closest: \(all.closest) days); aggregate the file to days, weeks, months or quarters, or name the frequency")
        }
        return nil
    }

    /// How months and quarters are dated: by their last day when more dates are the last day
    /// of a month than the first.
    private func dating(_ frequency: SeriesFrequency) -> PeriodDating {
        guard frequency.months != nil else { return .firstDay }
        var (first, last) = (0, 0)
        for day in rows.lazy.flatMap(\.days) {
            switch DateSteps.monthEdge(day) {
            case .firstDay?: first += 1
            case .lastDay?: last += 1
            case nil: break
            }
        }
        return last > first ? .lastDay : .firstDay
    }

    /// The period of each of the group's dates; a problem for a series of another frequency,
    /// each date off the grid and (unless gaps are filled) each gap.
    private mutating func checkGrid(_ group: HistoryRows, steps: DateSteps, calendar: SeriesCalendar) -> [Int] {
        let periods = group.days.map { calendar.period(ofDay: $0) }
        let offGrid = group.days.indices.filter { !calendar.datesPeriod(group.days[$0]) }
        if let own = steps.frequency, own != calendar.frequency, steps.count(own) > steps.count(calendar.frequency),
           !offGrid.isEmpty || options.fillGaps == .refuse {
            reportMixed(group, steps: steps, own: own, calendar: calendar)
            return periods
        }
        for index in offGrid {
            problems.add(row: group.rows[index], column: dateColumn, HistoryGrid.offGrid(group.days[index], calendar: calendar))
        }
        guard options.fillGaps == .refuse else { return periods }
        for index in periods.indices.dropFirst() where periods[index] - periods[index - 1] > 1
            && !offGrid.contains(index) && !offGrid.contains(index - 1) {
            reportGap(in: group, before: index, periods: periods, calendar: calendar)
        }
        return periods
    }

    /// One problem for a series whose dates follow another frequency than the file's.
    private mutating func reportMixed(_ group: HistoryRows, steps: DateSteps, own: SeriesFrequency, calendar: SeriesCalendar) {
        let (earlier, later) = steps.examples[own] ?? (0, min(1, group.days.count - 1))
        let coarser = (SeriesFrequency.allCases.firstIndex(of: own) ?? 0) > (SeriesFrequency.allCases.firstIndex(of: calendar.frequency) ?? 0)
        let message = "mixed frequencies: series \(group.id) is \(own.rawValue) (\(CivilDay.text(group.days[earlier])) on row "
            + "\(group.rows[earlier]), then \(CivilDay.text(group.days[later]))) in a \(calendar.frequency.rawValue) history; keep one "
            + "frequency per file (aggregate the finer series, or evaluate them in a file of their own)"
        guard coarser else {
            problems.add(row: group.rows[later], column: dateColumn, message)
            return
        }
        problems.add(row: group.rows[later], column: dateColumn,
                     message + "; or, if it is \(calendar.frequency.rawValue) with periods missing, have them filled with zeros",
                     remedy: .fillGaps)
    }

    private mutating func reportGap(in group: HistoryRows, before index: Int, periods: [Int], calendar: SeriesCalendar) {
        let previous = periods[index - 1]
        let missing = periods[index] - previous - 1
        let listed = (1...min(missing, Self.datesListed)).map { calendar.date(of: previous + $0) }
        let more = missing > Self.datesListed ? " and \(missing - Self.datesListed) more" : ""
        let dates = missing == 1 ? "date is" : "dates are"
        problems.add(row: group.rows[index], column: dateColumn,
                     "series \(group.id) has a gap: \(missing) \(dates) missing before \(CivilDay.text(group.days[index])) (\(listed.joined(separator: ", "))\(more)); add rows with y = 0 for periods without sales",
                     remedy: .fillGaps)
    }
}
