import Foundation

extension HistoryImport {
    /// How to read a history file: its frequency, what to do with missing periods, and the
    /// names of its three required columns.
    public struct Options: Sendable, Hashable {
        /// Daily, weekly, monthly or quarterly; nil to infer it from the dates.
        public var frequency: SeriesFrequency?
        public var fillGaps: GapFilling
        public var columns: HistoryColumnNames

        public init(frequency: SeriesFrequency? = nil, fillGaps: GapFilling = .refuse, columns: HistoryColumnNames = .init()) {
            self.frequency = frequency
            self.fillGaps = fillGaps
            self.columns = columns
        }
    }
}

/// What to do with a period missing inside a series (between its first and last dates).
public enum GapFilling: String, Sendable, Hashable, Codable, CaseIterable {
    /// Refuse the file, naming each gap and the dates missing.
    case refuse
    /// Add the period with `y = 0` (no price, no promotion, not a stockout), and count it.
    case zero
}

/// The header names of a history's series id, date and units sold columns (by default
/// `unique_id`, `ds`, `y`, as statsforecast names them); compared trimmed and in any case.
public struct HistoryColumnNames: Sendable, Hashable, Codable {
    public var id: String
    public var time: String
    public var target: String

    public init(id: String = "unique_id", time: String = "ds", target: String = "y") {
        self.id = id
        self.time = time
        self.target = target
    }

    /// A baseline may name only some of them; the others keep their defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decodeIfPresent(String.self, forKey: .id) ?? "unique_id",
                  time: try container.decodeIfPresent(String.self, forKey: .time) ?? "ds",
                  target: try container.decodeIfPresent(String.self, forKey: .target) ?? "y")
    }

    /// The three names in order: id, time, target.
    var all: [String] { [id, time, target] }

    /// What is wrong with the names themselves: an empty one, or one column named for two roles.
    public var problems: [String] {
        var problems: [String] = []
        let roles = [("series id", id), ("date", time), ("units sold", target)]
        for (role, name) in roles where name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append("the \(role) column's name is empty")
        }
        let keys = all.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for first in keys.indices {
            for second in keys.indices where second > first && keys[first] == keys[second] && !keys[first].isEmpty {
                problems.append("'\(all[first])' is named as both the \(roles[first].0) and the \(roles[second].0) column; "
                                + "each role needs its own column")
            }
        }
        return problems
    }
}

/// Missing periods filled with `y = 0` while a history was read (``GapFilling/zero``).
public struct FilledGaps: Sendable, Hashable, Codable {
    /// Periods added, over every series.
    public var rows: Int
    /// Series that had at least one.
    public var series: Int

    public init(rows: Int, series: Int) {
        self.rows = rows
        self.series = series
    }
}
