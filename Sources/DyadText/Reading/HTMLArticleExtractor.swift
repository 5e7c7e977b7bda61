/// What ``HTMLArticleExtractor`` finds in a news page.
public struct HTMLArticle: Sendable, Hashable {
    /// The headline: `og:title`, else the first `<h1>`, else `<title>`.
    public var title: String?
    /// `article:published_time`, `datePublished`, or the first `<time datetime>`.
    public var date: CalendarDate?
    /// `og:site_name`.
    public var outlet: String?
    /// `og:url` or the canonical link.
    public var url: String?
    /// `<meta name="author">`.
    public var author: String?
    /// The article's text blocks, in order, whitespace collapsed.
    public var paragraphs: [String]

    /// The paragraphs separated by blank lines: the document body.
    public var text: String { paragraphs.joined(separator: "\n\n") }
}

/// Pulls the article out of a news web page.
///
/// The body comes from `<article>` when the page has one, else `<main>`,
/// else `<body>`. Inside it, the text of each `<p>`, `<h2>`…`<h6>`, `<li>`
/// and `<blockquote>` becomes a paragraph. Page furniture is skipped: the
/// elements in ``droppedElements`` and any element whose `class` or `id`
/// contains one of ``droppedClassWords`` ("share", "caption", …). Character
/// references are decoded.
///
/// ```swift
/// let page = """
///     <html><head><meta property="og:site_name" content="Example News">
///     <title>Talks resume | Example News</title></head>
///     <body><article><h1>Talks resume</h1>
///     <figure><img src="a.jpg"><figcaption>Delegates arrive.</figcaption></figure>
///     <p>Envoys met in Geneva on Monday.</p>
///     <div class="share-bar"><p>Share this article</p></div></article></body></html>
///     """
/// let a = HTMLArticleExtractor().extract(from: page)
/// a.title        // "Talks resume"
/// a.outlet       // "Example News"
/// a.paragraphs   // ["Envoys met in Geneva on Monday."]
/// ```
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    /// Elements whose content is never article text.
    public static let droppedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
        "figure", "figcaption", "button", "select", "iframe", "svg", "object", "embed", "canvas", "dialog",
    ]

    /// Words that mark furniture when they appear in an element's `class` or `id`.
    public static let droppedClassWords: [String] = [
        "share", "social", "comment", "newsletter", "related", "advert", "caption", "credit",
    ]

    /// ARIA roles of furniture.
    static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "dialog"]

    /// Page-level elements never dropped for their class (a `<body class="has-comments">`).
    static let neverDroppedByClass: Set<String> = ["html", "body", "main", "article"]

    /// Elements whose text is a paragraph.
    static let blockElements: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"]

    /// Other elements that end a run of loose text (text outside paragraphs).
    static let boundaryElements: Set<String> = [
        "div", "section", "article", "main", "body", "h1", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th",
        "pre", "hr", "br", "address", "center",
    ]

    /// Start tags that close an open `<p>`.
    static let closesParagraph: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "table", "section",
        "article", "aside", "header", "footer", "nav", "form", "figure", "pre", "hr", "main", "address",
    ]

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// The article of an HTML page.
    public func extract(from html: String) -> HTMLArticle {
        if let r = html.utf8.withContiguousStorageIfAvailable({ extract($0) }) { return r }
        return Array(html.utf8).withUnsafeBufferPointer { extract($0) }
    }

    /// The page as a document, or an error when it holds no article text.
    public func document(from html: String, id: String, location: SourceLocation? = nil,
                         defaultDate: CalendarDate? = nil) -> Result<Document, InputError> {
        let article = extract(from: html)
        guard !article.paragraphs.isEmpty else {
            return .failure(InputError(location: location ?? SourceLocation(file: id),
                                       message: "no article text found in the HTML",
                                       advice: "check that the page holds the article itself (not only scripts), or pass its text as a plain text file"))
        }
        return .success(Document(id: id, text: article.text, date: article.date ?? defaultDate, title: article.title,
                                 outlet: article.outlet, url: article.url, author: article.author, origin: location))
    }

    func extract(_ b: UnsafeBufferPointer<UInt8>) -> HTMLArticle {
        var state = ExtractionState()
        HTMLScanner(b: b).scan { event in
            switch event {
            case .start(let name, let attributes, let selfClosing):
                state.start(name, attributes, selfClosing: selfClosing)
            case .end(let name):
                state.end(name)
            case .text(let range):
                state.text(b, range)
            }
        }
        state.flushBlock()
        state.flushLoose()
        return state.article()
    }
}

/// The running state of one extraction.
private struct ExtractionState {
    struct Open {
        var name: String
        var drops: Bool
        var isBlock: Bool
    }

    /// A paragraph and where it was found.
    struct Block {
        var text: String
        var inArticle: Bool
        var inMain: Bool
    }

    var stack: [Open] = []
    /// How many elements of each name are open, so that an end tag closing
    /// nothing costs no search of the stack.
    var openCount: [String: Int] = [:]
    /// The deepest nesting kept. Real pages nest a few dozen elements; past
    /// this, start tags are read as text boundaries only, so that a hostile
    /// page cannot make each end tag search a huge stack.
    static let maximumDepth = 512
    var dropDepth = 0, blockDepth = 0, articleDepth = 0, mainDepth = 0
    var current: [UInt8] = [], currentInArticle = false, currentInMain = false
    var loose: [UInt8] = [], looseInArticle = false, looseInMain = false
    var blocks: [Block] = []
    var looseBlocks: [Block] = []

    var titleText: [UInt8] = [], inTitle = false
    var h1Text: [UInt8] = [], h1Depth = 0, h1Done = false
    var meta: [String: String] = [:]
    var timeDatetime: String?

    mutating func start(_ name: String, _ attributes: [String: String], selfClosing: Bool) {
        noteMetadata(name, attributes)
        if name == "br" {
            if blockDepth > 0 { current.append(0x20) } else { flushLoose() }
            return
        }
        if HTMLArticleExtractor.voidElements.contains(name) { return }
        if stack.last?.name == "p", HTMLArticleExtractor.closesParagraph.contains(name) { pop(to: stack.count - 1) }
        if name == "li", openCount["li", default: 0] > 0, let open = stack.lastIndex(where: { ["li", "ul", "ol"].contains($0.name) }), stack[open].name == "li" {
            pop(to: open)
        }
        let isBlock = HTMLArticleExtractor.blockElements.contains(name)
        if isBlock { flushBlock() }
        if isBlock || HTMLArticleExtractor.boundaryElements.contains(name) { flushLoose() }
        if selfClosing || stack.count >= ExtractionState.maximumDepth { return }

        let open = Open(name: name, drops: drops(name, attributes), isBlock: isBlock)
        stack.append(open)
        openCount[name, default: 0] += 1
        if open.drops { dropDepth += 1 }
        if isBlock { blockDepth += 1 }
        if name == "article" { articleDepth += 1 }
        if name == "main" { mainDepth += 1 }
        if name == "title" { inTitle = true }
        if name == "h1", !h1Done { h1Depth += 1 }
    }

    mutating func end(_ name: String) {
        if name == "br" { start("br", [:], selfClosing: true); return }
        guard openCount[name, default: 0] > 0, let index = stack.lastIndex(where: { $0.name == name }) else { return }
        pop(to: index)
        if HTMLArticleExtractor.boundaryElements.contains(name) { flushLoose() }
    }

    /// Closes the open elements from the top of the stack down to `index`.
    mutating func pop(to index: Int) {
        while stack.count > index {
            let open = stack.removeLast()
            openCount[open.name, default: 1] -= 1
            if open.isBlock { flushBlock(); blockDepth -= 1; flushLoose() }
            if open.drops { dropDepth -= 1 }
            if open.name == "article" { articleDepth -= 1 }
            if open.name == "main" { mainDepth -= 1 }
            if open.name == "title" { inTitle = false }
            if open.name == "h1", h1Depth > 0 {
                h1Depth -= 1
                if h1Depth == 0, !ExtractionState.collapse(h1Text).isEmpty { h1Done = true }
            }
        }
    }

    mutating func text(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        if inTitle { HTMLEntities.append(b, range, to: &titleText); return }
        if h1Depth > 0 { HTMLEntities.append(b, range, to: &h1Text) }
        guard dropDepth == 0 else { return }
        if blockDepth > 0 {
            if current.isEmpty { currentInArticle = articleDepth > 0; currentInMain = mainDepth > 0 }
            HTMLEntities.append(b, range, to: &current)
        } else if h1Depth == 0, stack.last?.name != "h1" {
            if loose.isEmpty { looseInArticle = articleDepth > 0; looseInMain = mainDepth > 0 }
            HTMLEntities.append(b, range, to: &loose)
        }
    }

    func drops(_ name: String, _ attributes: [String: String]) -> Bool {
        if HTMLArticleExtractor.droppedElements.contains(name) { return true }
        if attributes["hidden"] != nil || attributes["aria-hidden"] == "true" { return true }
        if let role = attributes["role"]?.lowercased(), HTMLArticleExtractor.droppedRoles.contains(role) { return true }
        if HTMLArticleExtractor.neverDroppedByClass.contains(name) { return false }
        let marks = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
        return HTMLArticleExtractor.droppedClassWords.contains { marks.contains($0) }
    }

    mutating func noteMetadata(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "meta":
            guard let content = attributes["content"] else { return }
            for key in [attributes["property"], attributes["name"], attributes["itemprop"]].compactMap({ $0?.lowercased() })
            where meta[key] == nil {
                meta[key] = content
            }
        case "link":
            if attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"], meta["canonical"] == nil {
                meta["canonical"] = href
            }
        case "time":
            if timeDatetime == nil, let d = attributes["datetime"] { timeDatetime = d }
        default:
            break
        }
        if attributes["itemprop"]?.lowercased() == "datepublished", meta["datepublished"] == nil,
           let d = attributes["datetime"] ?? attributes["content"] {
            meta["datepublished"] = d
        }
    }

    mutating func flushBlock() {
        let text = ExtractionState.collapse(current)
        if !text.isEmpty { blocks.append(Block(text: text, inArticle: currentInArticle, inMain: currentInMain)) }
        current.removeAll(keepingCapacity: true)
    }

    mutating func flushLoose() {
        let text = ExtractionState.collapse(loose)
        if !text.isEmpty { looseBlocks.append(Block(text: text, inArticle: looseInArticle, inMain: looseInMain)) }
        loose.removeAll(keepingCapacity: true)
    }

    /// Decoded bytes as a String with whitespace runs collapsed to one space, trimmed.
    static func collapse(_ bytes: [UInt8]) -> String {
        let s = String(decoding: bytes, as: UTF8.self)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for v in s.unicodeScalars {
            if v.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(v)
        }
        return String(out)
    }

    /// Paragraphs from the best container: `<article>`, else `<main>`, else everything.
    static func choose(_ blocks: [Block]) -> [String] {
        let inArticle = blocks.filter(\.inArticle)
        if !inArticle.isEmpty { return inArticle.map(\.text) }
        let inMain = blocks.filter(\.inMain)
        if !inMain.isEmpty { return inMain.map(\.text) }
        return blocks.map(\.text)
    }

    func article() -> HTMLArticle {
        var paragraphs = ExtractionState.choose(blocks)
        if paragraphs.isEmpty { paragraphs = ExtractionState.choose(looseBlocks) }
        let outlet = meta["og:site_name"].map { ExtractionState.collapse(Array($0.utf8)) }.flatMap { $0.isEmpty ? nil : $0 }
        let candidates = [meta["og:title"], ExtractionState.collapse(h1Text), ExtractionState.collapse(titleText)]
        let title = candidates.compactMap { $0.map { ExtractionState.cleanTitle(ExtractionState.collapse(Array($0.utf8)), outlet: outlet) } }
            .first { !$0.isEmpty }
        let dateText = [meta["article:published_time"], meta["datepublished"], timeDatetime, meta["date"],
                        meta["pubdate"], meta["dc.date"]].compactMap { $0 }
        let date = dateText.lazy.compactMap { CalendarDate($0.trimmingASCIIWhitespace()) }.first
        let author = meta["author"].flatMap { $0.trimmingASCIIWhitespace().isEmpty ? nil : $0.trimmingASCIIWhitespace() }
        return HTMLArticle(title: title, date: date, outlet: outlet, url: meta["og:url"] ?? meta["canonical"],
                           author: author, paragraphs: paragraphs)
    }

    /// A page title without its site-name suffix: "Talks resume | Example News" → "Talks resume".
    static func cleanTitle(_ title: String, outlet: String?) -> String {
        for separator in [" | ", " - ", " – ", " — "] {
            guard let r = title.ranges(of: separator).last else { continue }
            let tail = title[r.upperBound...]
            if let outlet, tail.lowercased() == outlet.lowercased() { return String(title[..<r.lowerBound]) }
            if separator == " | ", tail.split(separator: " ").count <= 4 { return String(title[..<r.lowerBound]) }
        }
        return title
    }
}
