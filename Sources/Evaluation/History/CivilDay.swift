import Calendar

/// ISO calendar dates as day numbers (days since 1970-01-01, negative before), read from and
/// written as `YYYY-MM-DD`.
///
/// History import reads hundreds of thousands of dates, so parsing works on bytes; the calendar
/// arithmetic is the simulator's ``CalendarDate``.
public enum CivilDay {
    /// The day number of `text` when it is an ISO date `YYYY-MM-DD`, optionally followed by a
    /// midnight time (` 00:00:00` or `T00:00:00`, as pandas writes datetimes); nil otherwise.
    public static func parse(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// As ``parse(_:)``, on UTF-8 bytes.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 10 || Self.hasMidnight(bytes) else { return nil }
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        guard let year = number(bytes, 0..<4), let month = number(bytes, 5..<7), let day = number(bytes, 8..<10) else {
            return nil
        }
        return CalendarDate(year: year, month: month, day: day)?.dayNumber
    }

    /// The `YYYY-MM-DD` text of a day number.
    public static func text(_ dayNumber: Int) -> String {
        CalendarDate(dayNumber: dayNumber).description
    }

    /// ISO weekday of a day number: 1 = Monday … 7 = Sunday.
    public static func weekday(_ dayNumber: Int) -> Int {
        CalendarDate(dayNumber: dayNumber).isoWeekday
    }

    /// Months since January of year 0 (`year·12 + month − 1`) of the month holding day `dayNumber`.
    public static func monthIndex(_ dayNumber: Int) -> Int {
        let (year, month, _) = CalendarDate(dayNumber: dayNumber).components
        return year * 12 + month - 1
    }

    /// Day number of the first day of the month with ``monthIndex(_:)`` `index`.
    public static func firstDay(ofMonthIndex index: Int) -> Int {
        let month = ((index % 12) + 12) % 12
        // Month 1…12 and day 1 always exist, so the date is never nil.
        return CalendarDate(year: (index - month) / 12, month: month + 1, day: 1)?.dayNumber ?? 0
    }

    /// The English name of a month, 1…12.
    public static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
         "December"][(month - 1 + 12) % 12]
    }

    /// The English name of an ISO weekday.
    public static func weekdayName(_ weekday: Int) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][(weekday - 1 + 7) % 7]
    }

    private static func hasMidnight(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 19, bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T") else { return false }
        let midnight: [UInt8] = Array("00:00:00".utf8)
        for index in 0..<8 where bytes[11 + index] != midnight[index] { return false }
        return true
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
