import Calendar

// `CalendarDate` belongs to Calendar and is not `Codable`; scenario files write it as
// "YYYY-MM-DD". These helpers keep that in one place instead of a retroactive conformance,
// which would clash with one added to Calendar later.
extension KeyedEncodingContainer {
    mutating func encode(date: CalendarDate, forKey key: Key) throws {
        try encode(date.description, forKey: key)
    }

    mutating func encodeIfPresent(date: CalendarDate?, forKey key: Key) throws {
        if let date { try encode(date: date, forKey: key) }
    }
}
