import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small read-only XML tree, enough to walk the parts of an xlsx package.
/// Names of elements and attributes are kept without their namespace prefix (`x:c` is `c`).
final class MarkupElement {
    let name: String
    let attributes: [String: String]
    private(set) var children: [MarkupElement] = []
    /// The character data directly inside this element.
    private(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func firstChild(named name: String) -> MarkupElement? {
        children.first { $0.name == name }
    }

    func children(named name: String) -> [MarkupElement] {
        children.filter { $0.name == name }
    }

    /// Parses a document; nil when it is not well-formed XML.
    static func parse(_ data: Data) -> MarkupElement? {
        let builder = MarkupTreeBuilder()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        guard parser.parse(), builder.failed == false else { return nil }
        return builder.root
    }

    fileprivate func append(_ child: MarkupElement) { children.append(child) }
    fileprivate func appendText(_ more: String) { text += more }

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }
}

/// Receives the parser's events and builds the tree.
private final class MarkupTreeBuilder: NSObject, XMLParserDelegate {
    var root: MarkupElement?
    var open: [MarkupElement] = []
    var failed = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict {
            attributes[MarkupElement.localName(key)] = value
        }
        let element = MarkupElement(name: MarkupElement.localName(elementName), attributes: attributes)
        if let parent = open.last {
            parent.append(element)
        } else if root == nil {
            root = element
        } else {
            failed = true
        }
        open.append(element)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        _ = open.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        open.last?.appendText(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        open.last?.appendText(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        failed = true
    }
}
