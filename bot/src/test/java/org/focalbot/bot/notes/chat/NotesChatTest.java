package org.focalbot.bot.notes.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.nlu.Entities;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.notes.Note;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.Sector;
import org.junit.jupiter.api.Test;

class NotesChatTest {

    private final ChatHarness chat = new ChatHarness();
    private final ChatHarness.Person ana = chat.web("ana");
    private final ChatHarness.Person ben = chat.web("ben");

    private static void contains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), "expected \"" + needle + "\" in:\n" + haystack);
    }

    private List<Partnership> partnerships() {
        return chat.assistant.notes().partnerships().list("web:local");
    }

    @Test
    void anExplicitCreationMakesThePartnershipWithItsPartners() {
        String reply = ana.says(Intents.ADD_NOTE, "new partnership Water Alliance Nairobi with UN-Habitat and Acme Ltd");
        contains(reply, "Created the partnership Water Alliance Nairobi (phase: initiating) with UN-Habitat (UN/multilateral) and Acme Ltd (private sector)");
        Partnership p = partnerships().get(0);
        assertEquals(Sector.UN_MULTILATERAL, p.partners().get(0).sector());
        assertEquals("web:ana", p.owner());
        contains(ana.says(Intents.ADD_NOTE, "create a partnership called Skills Alliance"), "Created the partnership Skills Alliance");
        contains(ben.says(Intents.ADD_NOTE, "new partnership water alliance nairobi"), "There is already a partnership called");
        assertEquals(2, partnerships().size());
    }

    @Test
    void aNoteForAFuzzilyNamedPartnershipIsSavedAndCanBeUndone() {
        ana.says(Intents.ADD_NOTE, "new partnership Water Alliance Nairobi with UN-Habitat");
        String reply = ana.says(Intents.ADD_NOTE, "note for water: mayor agreed the MoU draft #mou");
        contains(reply, "Saved to Water Alliance Nairobi: \"mayor agreed the MoU draft #mou\"");
        contains(reply, "Tags: #mou");
        assertEquals(1, chat.assistant.notes().notesOf("web:local", "web:ana", partnerships().get(0).id()).size());
        contains(ana.clicks("Undo"), "Deleted the note");
        assertEquals(0, chat.assistant.notes().notesOf("web:local", "web:ana", partnerships().get(0).id()).size());
    }

    @Test
    void anUnknownPartnershipIsCreatedOnlyAfterYes() {
        String ask = ana.says(Intents.ADD_NOTE, "note for Health Compact: first call with the ministry");
        contains(ask, "I don't know a partnership called \"Health Compact\" yet");
        assertTrue(partnerships().isEmpty(), "nothing is created before the answer");
        contains(ana.clicks("No"), "didn't save");
        assertTrue(partnerships().isEmpty());

        ana.says(Intents.ADD_NOTE, "note for Health Compact: first call with the ministry");
        String done = ana.clicks("Yes, create \"Health Compact\"");
        contains(done, "Created the partnership Health Compact");
        contains(done, "Saved to Health Compact: \"first call with the ministry\"");
        contains(ana.clicksId(ana.last.replies().get(1).actions().get(0).id().replace("delete", "pick")), "That question has expired");
    }

    @Test
    void anAmbiguousMentionAsksWhichWithButtons() {
        ana.says(Intents.ADD_NOTE, "new partnership Water Alliance Nairobi");
        ana.says(Intents.ADD_NOTE, "new partnership Water Alliance Mombasa");
        String ask = ana.says(Intents.ADD_NOTE, "note for the water alliance: site visit booked");
        contains(ask, "could be several partnerships");
        assertTrue(ana.button("Water Alliance Nairobi").isPresent() && ana.button("Water Alliance Mombasa").isPresent());
        contains(ana.clicks("Water Alliance Mombasa"), "Saved to Water Alliance Mombasa");
    }

    @Test
    void aNoteWithoutAPartnershipAsksWhichUnlessTheTextNamesOne() {
        ana.says(Intents.ADD_NOTE, "new partnership Skills Alliance");
        ana.says(Intents.ADD_NOTE, "new partnership Water Alliance Nairobi");
        contains(ana.says(Intents.ADD_NOTE, "remember that the Skills Alliance board meets in June"), "Saved to Skills Alliance");
        contains(ana.says(Intents.ADD_NOTE, "note: budget approved"), "Which partnership is this note for?");
        contains(ana.clicks("Water Alliance Nairobi"), "Saved to Water Alliance Nairobi: \"budget approved\"");
    }

    @Test
    void entitiesFromTheNluAreUsedWhenTheTextHasNoCommandShape() {
        ana.says(Intents.ADD_NOTE, "new partnership Skills Alliance");
        Entities e = new Entities(Optional.of("skills"), Optional.empty(), Optional.of("the council wants a second cohort"),
                Optional.empty(), Optional.empty());
        contains(ana.saysWithEntities(Intents.ADD_NOTE, "jot down that the council wants a second cohort for skills", e),
                "Saved to Skills Alliance: \"the council wants a second cohort\"");
        contains(ana.says(Intents.ADD_NOTE, "something vague"), "To save a note, write for example");
    }

    @Test
    void findingNotesShowsPartnershipDateAndRefAndPagesOn() {
        ana.says(Intents.ADD_NOTE, "new partnership Water Alliance Nairobi");
        ana.says(Intents.ADD_NOTE, "new partnership Skills Alliance");
        for (int i = 1; i <= 7; i++) {
            ana.says(Intents.ADD_NOTE, "note for water: budget line " + i + " agreed");
            chat.clock.advance(Duration.ofDays(1));
        }
        ana.says(Intents.ADD_NOTE, "note for skills: budget for the apprenticeships");
        String found = ben.says(Intents.FIND_NOTES, "show me notes about the budget for the water alliance");
        contains(found, "Found 7 notes for Water Alliance Nairobi matching \"budget\"");
        contains(found, "- 22 Apr 2025 · Water Alliance Nairobi · ana: budget line 7 agreed (ref ");
        assertFalse(found.contains("apprenticeships"));
        String more = ben.clicks("Show more");
        contains(more, "More: 7 notes");
        assertEquals(2, more.lines().filter(l -> l.startsWith("- ")).count());
        assertTrue(ben.button("Show more").isEmpty());
    }

    @Test
    void datePhrasesNarrowTheSearch() {
        ana.says(Intents.ADD_NOTE, "new partnership Water Alliance Nairobi");
        chat.clock.set(Instant.parse("2025-02-20T10:00:00Z"));
        ana.says(Intents.ADD_NOTE, "note for water: February visit");
        chat.clock.set(Instant.parse("2025-03-20T10:00:00Z"));
        ana.says(Intents.ADD_NOTE, "note for water: March visit");
        chat.clock.set(Instant.parse("2025-04-16T10:00:00Z"));
        ana.says(Intents.ADD_NOTE, "note for water: April visit");
        String lastMonth = ana.says(Intents.FIND_NOTES, "notes from last month");
        contains(lastMonth, "Found 1 note last month (March 2025)");
        contains(lastMonth, "March visit");
        String since = ana.says(Intents.FIND_NOTES, "visits for water since March");
        contains(since, "Found 2 notes for Water Alliance Nairobi matching \"visits\" since March 2025");
        assertFalse(since.contains("February"));
        contains(ana.says(Intents.FIND_NOTES, "notes about the MoU"), "I found no notes matching \"mou\"");
    }

    @Test
    void privateNotesAndOtherWorkspacesStayHiddenInChat() {
        ana.says(Intents.ADD_NOTE, "new partnership Water Alliance Nairobi");
        contains(ana.says(Intents.ADD_NOTE, "private note for water: worried about the budget"), "Saved a private note (only you can see it)");
        ana.says(Intents.ADD_NOTE, "note for water: budget approved");
        contains(ana.says(Intents.FIND_NOTES, "notes about the budget"), "Found 2 notes");
        String bens = ben.says(Intents.FIND_NOTES, "notes about the budget");
        contains(bens, "Found 1 note");
        assertFalse(bens.contains("worried"));
        ChatHarness.Person sam = chat.slack("T1", "U1");
        contains(sam.says(Intents.FIND_NOTES, "notes about the budget"), "I found no notes");
        contains(sam.says(Intents.ADD_NOTE, "note for water: from slack"), "I don't know a partnership called \"water\"");
    }

    @Test
    void editingFromChatIsCheckedAgainstTheVersionLastSeen() {
        ana.says(Intents.ADD_NOTE, "new partnership Water Alliance Nairobi");
        ana.says(Intents.ADD_NOTE, "note for water: mayor agreed the MoU draft");
        Note n = chat.assistant.notes().search(org.focalbot.bot.notes.search.NoteQuery.all("web:local", "web:ana")).notes().get(0);
        ChatHarness.Person anaOnPhone = chat.new Person(org.focalbot.bot.Platform.WEB, "local", "ana", "phone");
        anaOnPhone.says(Intents.FIND_NOTES, "notes about the mayor");
        contains(ana.says(Intents.ADD_NOTE, "edit note " + n.ref() + ": mayor signed the MoU"), "Updated note " + n.ref());
        String refused = anaOnPhone.says(Intents.ADD_NOTE, "edit note " + n.ref() + ": mayor rejected the MoU");
        contains(refused, "Not done: this note was changed at");
        contains(refused, "It now reads: \"mayor signed the MoU\"");
        contains(anaOnPhone.says(Intents.ADD_NOTE, "edit note " + n.ref() + ": mayor rejected the MoU"), "Updated note");
        contains(ben.says(Intents.ADD_NOTE, "delete note " + n.ref()), "I can't find a note of yours");
        contains(ana.says(Intents.FIND_NOTES, "delete note " + n.ref()), "Not done: this note was changed");
        contains(anaOnPhone.says(Intents.ADD_NOTE, "delete note " + n.ref()), "Deleted the note");
    }

    @Test
    void exportAndErasureWorkFromChat() {
        ana.says(Intents.ADD_NOTE, "new partnership Water Alliance Nairobi");
        ana.says(Intents.ADD_NOTE, "note for water: mayor agreed the MoU draft");
        ben.says(Intents.ADD_NOTE, "note for water: ben's note");
        contains(ana.says(Intents.FIND_NOTES, "export the notes for water as csv"), "id,partnership,created_at");
        contains(ana.says(Intents.FIND_NOTES, "export notes for water"), "# Water Alliance Nairobi — notes");
        contains(ana.says(Intents.ADD_NOTE, "erase everything I wrote"), "cannot be undone");
        contains(ana.clicks("Yes, erase my notes"), "Erased 1 note you wrote and removed you as owner of 1 partnership");
        String left = ana.says(Intents.FIND_NOTES, "notes for water");
        contains(left, "ben's note");
        assertFalse(left.contains("mayor"));
    }
}
