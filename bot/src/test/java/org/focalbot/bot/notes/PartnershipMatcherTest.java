package org.focalbot.bot.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnershipMatcherTest {

    private final PartnershipMatcher matcher = new PartnershipMatcher();
    private final List<Partnership> all = List.of(
            p("p1", "Water Alliance Nairobi", "WAN"),
            p("p2", "Skills Alliance"),
            p("p3", "Wastewater Reuse Kenya"),
            p("p4", "Water Alliance Mombasa"));

    private static Partnership p(String id, String name, String... aliases) {
        Instant t = Instant.EPOCH;
        return new Partnership(id, "web:local", name, List.of(aliases), null, List.of(), "web:a", "A", "web:local", t, t, 1);
    }

    private String found(String mention) {
        Resolution r = matcher.resolve(mention, all);
        return assertInstanceOf(Resolution.Found.class, r, mention + " → " + r).partnership().id();
    }

    @Test
    void anExactNameOrAliasIsFound() {
        assertEquals("p1", found("Water Alliance Nairobi"));
        assertEquals("p1", found("the water alliance nairobi partnership"));
        assertEquals("p1", found("wan"));
    }

    @Test
    void aDistinctiveWordIsEnough() {
        assertEquals("p2", found("skills"));
        assertEquals("p1", found("nairobi"));
        assertEquals("p4", found("mombasa water"));
    }

    @Test
    void smallTyposAndWordBeginningsAreForgiven() {
        assertEquals("p2", found("skils aliance"));
        assertEquals("p1", found("water nair"));
    }

    @Test
    void aWordSeveralNamesShareIsAmbiguousAndListsThem() {
        Resolution r = matcher.resolve("water alliance", all);
        List<String> ids = assertInstanceOf(Resolution.Ambiguous.class, r).options().stream().map(Partnership::id).toList();
        assertEquals(List.of("p1", "p4"), ids.stream().sorted().toList());
        assertInstanceOf(Resolution.Ambiguous.class, matcher.resolve("alliance", all));
    }

    @Test
    void waterFindsTheAllianceNotAWordThatMerelyContainsIt() {
        Resolution r = matcher.resolve("water", List.of(all.get(0), all.get(2)));
        assertEquals("p1", assertInstanceOf(Resolution.Found.class, r).partnership().id());
    }

    @Test
    void somethingUnknownIsNotFoundWithNearMisses() {
        Resolution r = matcher.resolve("Health Compact", all);
        assertInstanceOf(Resolution.NotFound.class, r);
        Resolution near = matcher.resolve("wastewate reuse kenya project", all);
        assertInstanceOf(Resolution.NotFound.class, near);
    }
}
