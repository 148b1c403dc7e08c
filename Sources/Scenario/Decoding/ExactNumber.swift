import Yams

/// A `Double` written with the shortest text that reads back to the same value.
///
/// Yams writes doubles without an exponent with 15 significant digits, so a computed value
/// such as a gamma scale of 1.1904761904761905 would come back as 1.19047619047619 and the
/// resolved scenario would not reproduce the run. Other encoders (JSON) get a plain number.
struct ExactNumber: Encodable, YAMLEncodable {
    let value: Double

    init(_ value: Double) {
        self.value = value
    }

    func box() -> Node {
        let text: String
        if value.isNaN {
            text = ".nan"
        } else if value.isInfinite {
            text = value > 0 ? ".inf" : "-.inf"
        } else {
            // Swift's description is the shortest round-tripping form ("0.004", "1e-05", "89.0").
            text = "\(value)"
        }
        return Node(text, Tag(.float))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// A list of ``ExactNumber``s handed to Yams as one node. Element by element, Yams's unkeyed
/// container copies the whole sequence at every append: n² (an empirical lead time of 20,000
/// values took minutes to write into the resolved scenario).
struct ExactNumbers: Encodable, YAMLEncodable {
    let values: [Double]

    func box() -> Node {
        Node(values.map { ExactNumber($0).box() })
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for value in values { try container.encode(value) }
    }
}

extension KeyedEncodingContainer {
    mutating func encode(number: Double, forKey key: Key) throws {
        try encode(ExactNumber(number), forKey: key)
    }

    mutating func encodeIfPresent(number: Double?, forKey key: Key) throws {
        if let number { try encode(number: number, forKey: key) }
    }

    mutating func encode(numbers: [Double], forKey key: Key) throws {
        try encode(ExactNumbers(values: numbers), forKey: key)
    }

    mutating func encodeIfPresent(numbers: [Double]?, forKey key: Key) throws {
        if let numbers { try encode(numbers: numbers, forKey: key) }
    }
}
