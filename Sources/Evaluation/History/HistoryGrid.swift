/// The words for a date that does not date a period of a history's calendar.
enum HistoryGrid {
    /// Why `day` is off the grid of `calendar`, and what to write instead. (Every date dates a
    /// day, so a daily calendar never asks.)
    static func offGrid(_ day: Int, calendar: SeriesCalendar) -> String {
        let text = CivilDay.text(day)
        guard let months = calendar.frequency.months else {
            let start = calendar.startDay
            return "\(text) is a \(CivilDay.weekdayName(CivilDay.weekday(day))), off the weekly grid of "
                + "\(CivilDay.weekdayName(CivilDay.weekday(start)))s that starts \(CivilDay.text(start)) (date each week by its first day)"
        }
        let name = calendar.frequency.periodName
        let end = calendar.dating == .firstDay ? "first" : "last"
        let expected = "this one \(calendar.date(of: calendar.period(ofDay: day)))"
        if let edge = DateSteps.monthEdge(day), edge != calendar.dating, months == 1 || DateSteps.isQuarterEdge(day, edge: edge) {
            return "\(text) is the \(edge == .firstDay ? "first" : "last") day of its \(name), but this history dates each \(name) "
                + "by its \(end) day (\(expected)); date every period the same way"
        }
        let quarters = calendar.dating == .firstDay ? "quarters start on 1 January, April, July and October"
            : "quarters end on 31 March, 30 June, 30 September and 31 December"
        return "\(text) is not the \(end) day of its \(name)\(months == 1 ? "" : " (\(quarters))"); this history dates each \(name) "
            + "by its \(end) day (\(expected))"
    }
}
