import DyadText

/// The token texts of `text`.
func tokenTexts(_ text: String) -> [String] {
    Tokenizer().tokens(in: text, from: 0, to: text.utf8.count).map(\.text)
}

/// The sentence texts of a one-paragraph `text`.
func sentenceTexts(_ text: String) -> [String] {
    SentenceSplitter().sentences(in: text, from: 0, to: text.utf8.count).map { slice(text, $0) }
}

/// The UTF-8 byte range `r` of `text`.
func slice(_ text: String, _ r: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[r], as: UTF8.self)
}

/// The sentence texts the pipeline gives for a document.
func pipelineTexts(_ doc: Document) -> [String] {
    TextPipeline().sentences(in: doc).map(\.text)
}

/// Documents and errors read from an in-memory file.
func read(_ content: String, name: String = "input.txt", format: InputFormat = .auto,
          defaultDate: CalendarDate? = nil) -> [Result<Document, InputError>] {
    DocumentReader(format: format, defaultDate: defaultDate).documents(bytes: Array(content.utf8), name: name)
}

extension Result {
    var value: Success? { try? get() }
    var failure: Failure? {
        if case .failure(let e) = self { return e }
        return nil
    }
}
