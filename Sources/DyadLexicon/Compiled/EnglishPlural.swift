/// Regular English plurals for dictionary words: dictionaries list singulars
/// ("soldier", "embassy") and dyad matches "soldiers", "embassies" too.
enum EnglishPlural {
    static func of(_ word: String) -> String {
        let w = word
        if w.hasSuffix("man") { return String(w.dropLast(3)) + "men" }
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") {
            return w + "es"
        }
        if w.hasSuffix("y"), let before = w.dropLast().last, !"aeiou".contains(before) {
            return String(w.dropLast()) + "ies"
        }
        return w + "s"
    }
}
