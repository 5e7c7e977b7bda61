import Testing
import DyadText

@Suite struct HTMLReaderTests {
    static let page = """
        <!DOCTYPE html>
        <html><head>
          <title>Envoy Honoured | Example News</title>
          <meta property="og:title" content="Envoy Honoured in the Capital">
          <meta property="og:site_name" content="Example News">
          <meta property="article:published_time" content="2018-04-24T09:30:00Z">
          <meta name="author" content="Jane Roe">
          <script>var x = "<p>not text</p>";</script>
          <style>p { color: red }</style>
        </head>
        <body class="has-comments">
          <nav><ul><li>Home</li><li>World</li></ul></nav>
          <header><p>Site banner</p></header>
          <article>
            <h1>Envoy Honoured in the Capital</h1>
            <figure><img src="a.jpg"><figcaption>The envoy arrives.</figcaption></figure>
            <p>The ministry honoured the envoy on Sunday &amp; praised his work.</p>
            <p class="photo-credit">Jane Roe/Reuters</p>
            <p>He called the ties &ldquo;strong&rdquo;&nbsp;and  thanked
               the&#32;president&#x2019;s office &mdash; and the people.</p>
            <h2>Background</h2>
            <blockquote>Our ties are old.</blockquote>
            <ul><li>First point<li>Second point</ul>
            <div class="share-tools"><p>Share this article</p></div>
            <aside><p>Related story</p></aside>
          </article>
          <div id="comments"><p>A reader comment.</p></div>
          <footer><p>© 2018 Example News</p></footer>
        </body></html>
        """

    @Test func metadataComesFromMetaTags() {
        let a = HTMLArticleExtractor().extract(from: Self.page)
        #expect(a.title == "Envoy Honoured in the Capital")
        #expect(a.outlet == "Example News")
        #expect(a.date == CalendarDate("2018-04-24"))
        #expect(a.author == "Jane Roe")
    }

    @Test func bodyIsTheArticleParagraphsWithoutFurniture() {
        #expect(HTMLArticleExtractor().extract(from: Self.page).paragraphs == [
            "The ministry honoured the envoy on Sunday & praised his work.",
            "He called the ties “strong” and thanked the president’s office — and the people.",
            "Background",
            "Our ties are old.",
            "First point",
            "Second point",
        ])
    }

    @Test func readerMakesADocumentWithBlankLinesBetweenParagraphs() throws {
        let doc = try #require(read(Self.page, name: "pages/envoy.html").first?.value)
        #expect(doc.id == "envoy")
        #expect(doc.title == "Envoy Honoured in the Capital")
        #expect(doc.text.hasPrefix("The ministry honoured the envoy on Sunday & praised his work.\n\nHe called"))
    }

    @Test func withoutArticleTheMainElementIsUsed() {
        let html = "<body><p>Menu text</p><main><p>Envoys met.</p></main></body>"
        #expect(HTMLArticleExtractor().extract(from: html).paragraphs == ["Envoys met."])
    }

    @Test func withoutArticleOrMainTheBodyIsUsed() {
        let html = "<html><body><p>Envoys met.</p><p>Talks resume.</p></body></html>"
        #expect(HTMLArticleExtractor().extract(from: html).paragraphs == ["Envoys met.", "Talks resume."])
    }

    @Test func titleFallsBackToH1ThenTitleElement() {
        #expect(HTMLArticleExtractor().extract(from: "<h1>Talks <b>Resume</b></h1><p>x</p>").title == "Talks Resume")
        #expect(HTMLArticleExtractor().extract(from: "<title>Talks Resume | Example</title><p>x</p>").title == "Talks Resume")
    }

    @Test func timeElementGivesTheDate() {
        let html = "<article><time datetime=\"2019-02-03\">Feb 3</time><p>Envoys met.</p></article>"
        #expect(HTMLArticleExtractor().extract(from: html).date == CalendarDate("2019-02-03"))
    }

    @Test func entitiesAreDecoded() {
        #expect(HTMLEntities.decode("&lt;a&gt; &quot;x&quot; &#39;y&#39; &lsquo;z&rsquo; &hellip; &ndash; &#8212; &#x41; &bogus; & alone")
            == "<a> \"x\" 'y' ‘z’ … – — A &bogus; & alone")
    }

    @Test func pageWithoutTextIsAnError() throws {
        let error = try #require(read("<html><body><script>app()</script></body></html>", name: "app.html").first?.failure)
        #expect(error.message == "no article text found in the HTML")
    }

    @Test func pipelineCodesAnHTMLTitleAsSentenceZero() throws {
        let doc = try #require(read(Self.page, name: "envoy.html").first?.value)
        let sentences = TextPipeline().sentences(in: doc)
        #expect(sentences[0].isTitle && sentences[0].text == "Envoy Honoured in the Capital")
        #expect(sentences[1].text == "The ministry honoured the envoy on Sunday & praised his work.")
    }
}
