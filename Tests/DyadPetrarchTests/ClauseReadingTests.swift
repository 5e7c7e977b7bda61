import Testing

/// How clauses are read from raw text, on small PETRARCH dictionaries.
extension PetrarchConventionTests {
    @Test func adverbBeforeAPlaceKeepsItInsideItsPrepositionalPhrase() throws {
        let e = try coded("Arnor condemned an attack by Mordor soldiers in south Gondor on Thursday.",
                          verbs: "--- CONDEMN [122] ---\nCONDEMN\n", agents: "SOLDIER [~MIL]\n")
        #expect(e == ["ARN 122 MORMIL"])
    }

    @Test func wordInsideADictionaryNameIsNoVerb() throws {
        let e = try coded("Arnor has criticized the closure of guest houses in Michel Delving.",
                          verbs: "--- CRITICIZE [121] ---\nCRITICIZE\n", actors: "MICHEL_DELVING [SHR]\n")
        #expect(e == ["ARN 121 SHR"])
    }

    @Test func verbAfterAConjunctionSharesTheSubjectAcrossAnObject() throws {
        let e = try coded("Arnor condemned an attack by Mordor on Thursday and promised aid to Gondor.",
                          verbs: "--- CONDEMN [122] ---\nCONDEMN\n\n--- PROMISE [050] ---\nPROMISE\n")
        #expect(e.sorted() == ["ARN 050 GON", "ARN 122 MOR"])
    }

    @Test func bareAgentJoinedToACountryAdjectivePhraseSharesItsCountry() throws {
        let e = try coded("Danish media and government warned Gondor.", verbs: "--- WARN [160] ---\nWARN\n",
                          agents: "MEDIA {} [~MED]\nGOVERNMENT [~GOV]\n", actors: "DENMARK [DNK]\n+DANISH\n")
        #expect(e.sorted() == ["DNKGOV 160 GON", "DNKMED 160 GON"])
    }

    @Test func nameForSeveralActorsGivesEachItsEvents() throws {
        let e = try coded("The Shire welcomed Gondor.", verbs: "--- WELCOME [041] ---\nWELCOME\n",
                          actors: "THE_SHIRE [FRO/BIL/SAM]\n")
        #expect(e.sorted() == ["BIL 041 GON", "FRO 041 GON", "SAM 041 GON"])
    }

    @Test func prefixAgentGoesBeforeTheCountry() throws {
        let e = try coded("MSF Arnor welcomed Gondor.", verbs: "--- WELCOME [041] ---\nWELCOME\n", agents: "MSF {} [NGO~]\n")
        #expect(e == ["NGOARN 041 GON"])
    }

    @Test func prefixAgentStacksBeforeACountryWithItsAgent() throws {
        let e = try coded("An MSF Arnor diplomat welcomed Gondor.", verbs: "--- WELCOME [041] ---\nWELCOME\n",
                          agents: "MSF {} [NGO~]\nDIPLOMAT [~GOV]\n")
        #expect(e == ["NGOARNGOV 041 GON"])
    }

    @Test func subjectOfTheNextClauseAfterACommaIsNoTarget() throws {
        let parse = "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (SBAR (IN after) (S (NP (NN Calenardhon) (NNS crowds)) "
            + "(VP (VBD burned) (PRT (RP down)) (NP (PRP$ its) (NN embassy))))))) (, ,) (NP (DT a) (JJ senior) (NN official)) "
            + "(VP (VBD said)) (. .)))"
        let e = try coded("Arnor restored ties after Calenardhon crowds burned down its embassy, a senior official said.",
                          verbs: "--- BURN [---] ---\nBURN\n- * DOWN [180]\n", agents: "OFFICIAL [~GOV]\n",
                          actors: "CALENARDHON [CAL]\n", parse: parse)
        #expect(e.isEmpty)
    }

    @Test func infinitiveGovernedByAnAskedForClauseIsNotDone() throws {
        let e = try coded("Arnor called on Gondor to be allowed to leave Mordor.",
                          verbs: "--- CALL [095] ---\nCALL\n- *_ON [095]\n\n--- LEAVE [012] ---\nLEAVE\n")
        #expect(e == ["ARN 095 GON"])
    }

    @Test func asideOpenedByAPrepositionBetweenSubjectAndVerbIsPassedOver() throws {
        let e = try coded("Arnor's foreign minister, in remarks published on Monday, urged Gondor to respond.",
                          verbs: "--- URGE [102] ---\nURGE\n", agents: "FOREIGN_MINISTER [~GOVFRM]\n")
        #expect(e == ["ARNGOVFRM 102 GON"])
    }

    @Test func parenthesisBetweenSubjectAndVerbIsPassedOver() throws {
        let e = try coded("Arnor and the Gondor Union (GU) agree that disputes should be resolved.",
                          verbs: "--- AGREE [081] ---\nAGREE\n- % * [030:030]\n", actors: "GONDOR_UNION [IGOGON]\n")
        #expect(e.sorted() == ["ARN 030 IGOGON", "IGOGON 030 ARN"])
    }

    @Test func actorOfANounPhraseJoinedToTheSubjectPhraseActsToo() throws {
        let e = try coded("Arnor's sheep and goats of Gondor warned Mordor.", verbs: "--- WARN [160] ---\nWARN\n")
        #expect(e.sorted() == ["ARN 160 MOR", "GON 160 MOR"])
    }

    @Test func phraseARelativePronounRefersToStaysATarget() throws {
        let e = try coded("Arnor has overcome the animosity of Mordor, which is no small feat.",
                          verbs: "--- OVERCOME [---] ---\nOVERCOME\n- * ANIMOSITY [036]\n")
        #expect(e == ["ARN 036 MOR"])
    }
}

/// Pattern words reaching past the verb's own clause.
extension PetrarchConventionTests {
    @Test func patternWordsReachAParticipleRightAfterTheVerb() throws {
        let e = try coded("Arnor appeared linked to Mordor.", verbs: "--- APPEAR [023] ---\nAPPEAR\n- * LINKED [111]\n")
        #expect(e == ["ARN 111 MOR"])
    }
}

/// Subjects found past the subject phrase.
extension PetrarchConventionTests {
    @Test func subjectPhraseWithoutActorTakesTheActorOfThePhraseJoinedToIt() throws {
        let e = try coded("Eriador's death and injury toll has risen in the dispute with Gondor.",
                          verbs: "--- RISEN [---] ---\nRISEN\n- DEATH TOLL * [223]\n")
        #expect(e == ["ERI 223 GON"])
    }
}
