import Calendar
import Market

/// One lifecycle phase: expected units per period ramp linearly from `from` to `to` across it.
///
/// A phase starts where the previous one ends (the first at the product's launch). `start` may
/// be written to pin that down; it must then match. Its length is an ``Extent``; only the last
/// phase may leave it out, and then runs to the end of life (or of the horizon). After a last
/// phase with a fixed length, expected demand is zero.
///
/// YAML: `{phase: growth, days: 30, from: 10, to: 40}`; `level: 25` is short for `from: 25, to:
/// 25`; `from` defaults to the previous phase's `to` (0 for the first phase), `to` to `from`.
public struct PhaseSpec: Sendable, Hashable, Codable {
    public var phase: LifecyclePhase
    /// The first day, when written; otherwise implied by the previous phase.
    public var start: CalendarDate?
    /// How long the phase lasts; nil runs to the end of life (last phase only).
    public var extent: Extent?
    /// Expected units per period at the start of the phase (≥ 0).
    public var from: Double
    /// Expected units per period at the end of the phase (≥ 0).
    public var to: Double

    public init(phase: LifecyclePhase, start: CalendarDate? = nil, extent: Extent?, from: Double, to: Double) {
        self.phase = phase
        self.start = start
        self.extent = extent
        self.from = from
        self.to = to
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case phase, start, end, days, periods, from, to, level
    }

    /// Decodes a single phase on its own; `from` then defaults to 0.
    public init(from decoder: any Decoder) throws {
        self = try PhaseDraft(from: decoder).resolved(previousLevel: 0)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(phase, forKey: .phase)
        try container.encodeIfPresent(date: start, forKey: .start)
        try extent?.encode(into: &container, end: .end, days: .days, periods: .periods)
        try container.encode(number: from, forKey: .from)
        try container.encode(number: to, forKey: .to)
    }

    /// Resolves the level defaults along the list: each phase starts from where the one
    /// before it ended.
    static func resolve(_ drafts: [Lenient<PhaseDraft>], in decoder: any Decoder) throws -> [PhaseSpec] {
        var phases: [PhaseSpec] = []
        var level = 0.0
        for draft in drafts {
            // A phase that failed to decode was reported; the rest still resolve for checking.
            guard let draft = draft.value else { continue }
            let phase = draft.resolved(previousLevel: level)
            level = phase.to
            phases.append(phase)
        }
        return phases
    }
}

/// A phase as written, before the level defaults are resolved.
struct PhaseDraft: Decodable {
    var phase: LifecyclePhase
    var start: CalendarDate?
    var extent: Extent?
    var from: Double?
    var to: Double?

    init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, PhaseSpec.CodingKeys.self)
        let phase = try fields.choice(.phase, LifecyclePhase.self, what: "phase")
        if phase == nil, !fields.has(.phase) {
            _ = try fields.required(.phase, String.self)
        }
        start = try fields.date(.start)
        extent = try fields.attempt { try Extent.read(fields, end: .end, days: .days, periods: .periods) } ?? nil
        from = try fields.optional(.from, Double.self)
        to = try fields.optional(.to, Double.self)
        if let level = try fields.optional(.level, Double.self) {
            if fields.has(.from) || fields.has(.to) {
                try fields.report(FieldProblem(fields.path.key("level"), .invalidValue,
                                               "give either 'level' or 'from'/'to', not both"))
            }
            from = from ?? level
            to = to ?? level
        }
        guard let phase else { throw AlreadyReported() }
        self.phase = phase
    }

    func resolved(previousLevel: Double) -> PhaseSpec {
        let start = from ?? previousLevel
        return PhaseSpec(phase: phase, start: self.start, extent: extent, from: start, to: to ?? start)
    }
}

/// A phase placed on the calendar: days `[start, end)`, with its level ramp.
public struct ScheduledPhase: Sendable, Hashable {
    public var phase: LifecyclePhase
    public var start: CalendarDate
    /// First day after the phase.
    public var end: CalendarDate
    public var from: Double
    public var to: Double
}

extension ProductSpec {
    /// The phases of a phase lifecycle laid end to end from the launch date; nil for Bass.
    /// An open last phase ends at the end of life, or at the end of the horizon.
    public func phaseSchedule(in calendar: CalendarSpec) -> [ScheduledPhase]? {
        guard case let .phases(phases) = lifecycle else { return nil }
        let openEnd = endOfLife ?? calendar.calendar.end
        var cursor = launchDate(in: calendar)
        return phases.map { phase in
            let start = phase.start ?? cursor
            let end = max(start, phase.extent?.end(from: start, period: calendar.period) ?? max(openEnd, start))
            cursor = end
            return ScheduledPhase(phase: phase.phase, start: start, end: end, from: phase.from, to: phase.to)
        }
    }
}
