import DyadText

/// Finds verb groups in a tagged sentence by a left-to-right scan.
///
/// A group starts at a modal, a verb, or "to" + base verb, and runs over
/// auxiliaries, adverbs and negation up to its main verb. Forms of "be"
/// followed by a past participle make the group passive ("was attacked");
/// "not", "n't", "never" make it negated.
enum VerbGroupFinder {
    static let auxiliaries: WordSet = ["be", "have", "do", "get"]
    static let negations: WordSet = ["not", "n't", "never", "no longer"]

    static let subjectPronouns: WordSet = ["i", "we", "you", "he", "she", "it", "they"]

    /// "he “extended …": a past participle right after a subject pronoun is
    /// a past-tense verb the tagger mistook.
    static func afterSubjectPronoun(_ start: Int, tokens: [Token], tags: [PennTag]) -> Bool {
        var k = start - 1
        while k >= 0, tags[k] == .openQuote || tags[k].isAdverb { k -= 1 }
        return k >= 0 && subjectPronouns.contains(tokens[k].lower)
    }

    static func groups(tokens: [Token], tags: [PennTag], lemmas: [String]) -> [VerbGroup] {
        var result: [VerbGroup] = []
        var i = 0
        let n = tokens.count
        while i < n {
            let tag = tags[i]
            let startsInfinitive = tag == .TO && i + 1 < n && (tags[i + 1] == .VB || (tags[i + 1].isAdverb && i + 2 < n && tags[i + 2] == .VB))
            guard (tag.isVerb || tag == .MD || startsInfinitive), tokens[i].kind == .word else { i += 1; continue }
            // "according to" is an attribution cue, not a verb.
            if tokens[i].lower == "according", i + 1 < n, tokens[i + 1].lower == "to" { i += 2; continue }
            // "expressed hopes", "voiced concerns": a present-tense form right
            // after a complete main verb is its object noun, mistagged.
            if tag == .VBZ || tag == .VBP, let last = result.last, last.head == i - 1, last.form == .finite,
               !auxiliaries.contains(last.lemma), tags[i - 1] == .VBD { i += 1; continue }
            let start = i
            var head = -1
            var negated = false
            var modal: String?
            var passive = false
            var j = i
            if startsInfinitive { j += 1 }
            while j < n {
                let t = tags[j]
                if t == .MD {
                    if head >= 0 { break }
                    modal = tokens[j].lower
                } else if t.isVerb {
                    // A new main verb after a complete one starts another group,
                    // unless the previous one was an auxiliary.
                    if head >= 0 && !auxiliaries.contains(lemmas[head]) { break }
                    if head >= 0 && lemmas[head] == "be" && t == .VBN { passive = true }
                    if head >= 0 && lemmas[head] == "get" && t == .VBN { passive = true }
                    head = j
                } else if t.isAdverb || tokens[j].lower == "n't" || tokens[j].lower == "not" {
                    // Adverbs and negation belong to the group only when the
                    // group goes on with a verb: "did not attack", "has also used".
                    var k = j
                    var negatedHere = false
                    while k < n && (tags[k].isAdverb || tokens[k].lower == "not" || tokens[k].lower == "n't") {
                        if negations.contains(tokens[k].lower) { negatedHere = true }
                        k += 1
                    }
                    let continues = k < n && tags[k].isVerb && (head < 0 || auxiliaries.contains(lemmas[head]))
                    if !continues {
                        if negatedHere && head >= 0 { negated = true }
                        break
                    }
                    if negatedHere { negated = true }
                    j = k
                    continue
                } else {
                    break
                }
                j += 1
            }
            if head < 0 { i = max(j, i + 1); continue }
            let headTag = tags[head]
            let form: VerbGroup.Form
            if startsInfinitive {
                form = .infinitive
            } else if modal != nil || headTag == .VBD || headTag == .VBZ || headTag == .VBP || head > start {
                form = .finite
            } else if headTag == .VBG {
                // "the reopening of guest houses": a bare gerund after a determiner or possessive is a noun.
                if head == start, start > 0, tags[start - 1] == .DT || tags[start - 1] == .PRPS {
                    i = head + 1
                    continue
                }
                // "a new bombing and shelling offensive": a bare gerund joined to a
                // noun of a determiner's phrase, before a shared singular head, is a noun too.
                if head == start, head + 1 < n, tags[head + 1] == .NN || tags[head + 1] == .JJ,
                   conjoinedToDeterminedNoun(start, tokens: tokens, tags: tags) {
                    i = head + 1
                    continue
                }
                form = .gerund
            } else if headTag == .VBN && !afterSubjectPronoun(start, tokens: tokens, tags: tags) {
                // "release detained journalists", "the besieged enclave", "abandon
                // improved economic relations", "against besieged Osgiliath": a bare
                // participle between a non-noun and a noun (perhaps after an
                // adjective) is an adjective.
                let nounFollows = head + 1 < n && (tags[head + 1].isNoun
                    || (tags[head + 1].isAdjective && head + 2 < n && tags[head + 2].isNoun))
                if head == start, nounFollows,
                   start == 0 || [.DT, .PRPS, .CD, .JJ, .VB, .VBP, .VBZ, .IN, .comma].contains(tags[start - 1]) {
                    i = head + 1
                    continue
                }
                form = .participle
            } else {
                form = .finite
            }
            let tense: VerbGroup.Tense
            if let m = modal, m == "will" || m == "shall" || m == "'ll" {
                tense = .future
            } else {
                let firstVerb = (start..<(head + 1)).first { tags[$0].isVerb } ?? head
                switch tags[firstVerb] {
                case .VBD: tense = .past
                case .VBN where form == .finite && head == start: tense = .past
                case .VBZ, .VBP: tense = lemmas[firstVerb] == "have" && headTag == .VBN ? .past : .present
                default: tense = .unknown
                }
            }
            result.append(VerbGroup(range: start..<(head + 1), head: head, lemma: lemmas[head], form: form,
                                    tense: tense, isNegated: negated, isPassive: passive, modal: modal))
            i = head + 1
        }
        return result
    }

    /// True when "and" or "or" before `start` follows a singular noun whose
    /// phrase opens with a determiner or possessive: "a new bombing and …".
    static func conjoinedToDeterminedNoun(_ start: Int, tokens: [Token], tags: [PennTag]) -> Bool {
        guard start >= 2, tags[start - 1] == .CC, ["and", "or"].contains(tokens[start - 1].lower), tags[start - 2] == .NN else {
            return false
        }
        var k = start - 3
        while k >= 0, tags[k] == .NN || tags[k].isAdjective { k -= 1 }
        return k >= 0 && (tags[k] == .DT || tags[k] == .PRPS)
    }
}
