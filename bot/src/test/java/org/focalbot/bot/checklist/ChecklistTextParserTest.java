package org.focalbot.bot.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.focalbot.knowledge.checklist.Dimension;
import org.focalbot.knowledge.checklist.Phase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChecklistTextParserTest {

    /** A Thursday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 2);
    private final ChecklistTextParser parser = new ChecklistTextParser();

    private ChecklistCommand parse(String text) {
        return parser.parse(text, TODAY).orElse(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"done", "Done.", "yes", "yep!", "completed", "all done", "ok done", "done, thanks", "✓",
            "that's done", "it’s done"})
    void bareDoneAnswersCarryNoRemark(String text) {
        ChecklistCommand.Answer a = assertInstanceOf(ChecklistCommand.Answer.class, parse(text), text);
        assertEquals(ItemStatus.DONE, a.status());
        assertNull(a.remark(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"we did that in March", "done — MoU signed on 3 March", "yes, the mayor agreed",
            "We've already agreed it with the ministry", "already in place since 2024"})
    void doneWithMoreToSayKeepsTheWholeMessageAsRemark(String text) {
        ChecklistCommand.Answer a = assertInstanceOf(ChecklistCommand.Answer.class, parse(text), text);
        assertEquals(ItemStatus.DONE, a.status());
        assertEquals(text, a.remark());
    }

    @Test
    void notYetWithOwnerAndDateIsParsedAgainstToday() {
        ChecklistCommand.Answer a = (ChecklistCommand.Answer) parse("not yet — Ana, by 15 May");
        assertEquals(ItemStatus.NOT_YET, a.status());
        assertEquals("Ana", a.owner());
        assertEquals(LocalDate.of(2026, 5, 15), a.due());
        assertEquals("not yet — Ana, by 15 May", a.remark());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not yet, waiting for legal|||",
            "not yet - Ana Lopez will draft it by end of May|Ana Lopez|2026-05-31",
            "no, owner: Ben, due 2026-06-01|Ben|2026-06-01",
            "nope, @sam by Friday|@sam|2026-04-03",
            "in progress, Kofi to finish it in two weeks|Kofi|2026-04-16",
            "not yet. Due March 3|''|2027-03-03",
            "not yet, Maria, 10/4|Maria|2026-04-10"})
    void notYetRemarksYieldOwnersAndDates(String text, String owner, String due) {
        ChecklistCommand.Answer a = assertInstanceOf(ChecklistCommand.Answer.class, parse(text), text);
        assertEquals(ItemStatus.NOT_YET, a.status());
        assertEquals(owner == null || owner.isEmpty() ? null : owner, a.owner(), text);
        assertEquals(due == null ? null : LocalDate.parse(due), a.due(), text);
        assertEquals(text, a.remark());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not yet", "no", "Not yet.", "pending", "nope"})
    void bareNotYetCarriesNothingElse(String text) {
        ChecklistCommand.Answer a = assertInstanceOf(ChecklistCommand.Answer.class, parse(text), text);
        assertEquals(ItemStatus.NOT_YET, a.status());
        assertNull(a.remark());
        assertNull(a.owner());
        assertNull(a.due());
    }

    @ParameterizedTest
    @ValueSource(strings = {"skip", "skip this one", "next", "n/a", "not applicable", "doesn't apply"})
    void skipsAreRecognised(String text) {
        ChecklistCommand.Answer a = assertInstanceOf(ChecklistCommand.Answer.class, parse(text), text);
        assertEquals(ItemStatus.SKIPPED, a.status());
    }

    @Test
    void skippingAPartNamesTheDimensionOrMeansTheCurrentOne() {
        assertEquals(new ChecklistCommand.SkipPart(Dimension.RESOURCES), parse("skip the resources part"));
        assertEquals(new ChecklistCommand.SkipPart(Dimension.COMMUNICATION), parse("skip comms"));
        assertEquals(new ChecklistCommand.SkipPart(Dimension.ORGANISATION), parse("skip the ILO as a partner section"));
        assertEquals(new ChecklistCommand.SkipPart(null), parse("skip the rest of this section"));
        ChecklistCommand.Answer a = (ChecklistCommand.Answer) parse("skip it, not relevant for our organisation");
        assertEquals(ItemStatus.SKIPPED, a.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"why?", "Why does this matter?", "why is this important", "explain", "tell me more",
            "what's the point?"})
    void whyQuestionsAboutTheItemAreRecognised(String text) {
        assertInstanceOf(ChecklistCommand.Why.class, parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop", "pause", "Let's stop here", "later", "not now", "that's enough for today"})
    void pausesAreRecognised(String text) {
        assertInstanceOf(ChecklistCommand.Pause.class, parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"continue", "resume", "let's continue", "where were we?", "carry on"})
    void resumesAreRecognised(String text) {
        assertInstanceOf(ChecklistCommand.Resume.class, parse(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "let's do the initiating checklist for the Water Alliance|initiating|Water Alliance",
            "walk me through adaptive planning for the skills alliance|adaptive-planning|skills alliance",
            "go through the planning phase with me for the health alliance|adaptive-planning|health alliance",
            "start the initiating checklist|initiating|",
            "I'd like a guided checklist for collaborative action|collaborative-action|",
            "start the checklist for the Alliance for Water|| Alliance for Water",
            "let's run the M&E checklist for Water Alliance Nairobi|reflective-monitoring|Water Alliance Nairobi",
            "continue with the water alliance||water alliance",
            "monitoring checklist for the water alliance please|reflective-monitoring|water alliance"})
    void startRequestsYieldPhaseAndPartnership(String text, String phase, String mention) {
        ChecklistCommand.Start s = assertInstanceOf(ChecklistCommand.Start.class, parse(text), text);
        assertEquals(phase == null ? null : Phase.byId(phase).orElseThrow(), s.phase(), text);
        assertEquals(mention == null ? null : mention.strip(), s.mention(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "where are we with the water alliance?|water alliance",
            "what's my progress on the checklist|",
            "which items are done for the health alliance|health alliance",
            "status|"})
    void statusRequestsYieldThePartnershipIfNamed(String text, String mention) {
        ChecklistCommand.Status s = assertInstanceOf(ChecklistCommand.Status.class, parse(text), text);
        assertEquals(mention, s.mention(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi", "thanks", "ok", "hello there", "what does the guide say about MoUs?",
            "note for Water Alliance: mayor agreed the MoU draft", "no thanks",
            "do we need a launch event in the initiating phase?", "what is the initiating checklist about?",
            "why do partnerships fail?", "yesterday we met the mayor", "nothing", "now what"})
    void otherMessagesAreLeftToTheIntentRouting(String text) {
        assertEquals(Optional.empty(), parser.parse(text, TODAY), text);
    }

    @Test
    void ownerAndDateAloneAreDetailsForAnOpenItem() {
        assertEquals(new ChecklistCommand.Details("Ana", LocalDate.of(2026, 5, 15)),
                parser.details("Ana, by 15 May", TODAY).orElseThrow());
        assertEquals(new ChecklistCommand.Details("Ben", null), parser.details("owner Ben", TODAY).orElseThrow());
        assertEquals(new ChecklistCommand.Details(null, LocalDate.of(2026, 4, 3)),
                parser.details("by Friday", TODAY).orElseThrow());
        assertEquals(new ChecklistCommand.Details("Ana", LocalDate.of(2026, 4, 3)),
                parser.details("Ana will do it by Friday", TODAY).orElseThrow());
        assertTrue(parser.details("what does the guide say about governance", TODAY).isEmpty());
        assertTrue(parser.details("Tell me about the partnership with Acme and the ministry by Friday", TODAY).isEmpty());
    }
}
