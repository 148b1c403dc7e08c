/// Reading and writing the parameter maps of policy rules.
///
/// A rule appears in two places: as the rule key of a policy entry (`s_S: {s: 20, S: 40}` next
/// to `name`), and on its own as a single-key map (the `policy` an `end_of_life` rule wraps).
/// Both go through ``PolicyRule/read(_:from:at:in:)`` and ``PolicyRule/encodeParameters(into:)``.
extension PolicyRule {
    /// The parameter keys each rule takes, in the order they are written out.
    static func parameterNames(of tag: Tag) -> [String] {
        switch tag {
        case .baseStock: return ["level"]
        case .sS: return ["s", "S", "review"]
        case .sQ: return ["s", "Q"]
        case .orderUpTo: return ["review", "level"]
        case .minMax: return ["min", "max", "review"]
        case .newsvendor: return ["critical_ratio"]
        case .forecastOrderUpTo: return ["review", "service_level", "fill_rate"]
        case .quantile: return ["review", "quantile"]
        case .endOfLife: return ["policy", "stop_days", "clearance"]
        }
    }

    /// A valid parameter map for each rule, shown when one is missing.
    static func example(of tag: Tag) -> String {
        switch tag {
        case .baseStock: return "{level: 60}"
        case .sS: return "{s: 20, S: 40}"
        case .sQ: return "{s: 30, Q: 50}"
        case .orderUpTo: return "{review: 7, level: 120}"
        case .minMax: return "{min: 20, max: 60}"
        case .newsvendor: return "{critical_ratio: 0.8}"
        case .forecastOrderUpTo: return "{review: 7, service_level: 0.95}"
        case .quantile: return "{review: 7, quantile: 0.9}"
        case .endOfLife: return "{policy: {base_stock: {level: 60}}, stop_days: 14}"
        }
    }

    /// A rule on its own: `{s_S: {s: 20, S: 40}}`, or `newsvendor` bare.
    public init(from decoder: any Decoder) throws {
        let tagged = try Tagged<Tag>(decoder, what: "policy", bare: [.newsvendor],
                                     example: "{s_S: {s: 20, S: 40}}")
        self = try Self.read(tagged.tag, from: tagged.payload, at: tagged.payloadPath, in: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeTagged(key) { try encodeParameters(into: &$0) }
    }

    /// Reads the parameters of the rule `tag` from `payload` (nil or null when the rule was
    /// written without parameters). `path` is where the parameters are; `context` carries the
    /// decode log for problems found before there is a payload to blame.
    static func read(_ tag: Tag, from payload: (any Decoder)?, at path: FieldPath,
                     in context: any Decoder) throws -> PolicyRule {
        let names = parameterNames(of: tag)
        if tag == .newsvendor {
            let fields = try parameterFields(payload, known: names)
            return .newsvendor(criticalRatio: try fields?.optional("critical_ratio", Double.self))
        }
        guard let fields = try parameterFields(payload, known: names) else {
            throw DecodeLog.failure(FieldProblem(path, .missingField, "'\(tag.rawValue)' needs parameters",
                                                 hint: "e.g. \(tag.rawValue): \(example(of: tag))"), in: context)
        }
        // Each parameter is read before giving up, so every problem in the rule is reported.
        func review() throws -> Int { try fields.optional("review", Int.self) ?? defaultReview }
        switch tag {
        case .baseStock:
            guard let level = try fields.required("level", Int.self) else { throw AlreadyReported() }
            return .baseStock(level: level)
        case .sS:
            let s = try fields.required("s", Int.self), S = try fields.required("S", Int.self)
            let review = try review()
            guard let s, let S else { throw AlreadyReported() }
            return .sS(s: s, S: S, review: review)
        case .sQ:
            let s = try fields.required("s", Int.self), q = try fields.required("Q", Int.self)
            guard let s, let q else { throw AlreadyReported() }
            return .sQ(s: s, q: q)
        case .orderUpTo:
            let review = try review(), level = try fields.required("level", Int.self)
            guard let level else { throw AlreadyReported() }
            return .orderUpTo(review: review, level: level)
        case .minMax:
            let min = try fields.required("min", Int.self), max = try fields.required("max", Int.self)
            let review = try review()
            guard let min, let max else { throw AlreadyReported() }
            return .minMax(min: min, max: max, review: review)
        case .forecastOrderUpTo:
            let review = try review()
            guard let target = try fields.attempt({ try serviceTarget(fields) }) else { throw AlreadyReported() }
            return .forecastOrderUpTo(review: review, target: target)
        case .quantile:
            let review = try review(), quantile = try fields.required("quantile", Double.self)
            guard let quantile else { throw AlreadyReported() }
            return .quantile(review: review, quantile: quantile)
        case .endOfLife:
            let policy = try fields.required("policy", PolicyRule.self)
            let stopDays = try fields.required("stop_days", Int.self)
            let clearance = try fields.optional("clearance", ClearanceSpec.self)
            guard let policy, let stopDays else { throw AlreadyReported() }
            return .endOfLife(policy: policy, stopDays: stopDays, clearance: clearance)
        case .newsvendor:
            return .newsvendor(criticalRatio: nil)
        }
    }

    /// Exactly one of `service_level` and `fill_rate`.
    private static func serviceTarget(_ fields: Fields<AnyKey>) throws -> ServiceTargetSpec {
        let given = fields.present(["service_level", "fill_rate"])
        guard given.count == 1, let key = given.first else {
            let message = given.isEmpty ? "give the service target as 'service_level' or 'fill_rate'"
                                        : "give only one of 'service_level' and 'fill_rate'"
            throw fields.failure(FieldProblem(fields.path, given.isEmpty ? .missingField : .invalidValue, message,
                                              hint: "service_level is the chance of no stockout in a cycle, "
                                                  + "fill_rate the share of demand served from stock"))
        }
        guard let value = try fields.required(key, Double.self) else { throw AlreadyReported() }
        return key.stringValue == "service_level" ? .serviceLevel(value) : .fillRate(value)
    }

    /// Writes the parameter map with every default filled in.
    func encodeParameters(into container: inout KeyedEncodingContainer<AnyKey>) throws {
        switch self {
        case let .baseStock(level):
            try container.encode(level, forKey: "level")
        case let .sS(s, S, review):
            try container.encode(s, forKey: "s")
            try container.encode(S, forKey: "S")
            try container.encode(review, forKey: "review")
        case let .sQ(s, q):
            try container.encode(s, forKey: "s")
            try container.encode(q, forKey: "Q")
        case let .orderUpTo(review, level):
            try container.encode(review, forKey: "review")
            try container.encode(level, forKey: "level")
        case let .minMax(min, max, review):
            try container.encode(min, forKey: "min")
            try container.encode(max, forKey: "max")
            try container.encode(review, forKey: "review")
        case let .newsvendor(criticalRatio):
            // Nil stays out: the ratio then comes from the product's economics.
            try container.encodeIfPresent(number: criticalRatio, forKey: "critical_ratio")
        case let .forecastOrderUpTo(review, target):
            try container.encode(review, forKey: "review")
            try container.encode(number: target.value, forKey: AnyKey(target.key))
        case let .quantile(review, quantile):
            try container.encode(review, forKey: "review")
            try container.encode(number: quantile, forKey: "quantile")
        case let .endOfLife(policy, stopDays, clearance):
            try container.encode(policy, forKey: "policy")
            try container.encode(stopDays, forKey: "stop_days")
            try container.encodeIfPresent(clearance, forKey: "clearance")
        }
    }
}

/// Like ``parameterFields(_:_:)``, for parameter maps whose keys are listed at run time.
func parameterFields(_ payload: (any Decoder)?, known: [String]) throws -> Fields<AnyKey>? {
    guard let payload, !((try? payload.singleValueContainer().decodeNil()) ?? false) else { return nil }
    return try Fields(payload, known: known)
}
