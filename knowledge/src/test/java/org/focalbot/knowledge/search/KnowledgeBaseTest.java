package org.focalbot.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.focalbot.knowledge.corpus.CorpusException;
import org.focalbot.knowledge.corpus.CorpusLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private static KnowledgeBase builtIn;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        builtIn = new KnowledgeBase(new CorpusLoader(Optional.empty()), CLOCK);
    }

    @Test
    void anAnswerQuotesTheBestSectionAndEndsWithItsCitation() {
        Answer a = builtIn.ask("Who should be the fiduciary agent?");
        assertTrue(a.answered());
        assertTrue(a.text().contains("leading partner"), a.text());
        assertTrue(a.text().endsWith("Source: ILO, A Guide to Multi-Stakeholder Partnerships — Adaptive planning › Resources"), a.text());
        assertEquals("ilo-adaptive-planning-resources", a.sources().get(0).sectionId());
        assertEquals("Adaptive planning › Resources", a.sources().get(0).section());
        assertTrue(a.confidence() >= KnowledgeBase.ANSWER_THRESHOLD && a.confidence() <= 1);
    }

    @Test
    void anAnswerIsAtMostFiveSentencesOrBullets() {
        for (String q : new String[] {"What did the CEB decide?", "What are the benefits of MSPs?",
                "How do we evaluate the partnership?", "What should the ILO do about staff during collaborative action?"}) {
            Answer a = builtIn.ask(q);
            String body = a.text().substring(0, a.text().lastIndexOf("\n\nSource"));
            long units = body.lines().mapToLong(line -> line.startsWith("- ") ? 1
                    : line.split("(?<=[.!?])\\s+(?=[A-Z])").length).sum();
            assertTrue(units <= 6, q + " gave " + units + " units: " + body);
        }
    }

    @Test
    void acronymsAndTheirLongFormsFindEachOther() {
        assertEquals("ilo-adaptive-planning-governance", builtIn.ask("When do we sign an MoU?").sources().get(0).sectionId());
        assertEquals("ilo-reflective-monitoring", builtIn.ask("What is MEL?").sources().get(0).sectionId());
        assertEquals("pn-cbo", builtIn.ask("What is the CBO?").sources().get(0).sectionId());
        assertTrue(builtIn.ask("What does SMART stand for?").text().contains("time-bound"));
    }

    @Test
    void aMisspelledWordStillFindsItsSection() {
        Answer a = builtIn.ask("who should be the fiduciery agent");
        assertTrue(a.answered());
        assertEquals("ilo-adaptive-planning-resources", a.sources().get(0).sectionId());
    }

    @Test
    void aQuestionTheDocumentsDoNotCoverIsDeclinedPolitelyWithClosestTopics() {
        Answer a = builtIn.ask("Can you book a meeting room for Tuesday?");
        assertFalse(a.answered());
        assertTrue(a.sources().isEmpty());
        assertTrue(a.text().startsWith("Sorry, the guidance documents I have do not cover this"), a.text());
        assertTrue(a.suggestions().size() <= 3);
        assertTrue(a.confidence() < KnowledgeBase.ANSWER_THRESHOLD);
    }

    @Test
    void gibberishAndEmptyQuestionsAreDeclinedWithoutSuggestions() {
        assertFalse(builtIn.ask("").answered());
        Answer a = builtIn.ask("zxqv wqpl");
        assertFalse(a.answered());
        assertEquals(0, a.confidence());
    }

    @Test
    void aNewMarkdownFileBecomesAnswerableAfterAReload() throws IOException {
        KnowledgeBase kb = new KnowledgeBase(new CorpusLoader(Optional.of(dir)), CLOCK);
        String question = "What is the per diem rate for Nairobi?";
        assertFalse(kb.ask(question).answered());
        Files.writeString(dir.resolve("travel.md"), """
                ---
                title: Travel rules for focal points
                publisher: Partnerships Office
                year: 2025
                ---
                # Per diem {#per-diem}
                The per diem rate for Nairobi is 280 US dollars a day, set by the ICSC.
                """);
        KnowledgeBase.Stats stats = kb.reload();
        assertEquals(1, stats.operatorSections());
        Answer a = kb.ask(question);
        assertTrue(a.answered(), a.text());
        assertTrue(a.text().contains("280 US dollars"));
        assertTrue(a.text().endsWith("Source: Partnerships Office, Travel rules for focal points — Per diem"), a.text());
    }

    @Test
    void aBrokenFileIsReportedAndThePreviousIndexStaysInUse() throws IOException {
        Files.writeString(dir.resolve("good.md"), "# Visa letters {#visa-letters}\nThe travel unit issues visa letters within five days.\n");
        KnowledgeBase kb = new KnowledgeBase(new CorpusLoader(Optional.of(dir)), CLOCK);
        int before = kb.stats().sections();
        Files.writeString(dir.resolve("broken.md"), "---\ntitle: never closed\n# Heading\ntext\n");
        CorpusException e = assertThrows(CorpusException.class, kb::reload);
        assertEquals("broken.md", e.problems().get(0).file());
        assertEquals(1, e.problems().get(0).line());
        assertEquals(before, kb.stats().sections());
        assertTrue(kb.ask("Who issues visa letters?").answered());
        assertTrue(kb.ask("Who should be the fiduciary agent?").answered());
    }
}
