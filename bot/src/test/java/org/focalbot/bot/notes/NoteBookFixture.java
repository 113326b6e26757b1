package org.focalbot.bot.notes;

import java.time.Instant;
import org.focalbot.bot.MutableClock;
import org.focalbot.bot.notes.search.Analyzer;
import org.focalbot.bot.notes.search.NoteIndex;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.Json;

/** A note book over a given store with a hand-moved clock, as the tests need it. */
final class NoteBookFixture {

    static final Author ANA = new Author("web:ana", "Ana Silva", "web:local");
    static final Author BEN = new Author("web:ben", "Ben Otieno", "web:local");
    static final Author SLACK_SAM = new Author("slack:U1", "Sam", "slack:T1");

    final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T09:00:00Z"));
    final NoteIds ids = new NoteIds(clock);
    final PartnershipRegistry registry;
    final NoteBook notes;

    NoteBookFixture(DocumentStore store) {
        var mapper = Json.newMapper();
        registry = new PartnershipRegistry(store, mapper, ids, clock);
        notes = new NoteBook(store, mapper, registry, new NoteIndex(new Analyzer()), ids, clock);
        notes.loadIndex();
    }

    Partnership partnership(String workspace, String name) {
        return registry.create(workspace, PartnershipSpec.named(name), ANA);
    }
}
