extension BoilerplateFilter {
    /// The rules dyad uses by default, grouped by what they catch.
    ///
    /// Patterns are lowercase ASCII (see ``BoilerplateRule`` for how a
    /// paragraph is normalised before matching). Short-line rules carry a
    /// `maxWords` limit so that real paragraphs which happen to start the same
    /// way are kept. To add a rule, append it to the group it belongs to, with
    /// a note saying what it catches.
    public static let standardRules: [BoilerplateRule] = captionRules + socialRules + navigationRules + footerRules

    /// Photo captions and credits.
    static let captionRules: [BoilerplateRule] = [
        // Agency caption openers: "This picture taken on … shows …"
        BoilerplateRule(.prefix("this picture taken"), note: "agency photo caption"),
        BoilerplateRule(.prefix("this photo"), note: "photo caption"),
        BoilerplateRule(.prefix("this photograph"), note: "photo caption"),
        BoilerplateRule(.prefix("this handout"), note: "handout photo caption"),
        BoilerplateRule(.prefix("this image"), maxWords: 80, note: "photo caption"),
        BoilerplateRule(.prefix("this undated"), ifContainsAny: ["photo", "picture", "image"], note: "photo caption"),
        BoilerplateRule(.prefix("in this photo"), note: "photo caption"),
        BoilerplateRule(.prefix("in this picture"), note: "photo caption"),
        BoilerplateRule(.prefix("in this image"), note: "photo caption"),
        BoilerplateRule(.prefix("in this file"), note: "file photo caption"),
        BoilerplateRule(.prefix("in this handout"), note: "handout photo caption"),
        BoilerplateRule(.prefix("file photo"), note: "file photo caption"),
        BoilerplateRule(.prefix("file picture"), note: "file photo caption"),
        BoilerplateRule(.prefix("(file photo"), note: "file photo caption"),
        // Credit labels: "Photo: KCNA", "Image credit: …"
        BoilerplateRule(.prefix("photo:"), note: "photo credit"),
        BoilerplateRule(.prefix("photos:"), note: "photo credit"),
        BoilerplateRule(.prefix("photo credit"), note: "photo credit"),
        BoilerplateRule(.prefix("picture:"), note: "photo credit"),
        BoilerplateRule(.prefix("image:"), note: "photo credit"),
        BoilerplateRule(.prefix("image credit"), note: "photo credit"),
        BoilerplateRule(.prefix("caption:"), note: "photo caption"),
        BoilerplateRule(.prefix("credit:"), note: "photo credit"),
        BoilerplateRule(.prefix("(photo"), note: "photo credit"),
        BoilerplateRule(.contains("(photo by"), note: "photo credit in parentheses"),
        BoilerplateRule(.contains("(photo:"), note: "photo credit in parentheses"),
        // Agency credits inside or at the end of a caption
        BoilerplateRule(.contains(" / afp /"), note: "AFP caption credit"),
        BoilerplateRule(.contains("afp photo"), maxWords: 100, note: "AFP caption credit"),
        BoilerplateRule(.contains("via getty images"), note: "Getty caption credit"),
        BoilerplateRule(.suffix("getty images"), note: "Getty caption credit"),
        BoilerplateRule(.contains("reuters/"), maxWords: 100, note: "Reuters photographer credit"),
        BoilerplateRule(.contains("(ap photo"), note: "AP caption credit"),
        BoilerplateRule(.contains("ap photo/"), note: "AP caption credit"),
        BoilerplateRule(.suffix("/ afp"), note: "AFP caption credit"),
        BoilerplateRule(.suffix("/afp"), note: "AFP caption credit"),
        BoilerplateRule(.suffix("/ reuters"), note: "Reuters caption credit"),
        BoilerplateRule(.creditLine, note: "photographer/agency credit line"),
    ]

    /// Share, follow and comment prompts.
    static let socialRules: [BoilerplateRule] = [
        // "Follow Jane Roe on Facebook and Twitter."
        BoilerplateRule(.prefix("follow "), ifContainsAny: ["twitter", "facebook", "instagram", "telegram", "tiktok", "youtube", " on x", "@"],
                        maxWords: 25, note: "author social-media plug"),
        BoilerplateRule(.prefix("you can follow "), maxWords: 25, note: "author social-media plug"),
        BoilerplateRule(.contains("issues with commenting"), note: "comment-section notice"),
        BoilerplateRule(.prefix("share this"), maxWords: 12, note: "share prompt"),
        BoilerplateRule(.prefix("share on "), maxWords: 12, note: "share prompt"),
        BoilerplateRule(.prefix("share via"), maxWords: 12, note: "share prompt"),
        BoilerplateRule(.equals("share"), note: "share button"),
        BoilerplateRule(.equals("tweet"), note: "share button"),
        BoilerplateRule(.equals("email"), note: "share button"),
        BoilerplateRule(.equals("print"), note: "share button"),
        BoilerplateRule(.equals("comments"), note: "comment-section heading"),
        BoilerplateRule(.prefix("leave a comment"), maxWords: 20, note: "comment prompt"),
        BoilerplateRule(.prefix("join the conversation"), maxWords: 20, note: "comment prompt"),
        BoilerplateRule(.prefix("comments are closed"), maxWords: 20, note: "comment-section notice"),
    ]

    /// Links, newsletter and advertising furniture.
    static let navigationRules: [BoilerplateRule] = [
        BoilerplateRule(.prefix("sign up"), maxWords: 40, note: "newsletter prompt"),
        BoilerplateRule(.contains("sign up for our newsletter"), maxWords: 60, note: "newsletter prompt"),
        BoilerplateRule(.contains("subscribe to our newsletter"), maxWords: 60, note: "newsletter prompt"),
        BoilerplateRule(.prefix("subscribe"), maxWords: 40, note: "subscription prompt"),
        BoilerplateRule(.prefix("click here"), maxWords: 40, note: "link prompt"),
        BoilerplateRule(.prefix("read more"), maxWords: 30, note: "link to another story"),
        BoilerplateRule(.prefix("read also"), maxWords: 30, note: "link to another story"),
        BoilerplateRule(.prefix("see also"), maxWords: 30, note: "link to another story"),
        BoilerplateRule(.prefix("related:"), note: "link to another story"),
        BoilerplateRule(.prefix("related "), ifContainsAny: ["articles", "stories", "coverage", "content", "news", "links"],
                        maxWords: 30, note: "link list heading"),
        BoilerplateRule(.equals("related"), note: "link list heading"),
        BoilerplateRule(.prefix("more:"), maxWords: 30, note: "link to another story"),
        BoilerplateRule(.prefix("watch:"), maxWords: 30, note: "video link"),
        BoilerplateRule(.prefix("you may also like"), maxWords: 30, note: "recommendation list"),
        BoilerplateRule(.prefix("you might also like"), maxWords: 30, note: "recommendation list"),
        BoilerplateRule(.prefix("recommended"), maxWords: 10, note: "recommendation list"),
        BoilerplateRule(.prefix("advertisement"), maxWords: 3, note: "advertising slot"),
        BoilerplateRule(.equals("ad"), note: "advertising slot"),
        BoilerplateRule(.prefix("sponsored"), maxWords: 10, note: "advertising slot"),
        BoilerplateRule(.prefix("download our app"), maxWords: 40, note: "app prompt"),
        BoilerplateRule(.prefix("we use cookies"), maxWords: 80, note: "cookie notice"),
    ]

    /// Copyright lines and wire-service footers.
    static let footerRules: [BoilerplateRule] = [
        BoilerplateRule(.prefix("©"), maxWords: 40, note: "copyright line"),
        BoilerplateRule(.prefix("(c) "), maxWords: 40, note: "copyright line"),
        BoilerplateRule(.prefix("copyright "), maxWords: 40, note: "copyright line"),
        BoilerplateRule(.contains("all rights reserved"), maxWords: 60, note: "copyright line"),
        BoilerplateRule(.contains("may not be published, broadcast, rewritten"), note: "wire-service copyright notice"),
        BoilerplateRule(.prefix("reporting by "), maxWords: 40, note: "wire-service credits"),
        BoilerplateRule(.prefix("additional reporting by "), maxWords: 40, note: "wire-service credits"),
        BoilerplateRule(.prefix("editing by "), maxWords: 30, note: "wire-service credits"),
        BoilerplateRule(.prefix("writing by "), maxWords: 30, note: "wire-service credits"),
        BoilerplateRule(.prefix("this article originally appeared"), maxWords: 40, note: "republication notice"),
        BoilerplateRule(.prefix("this article was originally published"), maxWords: 40, note: "republication notice"),
        BoilerplateRule(.prefix("this story was originally published"), maxWords: 40, note: "republication notice"),
        BoilerplateRule(.prefix("the views expressed"), maxWords: 60, note: "opinion disclaimer"),
    ]

    /// News agencies and photo services whose names appear in credit lines.
    static let creditNames: Set<String> = [
        "afp", "ap", "reuters", "getty", "images", "epa", "efe", "xinhua", "kcna", "sana", "anadolu", "ansa",
        "yonhap", "tass", "ria", "sputnik", "irna", "wana", "shutterstock", "pool", "handout", "str", "stringer",
        "photo", "picture", "file", "dpa", "upi", "bloomberg", "aa", "imago", "alamy", "zuma", "nurphoto",
    ]
}
