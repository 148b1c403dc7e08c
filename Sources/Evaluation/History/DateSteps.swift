/// What the distances between successive dates of a history say about its frequency: each step
/// from one date to the next is counted for every frequency it fits — 1 day; a multiple of 7
/// days; one month between two first (or two last) days of months; three months between two
/// first (or two last) days of quarters — and the frequency most steps fit wins, the coarser on
/// a tie (1 February → 1 March is 28 days, four weeks as well as a month).
struct DateSteps {
    /// Steps fitting each frequency, in ``SeriesFrequency/allCases`` order.
    private(set) var counts = [Int](repeating: 0, count: SeriesFrequency.allCases.count)
    /// The first step fitting each frequency: (earlier index, later index) into the dates counted.
    private(set) var examples: [SeriesFrequency: (Int, Int)] = [:]
    /// The shortest step seen, in days (Int.max when none).
    private(set) var closest = Int.max

    /// Counts the steps between successive distinct `days` (sorted ascending).
    init(_ days: [Int]) {
        for index in days.indices.dropFirst() where days[index] > days[index - 1] {
            add(from: days[index - 1], to: days[index], at: (index - 1, index))
        }
    }

    /// Adds the counts of `other`.
    mutating func merge(_ other: DateSteps) {
        for index in counts.indices { counts[index] += other.counts[index] }
        closest = min(closest, other.closest)
    }

    /// The frequency most steps fit (the coarser on a tie); nil when no step fits any.
    var frequency: SeriesFrequency? {
        var best: SeriesFrequency?
        var bestCount = 0
        for (frequency, count) in zip(SeriesFrequency.allCases, counts) where count > 0 && count >= bestCount {
            (best, bestCount) = (frequency, count)
        }
        return best
    }

    /// Steps that fit `frequency`.
    func count(_ frequency: SeriesFrequency) -> Int {
        counts[SeriesFrequency.allCases.firstIndex(of: frequency) ?? 0]
    }

    private mutating func add(from earlier: Int, to later: Int, at pair: (Int, Int)) {
        let distance = later - earlier
        closest = min(closest, distance)
        var fits: [SeriesFrequency] = []
        if distance == 1 { fits.append(.daily) }
        if distance % 7 == 0 { fits.append(.weekly) }
        let months = CivilDay.monthIndex(later) - CivilDay.monthIndex(earlier)
        if let edge = Self.monthEdge(earlier), edge == Self.monthEdge(later) {
            if months == 1 { fits.append(.monthly) }
            if months == 3, Self.isQuarterEdge(earlier, edge: edge) { fits.append(.quarterly) }
        }
        for frequency in fits {
            counts[SeriesFrequency.allCases.firstIndex(of: frequency) ?? 0] += 1
            if examples[frequency] == nil { examples[frequency] = pair }
        }
    }

    /// Whether `day` is the first or the last day of its month; nil when neither.
    static func monthEdge(_ day: Int) -> PeriodDating? {
        if CivilDay.firstDay(ofMonthIndex: CivilDay.monthIndex(day)) == day { return .firstDay }
        if CivilDay.firstDay(ofMonthIndex: CivilDay.monthIndex(day) + 1) == day + 1 { return .lastDay }
        return nil
    }

    /// Whether a first (last) day of a month starts (ends) a calendar quarter.
    static func isQuarterEdge(_ day: Int, edge: PeriodDating) -> Bool {
        let month = CivilDay.monthIndex(day) % 12
        return edge == .firstDay ? month % 3 == 0 : month % 3 == 2
    }
}
