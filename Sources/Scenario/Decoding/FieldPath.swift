/// Where a value sits in a scenario document: the keys and list indices from the root,
/// rendered the way users write them, e.g. `products[2].lifecycle.bass.market_size`.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public private(set) var components: [Component]

    public static let root = FieldPath(components: [])

    public init(components: [Component]) {
        self.components = components
    }

    /// Converts a decoder's coding path; keys with an integer value are list indices
    /// (that is how Yams and Foundation name the elements of an unkeyed container).
    init(codingPath: [any CodingKey]) {
        components = codingPath.map { key in
            if let index = key.intValue { return .index(index) }
            return .key(key.stringValue)
        }
    }

    public func key(_ name: String) -> FieldPath {
        FieldPath(components: components + [.key(name)])
    }

    func key(_ key: some CodingKey) -> FieldPath {
        self.key(key.stringValue)
    }

    public func index(_ index: Int) -> FieldPath {
        FieldPath(components: components + [.index(index)])
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case let .key(name):
                text += text.isEmpty ? name : "." + name
            case let .index(index):
                text += "[\(index)]"
            }
        }
        return text
    }
}

/// A coding key for any name, used to list the keys a user actually wrote and to address
/// fields whose names are only known at run time (distribution parameters, union tags).
struct AnyKey: CodingKey, Hashable, ExpressibleByStringLiteral {
    let stringValue: String
    let intValue: Int?

    init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }

    init(stringLiteral value: String) {
        self.init(value)
    }
}

/// The keys of a mapping that takes no fields at all (`{poisson: {}}`).
struct NoKeys: CodingKey, CaseIterable {
    static var allCases: [NoKeys] { [] }
    var stringValue: String { "" }
    var intValue: Int? { nil }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}
