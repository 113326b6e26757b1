package org.focalbot.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonCollectionTest {

    record Memo(String text, Instant at) {
    }

    private final ObjectMapper mapper = Json.newMapper();
    private final InMemoryDocumentStore store = new InMemoryDocumentStore();

    @Test
    void recordsAreStoredAsJsonWithTheirSchemaVersion() {
        var memos = new JsonCollection<>(store, "memos", Memo.class, 3, mapper, (d, v) -> d);
        memos.put("w/1", new Memo("hello", Instant.parse("2026-03-01T10:00:00Z")));
        String raw = store.get("memos", "w/1").orElseThrow();
        assertEquals("{\"schemaVersion\":3,\"text\":\"hello\",\"at\":\"2026-03-01T10:00:00Z\"}", raw);
        assertEquals(new Memo("hello", Instant.parse("2026-03-01T10:00:00Z")), memos.get("w/1").orElseThrow());
    }

    @Test
    void olderRecordsAreUpgradedOnRead() {
        store.put("memos", "w/1", "{\"schemaVersion\":1,\"body\":\"old shape\"}");
        var memos = new JsonCollection<>(store, "memos", Memo.class, 2, mapper, (doc, from) -> {
            doc.set("text", doc.remove("body"));
            return doc;
        });
        assertEquals("old shape", memos.get("w/1").orElseThrow().text());
    }

    @Test
    void recordsFromANewerReleaseAreRefusedRatherThanMisread() {
        store.put("memos", "w/1", "{\"schemaVersion\":9,\"text\":\"future\"}");
        var memos = new JsonCollection<>(store, "memos", Memo.class, mapper);
        StoreException e = assertThrows(StoreException.class, () -> memos.get("w/1"));
        assertTrue(e.getMessage().contains("schema version 9"), e.getMessage());
    }

    @Test
    void scansDecodeInKeyOrder() {
        var memos = new JsonCollection<>(store, "memos", Memo.class, mapper);
        memos.put("w/b", new Memo("b", null));
        memos.put("w/a", new Memo("a", null));
        memos.put("x/a", new Memo("other workspace", null));
        assertEquals(List.of("a", "b"), memos.scan("w/").stream().map(Memo::text).toList());
    }
}
