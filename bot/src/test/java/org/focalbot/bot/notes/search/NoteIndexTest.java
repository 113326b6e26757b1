package org.focalbot.bot.notes.search;

import static org.focalbot.bot.notes.TestNotes.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.focalbot.bot.notes.Note;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NoteIndexTest {

    private static final String WS = "web:local";
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private NoteIndex index;

    @BeforeEach
    void fill() {
        index = NoteIndex.ready(new Analyzer());
        index.put(note(WS, "n1", "p-water", "The mayor agreed the MoU draft with the water utility", "web:ana", false, T0, "mou"));
        index.put(note(WS, "n2", "p-water", "Budget for the second year is still pending", "web:ben", false, T0.plus(Duration.ofDays(1)), "budget"));
        index.put(note(WS, "n3", "p-skills", "Skills council agreed to host the launch event", "web:ana", false, T0.plus(Duration.ofDays(2))));
        index.put(note(WS, "n4", "p-water", "Private worry: the MoU agreement may slip", "web:ana", true, T0.plus(Duration.ofDays(3))));
        index.put(note("slack:T9", "x1", "p-other", "The mayor agreed the MoU draft", "slack:U1", false, T0));
    }

    private List<String> ids(NoteQuery q) {
        return index.search(q).notes().stream().map(Note::id).toList();
    }

    private NoteQuery as(String viewer) {
        return NoteQuery.all(WS, viewer);
    }

    @Test
    void stemmedWordsFindInflectedForms() {
        assertEquals(java.util.Set.of("n3", "n1"), java.util.Set.copyOf(ids(as("web:ben").withText("agreeing"))));
    }

    @Test
    void everyWordMustMatchWhenSomeNoteHasThemAll() {
        NotePage page = index.search(as("web:ben").withText("mayor MoU"));
        assertEquals(List.of("n1"), page.notes().stream().map(Note::id).toList());
        assertFalse(page.relaxed());
    }

    @Test
    void withoutANoteHavingEveryWordTheSearchRelaxesAndSaysSo() {
        NotePage page = index.search(as("web:ben").withText("budget launch"));
        assertTrue(page.relaxed());
        assertEquals(2, page.total());
    }

    @Test
    void aQuotedPhraseMustAppearInThatOrder() {
        assertEquals(List.of("n1"), ids(as("web:ben").withText("\"agreed the MoU\"")));
        assertEquals(List.of(), ids(as("web:ben").withText("\"MoU agreed\"")));
    }

    @Test
    void wordsInTheOrderTypedRankHigher() {
        index.put(note(WS, "n5", "p-water", "draft letter to the mayor; the MoU is with legal", "web:ben", false, T0.plus(Duration.ofDays(5))));
        assertEquals("n1", ids(as("web:ben").withText("MoU draft")).get(0));
    }

    @Test
    void privateNotesAreFoundByTheirAuthorOnly() {
        assertTrue(ids(as("web:ana").withText("worry")).contains("n4"));
        assertEquals(List.of(), ids(as("web:ben").withText("worry")));
        assertFalse(ids(as("web:ben")).contains("n4"));
        assertTrue(index.search(as("web:ben")).total() == 3);
    }

    @Test
    void aSearchNeverReachesAnotherWorkspace() {
        assertFalse(ids(as("web:ana").withText("mayor")).contains("x1"));
        assertEquals(List.of("x1"), ids(NoteQuery.all("slack:T9", "slack:U1").withText("mayor")));
        assertEquals(List.of(), ids(NoteQuery.all("slack:T99", "slack:U1").withText("mayor")));
    }

    @Test
    void filtersNarrowByPartnershipAuthorTagAndDate() {
        assertEquals(List.of("n2", "n1"), ids(as("web:ben").withPartnership("p-water")));
        assertEquals(List.of("n3", "n1"), ids(as("web:ben").withAuthor("web:ana")));
        assertEquals(List.of("n2"), ids(as("web:ben").withTag("budget")));
        assertEquals(List.of("n3", "n2"), ids(as("web:ben").between(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofDays(3)))));
    }

    @Test
    void withoutWordsTheNewestComeFirstAndPagesFollowOn() {
        NotePage first = index.search(as("web:ana").page(0, 2));
        assertEquals(List.of("n4", "n3"), first.notes().stream().map(Note::id).toList());
        assertTrue(first.hasMore());
        NotePage second = index.search(as("web:ana").page(2, 2));
        assertEquals(List.of("n2", "n1"), second.notes().stream().map(Note::id).toList());
        assertFalse(second.hasMore());
        assertEquals(4, second.total());
    }

    @Test
    void changesReportedWhileLoadingAreAppliedAfterTheSnapshotWithoutResurrectingAnything() throws Exception {
        NoteIndex fresh = new NoteIndex(new Analyzer());
        Note kept = note(WS, "k1", "p", "kept note", "web:ana", false, T0);
        Note deleted = note(WS, "d1", "p", "deleted meanwhile", "web:ana", false, T0);
        Note edited = note(WS, "e1", "p", "old words", "web:ana", false, T0);
        fresh.remove(WS, "d1");
        fresh.put(new Note("e1", WS, "p", "new words", List.of(), false, "web:ana", "Ana", "web:local", T0, T0, 2, null));
        fresh.put(note(WS, "a1", "p", "added meanwhile", "web:ana", false, T0));
        assertFalse(fresh.awaitLoaded(10, java.util.concurrent.TimeUnit.MILLISECONDS), "queries wait for the load");
        fresh.load(List.of(kept, deleted, edited));
        assertTrue(fresh.awaitLoaded(1, java.util.concurrent.TimeUnit.SECONDS));
        List<String> all = fresh.select(WS, n -> true).stream().map(Note::text).sorted().toList();
        assertEquals(List.of("added meanwhile", "kept note", "new words"), all);
    }

    @Test
    void anEditedNoteIsFoundByItsNewWordsOnly() {
        Note n1 = index.get(WS, "n1").orElseThrow();
        index.put(new Note("n1", WS, "p-water", "Mayor signed the memorandum", List.of(), false, "web:ana", "Ana",
                "web:local", n1.createdAt(), T0.plus(Duration.ofDays(9)), 2, null));
        assertEquals(List.of(), ids(as("web:ana").withText("draft utility")));
        assertEquals(List.of("n1"), ids(as("web:ana").withText("signed")));
    }

    @Test
    void anOlderVersionArrivingLateDoesNotReplaceANewerOne() {
        Note current = index.get(WS, "n1").orElseThrow();
        index.put(new Note("n1", WS, "p-water", "version three", List.of(), false, "web:ana", "Ana", "web:local",
                current.createdAt(), T0, 3, null));
        index.put(new Note("n1", WS, "p-water", "version two", List.of(), false, "web:ana", "Ana", "web:local",
                current.createdAt(), T0, 2, null));
        assertEquals("version three", index.get(WS, "n1").orElseThrow().text());
    }

    @Test
    void aRemovedNoteIsGoneAndManyRemovalsCompactTheIndex() {
        index.remove(WS, "n2");
        assertEquals(List.of(), ids(as("web:ben").withText("budget")));
        for (int i = 0; i < 3000; i++) {
            index.put(note(WS, "m" + i, "p-water", "filler note number " + i, "web:ben", false, T0));
        }
        for (int i = 0; i < 3000; i++) {
            index.remove(WS, "m" + i);
        }
        assertEquals(3, index.size(WS));
        assertEquals(List.of("n1"), ids(as("web:ben").withText("utility")));
    }
}
