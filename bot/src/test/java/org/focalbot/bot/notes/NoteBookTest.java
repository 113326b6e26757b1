package org.focalbot.bot.notes;

import static org.focalbot.bot.notes.NoteBookFixture.ANA;
import static org.focalbot.bot.notes.NoteBookFixture.BEN;
import static org.focalbot.bot.notes.NoteBookFixture.SLACK_SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.focalbot.bot.notes.search.NoteQuery;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.MapDbDocumentStore;
import org.focalbot.knowledge.checklist.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteBookTest {

    private static final String WS = "web:local";
    private static final String OTHER = "slack:T1";

    private NoteBookFixture f;
    private NoteBook notes;
    private Partnership water;

    @BeforeEach
    void setUp() {
        f = new NoteBookFixture(new InMemoryDocumentStore());
        notes = f.notes;
        water = f.partnership(WS, "Water Alliance Nairobi");
    }

    private List<String> found(String workspace, Author viewer, String text) {
        return notes.search(NoteQuery.all(workspace, viewer.id()).withText(text)).notes().stream().map(Note::text).toList();
    }

    @Test
    void anAddedNoteIsStoredWithItsWorkspaceAuthorTagsAndVersion() {
        Note n = notes.add(WS, ANA, water.id(), NoteDraft.of("Mayor agreed the MoU draft #MoU").withTags(List.of("Legal")));
        assertEquals(WS, n.workspace());
        assertEquals("web:ana", n.author());
        assertEquals("Ana Silva", n.authorName());
        assertEquals(List.of("legal", "mou"), n.tags());
        assertEquals(1, n.version());
        assertEquals(List.of("Mayor agreed the MoU draft #MoU"), found(WS, BEN, "mayor"));
    }

    @Test
    void emptyOverlongAndOrphanNotesAreRefusedClearly() {
        NotesException empty = assertThrows(NotesException.class, () -> notes.add(WS, ANA, water.id(), NoteDraft.of("  ")));
        assertEquals("the note text must not be empty", empty.getMessage());
        NotesException longOne = assertThrows(NotesException.class,
                () -> notes.add(WS, ANA, water.id(), NoteDraft.of("x".repeat(10_001))));
        assertTrue(longOne.getMessage().contains("10,000"), longOne.getMessage());
        notes.add(WS, ANA, water.id(), NoteDraft.of("y".repeat(10_000)));
        NotesException orphan = assertThrows(NotesException.class, () -> notes.add(WS, ANA, "p-nope", NoteDraft.of("hi")));
        assertEquals(NotesException.Kind.NOT_FOUND, orphan.kind());
        assertThrows(NotesException.class, () -> notes.add(WS, ANA, water.id(), NoteDraft.of("x").withTags(List.of("no spaces"))));
    }

    @Test
    void anAuthorEditsTheirNoteAndTheSearchFollows() {
        Note n = notes.add(WS, ANA, water.id(), NoteDraft.of("Mayor agreed the MoU draft"));
        f.clock.advance(Duration.ofMinutes(5));
        Note edited = notes.edit(WS, ANA, n.id(), 1, NoteChange.text("Mayor signed the MoU"));
        assertEquals(2, edited.version());
        assertEquals(n.createdAt(), edited.createdAt());
        assertEquals(f.clock.instant(), edited.updatedAt());
        assertEquals(List.of(), found(WS, ANA, "draft"));
        assertEquals(List.of("Mayor signed the MoU"), found(WS, ANA, "signed"));
    }

    @Test
    void aStaleUpdateIsRefusedWithAClearMessageAndNothingIsLost() {
        Note n = notes.add(WS, ANA, water.id(), NoteDraft.of("first"));
        notes.edit(WS, ANA, n.id(), 1, NoteChange.text("second, from the laptop"));
        NotesException e = assertThrows(NotesException.class,
                () -> notes.edit(WS, ANA, n.id(), 1, NoteChange.text("third, from the phone")));
        assertEquals(NotesException.Kind.CONFLICT, e.kind());
        assertTrue(e.getMessage().contains("now version 2") && e.getMessage().contains("nothing was saved"), e.getMessage());
        assertEquals("second, from the laptop", notes.get(WS, ANA.id(), n.id()).orElseThrow().text());
        assertThrows(NotesException.class, () -> notes.delete(WS, ANA, n.id(), 1L));
        assertTrue(notes.get(WS, ANA.id(), n.id()).isPresent());
    }

    @Test
    void onlyTheAuthorMayEditOrDeleteANote() {
        Note n = notes.add(WS, ANA, water.id(), NoteDraft.of("shared note"));
        NotesException e = assertThrows(NotesException.class, () -> notes.edit(WS, BEN, n.id(), 1, NoteChange.text("mine now")));
        assertEquals(NotesException.Kind.FORBIDDEN, e.kind());
        assertEquals(NotesException.Kind.FORBIDDEN,
                assertThrows(NotesException.class, () -> notes.delete(WS, BEN, n.id(), null)).kind());
        notes.delete(WS, ANA, n.id(), null);
        assertTrue(notes.get(WS, ANA.id(), n.id()).isEmpty());
        assertEquals(List.of(), found(WS, ANA, "shared"));
    }

    @Test
    void aPrivateNoteIsVisibleToItsAuthorOnlyOnEveryPath() {
        Note secret = notes.add(WS, ANA, water.id(), NoteDraft.of("private doubts about the budget").asPrivate(true));
        notes.add(WS, ANA, water.id(), NoteDraft.of("public budget line"));
        assertTrue(notes.get(WS, ANA.id(), secret.id()).isPresent());
        assertTrue(notes.get(WS, BEN.id(), secret.id()).isEmpty(), "get");
        assertEquals(List.of("public budget line"), found(WS, BEN, "budget"), "search");
        assertEquals(1, notes.search(NoteQuery.all(WS, BEN.id()).withPartnership(water.id())).total(), "list");
        assertEquals(List.of(), notes.findByRef(WS, BEN.id(), secret.ref()), "chat reference");
        assertEquals(1, notes.notesOf(WS, BEN.id(), water.id()).size(), "export");
        assertEquals(2, notes.notesOf(WS, ANA.id(), water.id()).size());
        assertEquals(1, notes.sharedNotes(WS, Instant.EPOCH, Instant.MAX).size(), "digest");
        assertEquals(NotesException.Kind.NOT_FOUND,
                assertThrows(NotesException.class, () -> notes.edit(WS, BEN, secret.id(), 1, NoteChange.text("x"))).kind(),
                "someone else's private note is not even admitted to exist");
    }

    @Test
    void noPathReadsOrChangesAnotherWorkspacesNotes() {
        Note n = notes.add(WS, ANA, water.id(), NoteDraft.of("mayor agreed the MoU"));
        Partnership theirs = f.registry.create(OTHER, PartnershipSpec.named("Water Alliance Nairobi"), SLACK_SAM);
        notes.add(OTHER, SLACK_SAM, theirs.id(), NoteDraft.of("their own MoU note"));
        assertTrue(notes.get(OTHER, ANA.id(), n.id()).isEmpty(), "get");
        assertEquals(List.of("their own MoU note"), found(OTHER, SLACK_SAM, "MoU"), "search");
        assertEquals(List.of(), notes.findByRef(OTHER, ANA.id(), n.ref()), "chat reference");
        assertEquals(List.of(), notes.notesOf(OTHER, ANA.id(), water.id()), "export");
        assertEquals(1, notes.sharedNotes(OTHER, Instant.EPOCH, Instant.MAX).size(), "digest");
        assertEquals(NotesException.Kind.NOT_FOUND, assertThrows(NotesException.class,
                () -> notes.add(OTHER, SLACK_SAM, water.id(), NoteDraft.of("into their partnership"))).kind(), "add");
        assertThrows(NotesException.class, () -> notes.edit(OTHER, ANA, n.id(), 1, NoteChange.text("x")), "edit");
        assertThrows(NotesException.class, () -> notes.delete(OTHER, ANA, n.id(), null), "delete");
        assertEquals(0, notes.eraseAuthor(OTHER, ANA.id()).notes(), "erasure");
        assertTrue(notes.get(WS, ANA.id(), n.id()).isPresent());
    }

    @Test
    void aChecklistRemarkIsANoteLinkedToItsItem() {
        Note n = notes.addForChecklistItem(WS, BEN, water.id(), Phase.INITIATING, "init-governance-1", "MoU signed on 3 March");
        assertEquals(new ChecklistLink("initiating", "init-governance-1"), n.checklist());
        assertEquals(List.of("MoU signed on 3 March"), found(WS, ANA, "signed"));
    }

    @Test
    void theDigestGetsTheWeeksSharedNotesOnly() {
        notes.add(WS, ANA, water.id(), NoteDraft.of("week one"));
        f.clock.advance(Duration.ofDays(7));
        Instant weekStart = f.clock.instant();
        notes.add(WS, ANA, water.id(), NoteDraft.of("week two"));
        notes.add(WS, ANA, water.id(), NoteDraft.of("week two, private").asPrivate(true));
        assertEquals(List.of("week two"), notes.sharedNotes(WS, weekStart, weekStart.plus(Duration.ofDays(7)))
                .stream().map(Note::text).toList());
    }

    @Test
    void importingAddsNotesOnceAndKeepsTheirDates() {
        Instant march = Instant.parse("2025-03-01T08:00:00Z");
        List<NoteDraft> drafts = List.of(
                new NoteDraft("imported one #legacy", List.of(), false, march, "Old System", null),
                new NoteDraft("imported two", List.of("x"), true, null, null, null));
        assertEquals(new NoteBook.ImportReport(2, 0), notes.importNotes(WS, ANA, water.id(), drafts));
        Note one = notes.notesOf(WS, ANA.id(), water.id()).get(0);
        assertEquals(march, one.createdAt());
        assertEquals("Old System", one.authorName());
        assertEquals(List.of("legacy"), one.tags());
        assertEquals(1, notes.importNotes(WS, ANA, water.id(), drafts.subList(0, 1)).skipped());
        NotesException bad = assertThrows(NotesException.class, () -> notes.importNotes(WS, ANA, water.id(),
                List.of(NoteDraft.of("fine"), NoteDraft.of(""))));
        assertTrue(bad.getMessage().startsWith("note 2:"), bad.getMessage());
        assertEquals(2, notes.notesOf(WS, ANA.id(), water.id()).size(), "a refused import adds nothing");
    }

    @Test
    void erasingAPersonRemovesEverythingTheyWroteAndTheirOwnership() {
        notes.add(WS, ANA, water.id(), NoteDraft.of("ana public"));
        notes.add(WS, ANA, water.id(), NoteDraft.of("ana private").asPrivate(true));
        notes.add(WS, BEN, water.id(), NoteDraft.of("ben stays"));
        NoteBook.Erasure e = notes.eraseAuthor(WS, ANA.id());
        assertEquals(new NoteBook.Erasure(2, 1), e);
        assertEquals(List.of("ben stays"), notes.notesOf(WS, ANA.id(), water.id()).stream().map(Note::text).toList());
        Partnership kept = f.registry.get(WS, water.id()).orElseThrow();
        assertEquals(null, kept.owner());
        assertEquals(List.of(), found(WS, ANA, "ana"));
    }

    @Test
    void erasingAWorkspaceRemovesAllItsRecordsAndNothingElse() {
        notes.add(WS, ANA, water.id(), NoteDraft.of("local note"));
        Partnership theirs = f.registry.create(OTHER, PartnershipSpec.named("Theirs"), SLACK_SAM);
        notes.add(OTHER, SLACK_SAM, theirs.id(), NoteDraft.of("their note"));
        assertEquals(2, notes.eraseWorkspace(WS));
        assertEquals(List.of(), f.registry.list(WS));
        assertEquals(List.of(), found(WS, ANA, "note"));
        assertEquals(List.of("their note"), found(OTHER, SLACK_SAM, "note"));
    }

    @Test
    void theIndexIsRebuiltFromTheStoreAfterARestart(@TempDir Path dir) {
        String pid;
        try (MapDbDocumentStore store = MapDbDocumentStore.open(dir.resolve("notes.db"))) {
            NoteBookFixture before = new NoteBookFixture(store);
            pid = before.partnership(WS, "Skills Alliance").id();
            Note n = before.notes.add(WS, ANA, pid, NoteDraft.of("apprenticeship scheme agreed"));
            before.notes.edit(WS, ANA, n.id(), 1, NoteChange.text("apprenticeship scheme signed"));
            before.notes.add(WS, BEN, pid, NoteDraft.of("to be deleted"));
            before.notes.delete(WS, BEN, before.notes.notesOf(WS, BEN.id(), pid).get(1).id(), null);
        }
        try (MapDbDocumentStore store = MapDbDocumentStore.open(dir.resolve("notes.db"))) {
            NoteBookFixture after = new NoteBookFixture(store);
            assertEquals(List.of("apprenticeship scheme signed"),
                    after.notes.notesOf(WS, ANA.id(), pid).stream().map(Note::text).toList());
            assertFalse(after.notes.search(NoteQuery.all(WS, ANA.id()).withText("signed")).notes().isEmpty());
        }
    }
}
