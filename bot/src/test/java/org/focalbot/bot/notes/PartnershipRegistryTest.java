package org.focalbot.bot.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.knowledge.checklist.Phase;
import org.junit.jupiter.api.Test;

class PartnershipRegistryTest {

    private final NoteBookFixture f = new NoteBookFixture(new InMemoryDocumentStore());
    private final PartnershipRegistry registry = f.registry;

    @Test
    void aPartnershipIsCreatedWithPartnersSectorsAndTheCreatorAsOwner() {
        Partnership p = registry.create("web:local", PartnershipSpec.named("  Water   Alliance Nairobi ")
                .withPartners(List.of(new Partner("UN-Habitat", Sector.UN_MULTILATERAL), new Partner("Acme Ltd", null)))
                .withAliases(List.of("WAN")), NoteBookFixture.ANA);
        assertEquals("Water Alliance Nairobi", p.name());
        assertEquals(Phase.INITIATING, p.phase());
        assertEquals("web:ana", p.owner());
        assertEquals("web:local", p.workspace());
        assertEquals(1, p.version());
        assertEquals(p, registry.get("web:local", p.id()).orElseThrow());
        assertEquals(p, registry.find("web:local", "wan").orElseThrow());
    }

    @Test
    void aNameOrAliasAlreadyTakenInTheWorkspaceIsRefused() {
        registry.create("web:local", PartnershipSpec.named("Water Alliance").withAliases(List.of("WA")), NoteBookFixture.ANA);
        NotesException e = assertThrows(NotesException.class,
                () -> registry.create("web:local", PartnershipSpec.named("the water alliance"), NoteBookFixture.BEN));
        assertEquals(NotesException.Kind.CONFLICT, e.kind());
        assertThrows(NotesException.class,
                () -> registry.create("web:local", PartnershipSpec.named("Other").withAliases(List.of("wa")), NoteBookFixture.BEN));
        registry.create("slack:T1", PartnershipSpec.named("Water Alliance"), NoteBookFixture.SLACK_SAM);
    }

    @Test
    void emptyOrOverlongNamesAreRefusedClearly() {
        NotesException empty = assertThrows(NotesException.class,
                () -> registry.create("web:local", PartnershipSpec.named("  "), NoteBookFixture.ANA));
        assertEquals(NotesException.Kind.INVALID, empty.kind());
        assertTrue(assertThrows(NotesException.class, () -> registry.create("web:local",
                PartnershipSpec.named("x".repeat(121)), NoteBookFixture.ANA)).getMessage().contains("120"));
    }

    @Test
    void aStaleUpdateIsRefusedWithAClearMessage() {
        Partnership p = f.partnership("web:local", "Skills Alliance");
        Partnership moved = registry.update("web:local", p.id(), 1, PartnershipSpec.named(null).withPhase(Phase.ADAPTIVE_PLANNING),
                NoteBookFixture.BEN);
        assertEquals(2, moved.version());
        NotesException e = assertThrows(NotesException.class, () -> registry.update("web:local", p.id(), 1,
                PartnershipSpec.named("Renamed"), NoteBookFixture.ANA));
        assertEquals(NotesException.Kind.CONFLICT, e.kind());
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
        assertEquals("Skills Alliance", registry.get("web:local", p.id()).orElseThrow().name());
    }

    @Test
    void noReadReachesAnotherWorkspace() {
        Partnership p = f.partnership("web:local", "Water Alliance");
        assertTrue(registry.get("slack:T1", p.id()).isEmpty());
        assertTrue(registry.find("slack:T1", "Water Alliance").isEmpty());
        assertTrue(registry.list("slack:T1").isEmpty());
        assertInstanceOf(Resolution.NotFound.class, registry.resolve("slack:T1", "water"));
        assertThrows(NotesException.class, () -> registry.update("slack:T1", p.id(), 1, PartnershipSpec.named("x"),
                NoteBookFixture.SLACK_SAM));
    }
}
