/// The used periods of a group flattened for the ratio iterations: per observation its sales,
/// its baseline and its cells, each cell naming a yearly parameter, a weekday and its share of
/// the period's days.
///
/// Yearly parameters are the 12 months, or on quarterly data the 4 quarters (January–March
/// share one multiplier, …): three months summed in one period cannot be told apart.
struct SeasonalDesign {
    var sales: [Double] = []
    var baseline: [Double] = []
    /// Cells of observation i: `cellStart[i]..<cellStart[i + 1]`.
    var cellStart: [Int] = [0]
    var cellYearly: [Int] = []
    var cellWeekday: [Int] = []
    var cellShare: [Double] = []
    /// Used days in total over the members, and the first and last used day numbers.
    var usedDays = 0
    var firstDay = Int.max
    var lastDay = Int.min
    var censoredSkipped = 0
    /// Number of yearly parameters: 12, or 4 on quarterly data.
    let yearlyCount: Int

    init(members: [SeasonalityMember], calendar: SeasonalCalendar) {
        yearlyCount = calendar.length == .quarter ? 4 : 12
        for member in members {
            for period in member.live {
                if member.censored?[period] ?? false { censoredSkipped += 1 }
                guard member.isUsed(period) else { continue }
                append(sales: member.sales[period], baseline: member.baseline[period], period: period, calendar: calendar)
            }
        }
    }

    /// The yearly parameter of month `month` (0–11).
    func yearlyParameter(ofMonth month: Int) -> Int {
        yearlyCount == 12 ? month : month / 3
    }

    var count: Int { sales.count }
    var spanDays: Int { lastDay >= firstDay ? lastDay - firstDay + 1 : 0 }

    private mutating func append(sales y: Double, baseline b: Double, period: Int, calendar: SeasonalCalendar) {
        sales.append(y)
        baseline.append(b)
        let days = Double(calendar.days[period])
        for cell in calendar.cells[period] {
            cellYearly.append(yearlyParameter(ofMonth: cell.month))
            cellWeekday.append(cell.weekday)
            cellShare.append(Double(cell.days) / days)
        }
        cellStart.append(cellYearly.count)
        usedDays += calendar.days[period]
        let first = calendar.firstDays[period]
        firstDay = min(firstDay, first)
        lastDay = max(lastDay, first + calendar.days[period] - 1)
    }

    /// fₜ: the seasonal factor of observation `i` under multipliers `yearly` and `weekly`.
    func factor(_ i: Int, yearly: [Double], weekly: [Double]) -> Double {
        var f = 0.0
        for c in cellStart[i]..<cellStart[i + 1] {
            f += cellShare[c] * yearly[cellYearly[c]] * weekly[cellWeekday[c]]
        }
        return f
    }
}
