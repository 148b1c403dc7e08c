/// A tree of HTML or SVG elements that can only be written out escaped.
///
/// Element and attribute names are `StaticString`s — string literals in this module's source —
/// so no text from a scenario or a history file can ever become a tag or an attribute name;
/// every text node and attribute value is escaped by ``HTMLText`` when the tree is rendered.
/// There is no way to splice a run-time string into the output unescaped: the only verbatim
/// content, ``MarkupNode/trusted(_:)``, takes a literal too (a style sheet).
public indirect enum MarkupNode: Sendable {
    case element(MarkupElement)
    /// Text, escaped when rendered.
    case text(String)
    /// Verbatim markup or CSS; a literal, never data.
    case trusted(StaticString)

    /// An SVG element.
    public static func svg(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, any MarkupAttributeValue> = [:],
                           _ children: [MarkupNode] = []) -> MarkupNode {
        .element(MarkupElement(svg: name, attributes, children))
    }

    /// An HTML element.
    public static func html(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, any MarkupAttributeValue> = [:],
                            _ children: [MarkupNode] = []) -> MarkupNode {
        .element(MarkupElement(html: name, attributes, children))
    }

    /// The node as markup text.
    public var rendered: String {
        var output = ""
        render(into: &output)
        return output
    }

    func render(into output: inout String) {
        switch self {
        case .element(let element): element.render(into: &output)
        case .text(let text): HTMLText.appendText(text, to: &output)
        case .trusted(let literal): output += literal.description
        }
    }
}

/// One element: its name, attributes in the order given (so output is deterministic) and
/// children.
public struct MarkupElement: Sendable {
    public let name: StaticString
    public private(set) var attributes: [MarkupAttribute]
    public var children: [MarkupNode]
    /// Whether the element is written `<name …/>` when it has no children: SVG elements and HTML
    /// void elements. Other HTML elements always get a closing tag (`<div></div>`), which HTML
    /// parsers require; either form is well-formed XML.
    public let selfCloses: Bool

    /// An SVG element; attributes whose value is nil are left out.
    public init(svg name: StaticString, _ attributes: KeyValuePairs<StaticString, any MarkupAttributeValue> = [:],
                _ children: [MarkupNode] = []) {
        self.name = name
        self.attributes = Self.attributes(attributes)
        self.children = children
        selfCloses = true
    }

    /// An HTML element; attributes whose value is nil are left out.
    public init(html name: StaticString, _ attributes: KeyValuePairs<StaticString, any MarkupAttributeValue> = [:],
                _ children: [MarkupNode] = []) {
        self.name = name
        self.attributes = Self.attributes(attributes)
        self.children = children
        selfCloses = Self.voidElements.contains(name.description)
    }

    /// Adds (or, for a name already present, replaces) an attribute.
    public mutating func set(_ name: StaticString, _ value: any MarkupAttributeValue) {
        let key = name.description
        attributes.removeAll { $0.name.description == key }
        if let text = value.markupValue { attributes.append(MarkupAttribute(name: name, value: text)) }
    }

    /// The element as markup text.
    public var rendered: String {
        var output = ""
        render(into: &output)
        return output
    }

    func render(into output: inout String) {
        output += "<"
        output += name.description
        for attribute in attributes {
            output += " "
            output += attribute.name.description
            output += "=\""
            HTMLText.appendAttribute(attribute.value, to: &output)
            output += "\""
        }
        if children.isEmpty && selfCloses {
            output += "/>"
            return
        }
        output += ">"
        for child in children { child.render(into: &output) }
        output += "</"
        output += name.description
        output += ">"
    }

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    private static func attributes(_ pairs: KeyValuePairs<StaticString, any MarkupAttributeValue>) -> [MarkupAttribute] {
        pairs.compactMap { name, value in value.markupValue.map { MarkupAttribute(name: name, value: $0) } }
    }
}

/// An attribute; the value is held unescaped and escaped when rendered.
public struct MarkupAttribute: Sendable {
    public let name: StaticString
    public let value: String
}

/// A value that can be written as an attribute: text (escaped), a number, or nil for "leave
/// the attribute out".
public protocol MarkupAttributeValue {
    /// The value as attribute text before escaping; nil leaves the attribute out.
    var markupValue: String? { get }
}

extension String: MarkupAttributeValue {
    public var markupValue: String? { self }
}

extension Int: MarkupAttributeValue {
    public var markupValue: String? { String(self) }
}

/// Pixel coordinates and lengths: at most two decimals, trailing zeros dropped, locale-free,
/// so the same chart is the same text byte for byte.
extension Double: MarkupAttributeValue {
    public var markupValue: String? { NumberText.format(self, places: 2) }
}

extension Optional: MarkupAttributeValue where Wrapped: MarkupAttributeValue {
    public var markupValue: String? { self?.markupValue }
}
