extension ModelForecaster {
    /// The model, its fit and the remembered window, behind one reference and copied on write
    /// (``uniqueStorage()``), so that a forecaster is a value.
    ///
    /// Why a reference: the closed loop holds forecasters as `any Forecaster` and reads them
    /// (the next period's mean, a forecast) through a copy of the value; a copy of this struct is
    /// a few numbers and one retain, where the fit and the window inline would be copied field by
    /// field through generic value witnesses every period.
    ///
    /// `@unchecked Sendable`: the storage is only ever mutated through ``uniqueStorage()``, when
    /// no other value shares it.
    final class Storage: @unchecked Sendable {
        let model: Model
        @exclusivity(unchecked) var fitted: Model.Fitted?
        @exclusivity(unchecked) var history: RingBuffer<Double>

        init(model: Model, fitted: Model.Fitted?, history: RingBuffer<Double>) {
            self.model = model
            self.fitted = fitted
            self.history = history
        }
    }

    /// The storage, copied first when another value shares it.
    mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) {
            storage = Storage(model: storage.model, fitted: storage.fitted, history: storage.history)
        }
        return storage
    }
}

extension ModelForecaster {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.censoring == rhs.censoring && lhs.refitEvery == rhs.refitEvery
            && lhs.observationCount == rhs.observationCount && lhs.lastFitCount == rhs.lastFitCount
            && lhs.expectedNext == rhs.expectedNext && lhs.model == rhs.model && lhs.fitted == rhs.fitted
            && lhs.storage.history == rhs.storage.history
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(model)
        hasher.combine(fitted)
        hasher.combine(observationCount)
        hasher.combine(storage.history)
    }
}

/// The whole state, fitted model included, is saved when the model and its fit are `Codable`.
extension ModelForecaster: Codable where Model: Codable, Model.Fitted: Codable {
    private enum CodingKeys: String, CodingKey {
        case model, censoring, refitEvery, fitted, observationCount, lastFitCount, history, expectedNext
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        censoring = try container.decode(CensoringTreatment.self, forKey: .censoring)
        refitEvery = try container.decode(Int.self, forKey: .refitEvery)
        observationCount = try container.decode(Int.self, forKey: .observationCount)
        lastFitCount = try container.decode(Int.self, forKey: .lastFitCount)
        expectedNext = try container.decode(Double.self, forKey: .expectedNext)
        storage = Storage(model: try container.decode(Model.self, forKey: .model),
                          fitted: try container.decodeIfPresent(Model.Fitted.self, forKey: .fitted),
                          history: try container.decode(RingBuffer<Double>.self, forKey: .history))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(censoring, forKey: .censoring)
        try container.encode(refitEvery, forKey: .refitEvery)
        try container.encodeIfPresent(fitted, forKey: .fitted)
        try container.encode(observationCount, forKey: .observationCount)
        try container.encode(lastFitCount, forKey: .lastFitCount)
        try container.encode(storage.history, forKey: .history)
        try container.encode(expectedNext, forKey: .expectedNext)
    }
}
