package org.focalbot.bot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.focalbot.knowledge.checklist.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DigestComposerTest {

    static final String WS = "web:local";
    static final Instant FROM = Instant.parse("2026-11-16T09:00:00Z");
    static final Instant TO = Instant.parse("2026-11-23T09:00:00Z");
    static final ZoneId UTC = ZoneId.of("UTC");

    private final FakeSources sources = new FakeSources();
    private final DigestComposer composer = new DigestComposer(sources);

    /** A small but complete week: three partnerships, one quiet, one with an overdue action. */
    static void seedWeek(FakeSources s) {
        s.partnerships.add(new FakeSources.Scoped<>(WS, new DigestSources.PartnershipInfo("water", "Water Alliance Nairobi", Phase.ADAPTIVE_PLANNING)));
        s.partnerships.add(new FakeSources.Scoped<>(WS, new DigestSources.PartnershipInfo("skills", "Skills Alliance", Phase.INITIATING)));
        s.partnerships.add(new FakeSources.Scoped<>(WS, new DigestSources.PartnershipInfo("health", "Health Alliance", Phase.COLLABORATIVE_ACTION)));
        s.partnerships.add(new FakeSources.Scoped<>("slack:OTHER", new DigestSources.PartnershipInfo("x", "Other Org Partnership", Phase.INITIATING)));
        for (int i = 1; i <= 4; i++) {
            s.notes.add(new FakeSources.Scoped<>(WS, new DigestSources.NoteInfo("water", "Ana",
                    "note " + i + " about the MoU", Instant.parse(String.format("2026-11-%02dT10:00:00Z", 16 + i)))));
        }
        s.done.add(new FakeSources.Scoped<>(WS, new DigestSources.CompletedItem("water", Phase.ADAPTIVE_PLANNING,
                "Agree a resource strategy with partners", "Ana", Instant.parse("2026-11-18T10:00:00Z"))));
        s.phases.add(new FakeSources.Scoped<>(WS, new DigestSources.PhaseChange("water", Phase.INITIATING,
                Phase.ADAPTIVE_PLANNING, Instant.parse("2026-11-17T10:00:00Z"))));
        s.open.add(new FakeSources.Scoped<>(WS, new DigestSources.OpenAction("water", Phase.ADAPTIVE_PLANNING,
                "Set up the secretariat", "Ben", LocalDate.parse("2026-12-15"))));
        s.open.add(new FakeSources.Scoped<>(WS, new DigestSources.OpenAction("skills", Phase.INITIATING,
                "Map the stakeholders", "Chen", LocalDate.parse("2026-11-10"))));
        s.notes.add(new FakeSources.Scoped<>("slack:OTHER", new DigestSources.NoteInfo("x", "Eve", "other org secret",
                Instant.parse("2026-11-18T10:00:00Z"))));
    }

    @BeforeEach
    void seed() {
        seedWeek(sources);
    }

    @Test
    void headlineCountsTheWholeWeek() {
        Digest d = composer.compose(WS, List.of(), FROM, TO, UTC);
        assertEquals(new Digest.Headline(4, 1, 2, 1, 1), d.headline());
    }

    @Test
    void partnershipsWithOverdueActionsComeFirstThenTheBusiest() {
        Digest d = composer.compose(WS, List.of(), FROM, TO, UTC);
        assertEquals(List.of("Skills Alliance", "Water Alliance Nairobi"), d.active().stream().map(Digest.Section::name).toList());
        assertEquals(List.of("Health Alliance"), d.quietNames());
    }

    @Test
    void atMostThreeExcerptsNewestFirst() {
        Digest.Section water = composer.compose(WS, List.of(), FROM, TO, UTC).active().get(1);
        assertEquals(4, water.noteCount());
        assertEquals(List.of("note 4 about the MoU", "note 3 about the MoU", "note 2 about the MoU"),
                water.excerpts().stream().map(Digest.Excerpt::text).toList());
    }

    @Test
    void theScopeLimitsTheDigestToChosenPartnerships() {
        Digest d = composer.compose(WS, List.of("health"), FROM, TO, UTC);
        assertTrue(d.active().isEmpty());
        assertEquals(List.of("Health Alliance"), d.quietNames());
        assertTrue(d.quiet());
    }

    @Test
    void anotherWorkspacesDataNeverAppears() {
        String all = PlainTextDigest.render(composer.compose(WS, List.of(), FROM, TO, UTC)).text();
        assertTrue(!all.contains("Other Org") && !all.contains("other org secret"), all);
    }

    @Test
    void longNotesAreShortenedAtAWordBoundary() {
        String longText = "word ".repeat(100).strip();
        String s = DigestComposer.shorten(longText);
        assertTrue(s.length() <= DigestComposer.EXCERPT_CHARS + 1 && s.endsWith("word…"), s);
    }
}
