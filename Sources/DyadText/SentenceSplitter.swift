/// Finds sentence boundaries in the tokens of one paragraph.
///
/// A sentence ends at `.`, `!` or `?` — optionally followed by closing quotes
/// or brackets written right after it — when whitespace follows and the next
/// token starts a sentence: a capitalised word, a digit, an opening quote, or
/// an opening bracket before one of those.
///
/// Because the ``Tokenizer`` keeps the period on abbreviations ("U.S.",
/// "Gen.", "C."), those periods are never `.` tokens and never end a sentence
/// by themselves. Two exceptions let an abbreviation also close a sentence:
/// a dotted acronym, an initial or an abbreviation of kind
/// ``Abbreviations/Kind/other`` followed by a typical sentence opener
/// ("… imposed by the U.S. The regime …"). Prefix titles ("Mr.", "Gen.") and
/// "No." never end one. An ellipsis (`...`, `…`) does not end a sentence; four
/// periods (`....`) do.
///
/// Quoted speech is split like any other text, so a quote holding two
/// sentences is split between them:
///
/// ```swift
/// let text = "“It is over. We won,” Gen. Kim said. Talks resume Jan. 5 in the U.S. capital."
/// let tokens = Tokenizer().tokens(in: text, from: 0, to: text.utf8.count)
/// SentenceSplitter().split(tokens).count
/// // 3: “It is over. | We won,” Gen. Kim said. | Talks resume Jan. 5 in the U.S. capital.
/// ```
///
/// **Over-long sentences.** A "sentence" of more than ``maximumTokens``
/// tokens — a scraped page with no punctuation, a table flattened into one
/// line — is cut into pieces of at most that many, each at the last comma,
/// semicolon or colon of its second half when there is one. Parsing and
/// coding cost grows faster than a sentence's length, and every event keeps
/// its sentence as evidence, so without the cap one such line could take
/// minutes and gigabytes. Real sentences are far shorter (news averages
/// about 25 words). ``TextPipeline`` counts the cuts so callers can warn.
public struct SentenceSplitter: Sendable {
    /// The most tokens a sentence may have; longer ones are cut.
    public static let maximumTokens = 250

    public init() {}

    /// Splits a paragraph's tokens into sentences; returns ranges of token
    /// indices, in order, covering every token. No range is longer than
    /// ``maximumTokens``.
    public func split(_ tokens: [Token]) -> [Range<Int>] {
        var cut = 0
        return split(tokens, cut: &cut)
    }

    /// ``split(_:)``, adding to `cut` the number of over-long sentences cut into pieces.
    public func split(_ tokens: [Token], cut: inout Int) -> [Range<Int>] {
        let ranges = splitAtPunctuation(tokens)
        let overlong = ranges.reduce(0) { $1.count > Self.maximumTokens ? $0 + 1 : $0 }
        guard overlong > 0 else { return ranges }
        cut += overlong
        return ranges.flatMap { SentenceSplitter.cut($0, tokens) }
    }

    /// The warning for a document whose text was cut `count` times (over-long
    /// sentences, and paragraphs read in slices; see ``TextPipeline``).
    public static func cutWarning(documentID: String, count: Int) -> String {
        "\(documentID): warning: text without sentence ends, cut \(count) time\(count == 1 ? "" : "s") into sentences of at most "
            + "\(maximumTokens) words; events spanning a cut are missed"
    }

    /// `range` cut into pieces of at most ``maximumTokens`` tokens, each
    /// ending after the last `,` `;` or `:` of its second half when it has one.
    static func cut(_ range: Range<Int>, _ tokens: [Token]) -> [Range<Int>] {
        guard range.count > maximumTokens else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > maximumTokens {
            var end = start + maximumTokens
            var k = end - 1
            while k > start + maximumTokens / 2 {
                if tokens[k].kind == .punctuation, [",", ";", ":"].contains(tokens[k].text) { end = k + 1; break }
                k -= 1
            }
            pieces.append(start..<end)
            start = end
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    /// Sentences ended by punctuation alone, however long.
    private func splitAtPunctuation(_ tokens: [Token]) -> [Range<Int>] {
        guard !tokens.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        var sentenceStart = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            var mayEnd: EndStrength = .none
            if t.kind == .punctuation {
                mayEnd = SentenceSplitter.terminatorStrength(t.text)
            } else if t.kind == .word, t.text.utf8.last == 0x2E, t.text.utf8.count > 1 {
                mayEnd = SentenceSplitter.abbreviationStrength(t.text)
            }
            guard mayEnd != .none else { i += 1; continue }

            // Take closing quotes and brackets written right after the mark.
            var last = i
            while last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end,
                  SentenceSplitter.isCloser(tokens[last + 1].text) || SentenceSplitter.terminatorStrength(tokens[last + 1].text) == .strong {
                last += 1
            }
            let next = last + 1
            if next < tokens.count, tokens[next].start > tokens[last].end,
               startsSentence(at: next, in: tokens, strength: mayEnd) {
                ranges.append(sentenceStart..<next)
                sentenceStart = next
            }
            i = next
        }
        if sentenceStart < tokens.count { ranges.append(sentenceStart..<tokens.count) }
        return ranges
    }

    /// Sentence byte ranges of `text[start..<end]` (one paragraph): each range
    /// runs from the first byte of its first token to the last byte of its last.
    public func sentences(in text: String, from start: Int, to end: Int) -> [Range<Int>] {
        let tokens = Tokenizer().tokens(in: text, from: start, to: end)
        return split(tokens).map { tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end }
    }

    // MARK: Rules

    /// How sure a mark is to end a sentence.
    enum EndStrength { case none, weak, strong }

    /// `.`, `!`, `?` and `....` end a sentence; `...` and `…` do not.
    static func terminatorStrength(_ text: String) -> EndStrength {
        switch text {
        case ".", "!", "?": return .strong
        default:
            if text.utf8.count >= 4, text.utf8.allSatisfy({ $0 == 0x2E }) { return .strong }
            return .none
        }
    }

    /// Whether an abbreviation token ("U.S.", "C.", "Inc.", "Gen.") may also end a sentence.
    static func abbreviationStrength(_ text: String) -> EndStrength {
        let word = String(text.dropLast())
        if let kind = Abbreviations.kind(of: word) {
            return kind == .other ? .weak : .none
        }
        return .weak  // dotted acronyms and initials
    }

    static func isCloser(_ text: String) -> Bool {
        switch text {
        case "”", "’", "\"", "'", ")", "]", "}", "»", "›": return true
        default: return false
        }
    }

    static func isOpener(_ text: String) -> Bool {
        switch text {
        case "“", "‘", "\"", "'", "«", "‹", "„": return true
        default: return false
        }
    }

    /// Whether the token at `k` can open a new sentence after a mark of `strength`.
    func startsSentence(at k: Int, in tokens: [Token], strength: EndStrength) -> Bool {
        let t = tokens[k]
        if strength == .weak {
            return t.kind == .word && Abbreviations.sentenceOpeners.contains(t.text)
        }
        if t.kind == .number || t.isCapitalized { return true }
        if let b = t.text.utf8.first, b >= 0x30, b <= 0x39 { return true }  // "70th", "1990s"
        if t.kind == .word, let first = t.text.unicodeScalars.first, first.properties.isAlphabetic {
            return false  // lowercase word
        }
        if SentenceSplitter.isOpener(t.text) { return true }
        if t.text == "(" || t.text == "[" {
            guard k + 1 < tokens.count else { return false }
            let n = tokens[k + 1]
            return n.isCapitalized || n.kind == .number || SentenceSplitter.isOpener(n.text)
        }
        return false
    }
}
