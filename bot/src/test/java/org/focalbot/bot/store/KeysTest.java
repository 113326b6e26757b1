package org.focalbot.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KeysTest {

    @Test
    void partsAreJoinedWithSlashes() {
        assertEquals("slack:T1/notes/42", Keys.of("slack:T1", "notes", "42"));
        assertEquals("slack:T1/", Keys.prefix("slack:T1"));
    }

    @Test
    void aSlashInsideAPartCannotForgeAnotherPrefix() {
        String tricky = Keys.of("web:local", "a/b");
        assertEquals("web:local/a%2Fb", tricky);
        assertFalse(tricky.startsWith(Keys.prefix("web:local", "a")));
        assertEquals("a/b", Keys.lastPart(tricky));
    }

    @Test
    void percentSignsSurviveTheRoundTrip() {
        assertEquals("100%2F%25 a/b", Keys.lastPart(Keys.of("x", "100%2F%25 a/b")));
    }

    @Test
    void emptyPartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Keys.of("a", ""));
    }
}
