package org.focalbot.bot.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.focalbot.bot.store.Json;
import org.focalbot.knowledge.checklist.Phase;
import org.junit.jupiter.api.Test;

class NoteExportTest {

    private final ObjectMapper mapper = Json.newMapper();
    private final NoteExport export = new NoteExport(mapper);
    private final Instant at = Instant.parse("2025-03-12T09:30:00Z");
    private final Partnership water = new Partnership("p1", "web:local", "Water Alliance Nairobi", List.of("WAN"),
            Phase.ADAPTIVE_PLANNING, List.of(new Partner("UN-Habitat", Sector.UN_MULTILATERAL), new Partner("Acme", null)),
            "web:ana", "Ana", "web:local", at, at, 1);
    private final List<Note> notes = List.of(
            new Note("n1", "web:local", "p1", "Mayor agreed, \"in principle\"\nsecond line", List.of("mou"), false,
                    "web:ana", "Ana", "web:local", at, at, 1, null),
            new Note("n2", "web:local", "p1", "=HYPERLINK(\"http://evil\")", List.of(), true, "web:ana", "Ana",
                    "web:local", at.plusSeconds(60), at.plusSeconds(60), 1, new ChecklistLink("adaptive-planning", "ap-1")));

    @Test
    void markdownShowsThePartnershipAndEachNoteWithDateAndAuthor() {
        String md = export.markdown(water, notes, at);
        assertTrue(md.startsWith("# Water Alliance Nairobi — notes\n"), md);
        assertTrue(md.contains("- Phase: Adaptive planning"), md);
        assertTrue(md.contains("UN-Habitat (UN/multilateral), Acme"), md);
        assertTrue(md.contains("## 12 Mar 2025 09:30 UTC · Ana\n\nMayor agreed"), md);
        assertTrue(md.contains("(private)"), md);
        assertTrue(md.contains("Tags: #mou"), md);
    }

    @Test
    void csvQuotesFieldsAndDisarmsFormulas() {
        String[] lines = export.csv(water, notes).split("\r\n");
        assertEquals("id,partnership,created_at,updated_at,author,author_name,tags,private,text", lines[0]);
        assertTrue(lines[1].endsWith(",mou,false,\"Mayor agreed, \"\"in principle\"\"\nsecond line\""), lines[1]);
        assertTrue(lines[2].endsWith(",\"'=HYPERLINK(\"\"http://evil\"\")\""), lines[2]);
    }

    @Test
    void jsonExportReadsBackAsAnImport() throws Exception {
        String json = export.json(water, notes, at);
        List<NoteDraft> back = export.readImport(mapper.readTree(json));
        assertEquals(2, back.size());
        assertEquals(notes.get(0).text(), back.get(0).text());
        assertEquals(at, back.get(0).createdAt());
        assertEquals(List.of("mou"), back.get(0).tags());
        assertTrue(back.get(1).privateNote());
        assertEquals(new ChecklistLink("adaptive-planning", "ap-1"), back.get(1).checklist());
        assertEquals(1, mapper.readTree(json).get("schemaVersion").asInt());
    }

    @Test
    void aMalformedImportIsRefusedNamingTheNote() throws Exception {
        NotesException e = assertThrows(NotesException.class, () -> export.readImport(mapper.readTree(
                "{\"notes\": [{\"text\": \"ok\"}, {\"text\": \"bad\", \"createdAt\": \"last tuesday\"}]}")));
        assertTrue(e.getMessage().startsWith("note 2: \"createdAt\""), e.getMessage());
        assertThrows(NotesException.class, () -> export.readImport(mapper.readTree("{\"items\": []}")));
        assertThrows(NotesException.class, () -> export.readImport(mapper.readTree("[{\"text\": 5}]")));
    }
}
