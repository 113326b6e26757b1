package org.focalbot.bot.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.store.JsonCollection;
import org.junit.jupiter.api.Test;

/** The fast startup reader gives exactly what the general JSON binding gives. */
class NoteCodecTest {

    private final com.fasterxml.jackson.databind.ObjectMapper mapper = Json.newMapper();
    private final JsonCollection<Note> records = new JsonCollection<>(new InMemoryDocumentStore(), "notes", Note.class, mapper);
    private final NoteCodec codec = new NoteCodec(mapper.getFactory());

    @Test
    void storedNotesReadTheSameAsWithDataBinding() {
        List<Note> notes = List.of(
                new Note("n1", "slack:T1", "p1", "Mayor agreed \"in principle\" ✓\nline two", List.of("mou", "legal"), true,
                        "slack:U1", "Ana", "slack:T1", Instant.parse("2025-03-12T09:30:00Z"),
                        Instant.parse("2025-03-12T09:31:00.123456789Z"), 3, new ChecklistLink("initiating", "i-1")),
                new Note("n2", "web:local", "p2", "plain", List.of(), false, "web:ben", null, null,
                        Instant.parse("2024-02-29T23:59:59.5Z"), Instant.parse("2024-02-29T23:59:59.5Z"), 1, null));
        for (Note n : notes) {
            String json = records.encode(n);
            assertEquals(records.decode("k", json), codec.read(json).orElseThrow(), json);
        }
    }

    @Test
    void otherShapesAreLeftToTheGeneralReader() {
        assertTrue(codec.read("{\"schemaVersion\":2,\"id\":\"x\"}").isEmpty());
        assertTrue(codec.read("{\"schemaVersion\":1,\"id\":\"x\"}").isEmpty(), "required fields missing");
    }

    @Test
    void instantsInEveryPrecisionJacksonWrites() {
        for (String s : List.of("2025-03-12T09:30:00Z", "2025-03-12T09:30:00.1Z", "2025-03-12T09:30:00.123Z",
                "2025-03-12T09:30:00.123456Z", "2025-03-12T09:30:00.123456789Z", "1970-01-01T00:00:00Z", "+10000-01-01T00:00:00Z")) {
            assertEquals(Instant.parse(s), NoteCodec.instant(s), s);
        }
    }
}
