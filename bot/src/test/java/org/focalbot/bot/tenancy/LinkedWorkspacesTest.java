package org.focalbot.bot.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.focalbot.bot.MutableClock;
import org.focalbot.bot.Platform;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.NoteBook;
import org.focalbot.bot.notes.NoteDraft;
import org.focalbot.bot.notes.NoteIds;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipRegistry;
import org.focalbot.bot.notes.PartnershipSpec;
import org.focalbot.bot.notes.TestNotes;
import org.focalbot.bot.notes.search.Analyzer;
import org.focalbot.bot.notes.search.NoteIndex;
import org.focalbot.bot.notes.search.NoteQuery;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedWorkspacesTest {

    private static final TenantRef SLACK = TenantRef.parse("slack:T1");
    private static final TenantRef TEAMS = TenantRef.parse("teams:72f988bf-86f1");
    private static final Author SAM = new Author("slack:U1", "Sam", "slack:T1");
    private static final Author TOM = new Author("teams:29:abc", "Tom", "teams:72f988bf-86f1");

    private final DocumentStore store = new InMemoryDocumentStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T09:00:00Z"));
    private NoteBook notes;
    private LinkedWorkspaces workspaces;

    @BeforeEach
    void setUp() {
        var mapper = Json.newMapper();
        NoteIds ids = new NoteIds(clock);
        notes = new NoteBook(store, mapper, new PartnershipRegistry(store, mapper, ids, clock),
                new NoteIndex(new Analyzer()), ids, clock);
        notes.loadIndex();
        workspaces = new LinkedWorkspaces(store, mapper, clock, List.of(notes));
    }

    private String ws(TenantRef t) {
        return workspaces.workspaceOf(t.platform(), t.tenant());
    }

    private Partnership partnership(TenantRef t, String name, Author by) {
        return notes.partnerships().create(ws(t), PartnershipSpec.named(name), by);
    }

    @Test
    void unlinkedTenantsAreSeparateWorkspaces() {
        assertEquals("slack:T1", ws(SLACK));
        assertEquals("teams:72f988bf-86f1", ws(TEAMS));
    }

    @Test
    void linkedTenantsShareOneWorkspaceAndTheDataTheyAlreadyHad() {
        Partnership p = partnership(SLACK, "Water Alliance", SAM);
        notes.add(ws(SLACK), SAM, p.id(), NoteDraft.of("written in slack before the link"));
        LinkedWorkspaces.Linked linked = workspaces.link("unicef-kenya", List.of(SLACK, TEAMS), WorkspaceLink.FROM_API);
        assertEquals(2, linked.recordsMoved());
        assertEquals("org:unicef-kenya", ws(SLACK));
        assertEquals(ws(SLACK), ws(TEAMS));
        assertEquals(1, notes.search(NoteQuery.all(ws(TEAMS), TOM.id()).withText("slack")).total());
        notes.add(ws(TEAMS), TOM, p.id(), NoteDraft.of("added from teams"));
        assertEquals(2, notes.notesOf(ws(SLACK), SAM.id(), p.id()).size());
        assertEquals(0, notes.search(NoteQuery.all("slack:T1", SAM.id())).total(), "nothing left behind");
    }

    @Test
    void nobodyOutsideTheLinkSeesTheOrganisationsData() {
        workspaces.link("unicef-kenya", List.of(SLACK, TEAMS), WorkspaceLink.FROM_API);
        Partnership p = partnership(SLACK, "Water Alliance", SAM);
        notes.add(ws(SLACK), SAM, p.id(), NoteDraft.of("organisation note"));
        TenantRef stranger = TenantRef.parse("slack:T2");
        assertEquals("slack:T2", ws(stranger));
        assertEquals(0, notes.search(NoteQuery.all(ws(stranger), "slack:U9").withText("organisation")).total());
        assertTrue(notes.partnerships().list(ws(stranger)).isEmpty());
    }

    @Test
    void aTenantBelongsToOneOrganisationOnly() {
        workspaces.link("one", List.of(SLACK), WorkspaceLink.FROM_API);
        LinkedWorkspaces.LinkConflict e = assertThrows(LinkedWorkspaces.LinkConflict.class,
                () -> workspaces.link("two", List.of(SLACK, TEAMS), WorkspaceLink.FROM_API));
        assertTrue(e.getMessage().contains("already linked to organisation \"one\""), e.getMessage());
        assertEquals("teams:72f988bf-86f1", ws(TEAMS), "a refused link changes nothing");
        assertThrows(IllegalArgumentException.class, () -> workspaces.link("Bad Name!", List.of(TEAMS), WorkspaceLink.FROM_API));
    }

    @Test
    void unlinkingKeepsTheOrganisationsDataForWhenItIsLinkedAgain() {
        workspaces.link("unicef", List.of(SLACK, TEAMS), WorkspaceLink.FROM_API);
        partnership(SLACK, "Water Alliance", SAM);
        assertTrue(workspaces.unlink("unicef", WorkspaceLink.FROM_API));
        assertEquals("slack:T1", ws(SLACK));
        assertTrue(notes.partnerships().list(ws(SLACK)).isEmpty());
        workspaces.link("unicef", List.of(SLACK), WorkspaceLink.FROM_API);
        assertEquals(1, notes.partnerships().list(ws(SLACK)).size());
    }

    @Test
    void theLinksFileIsAuthoritativeAndCannotBeUndoneThroughTheApi(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("links.json");
        Files.writeString(file, "{\"links\": [{\"organisation\": \"ilo\", \"members\": [\"slack:T1\", \"teams:72f988bf-86f1\"]}]}");
        workspaces.declare(WorkspaceLinksFile.read(file, Json.newMapper(), clock.instant()));
        assertEquals("org:ilo", ws(TEAMS));
        assertThrows(LinkedWorkspaces.LinkConflict.class, () -> workspaces.unlink("ilo", WorkspaceLink.FROM_API));
        Files.writeString(file, "{\"links\": [{\"organisation\": \"ilo\", \"members\": [\"slack:T1\"]}]}");
        workspaces.declare(WorkspaceLinksFile.read(file, Json.newMapper(), clock.instant()));
        assertEquals("org:ilo", ws(SLACK));
        assertEquals("teams:72f988bf-86f1", ws(TEAMS));
        workspaces.declare(List.of());
        assertEquals("slack:T1", ws(SLACK));
    }

    @Test
    void aBrokenLinksFileIsReportedWithTheEntryAtFault(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("links.json");
        Files.writeString(file, "{\"links\": [{\"organisation\": \"ilo\", \"members\": [\"slack\"]}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkspaceLinksFile.read(file, Json.newMapper(), clock.instant()));
        assertTrue(e.getMessage().contains("link 1") && e.getMessage().contains("platform:id"), e.getMessage());
    }

    @Test
    void linksSurviveAReload() {
        workspaces.link("unicef", List.of(SLACK, TEAMS), WorkspaceLink.FROM_API);
        LinkedWorkspaces reloaded = new LinkedWorkspaces(store, Json.newMapper(), clock, List.of(notes));
        assertEquals("org:unicef", reloaded.workspaceOf(Platform.TEAMS, TEAMS.tenant()));
    }
}
