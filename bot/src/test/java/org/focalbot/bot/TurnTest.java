package org.focalbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TurnTest {

    @Test
    void aTurnCarriesEitherTextOrAnAction() {
        assertThrows(IllegalArgumentException.class,
                () -> new Turn(Platform.WEB, "local", "c", "u", null, "hi", "help:ask"));
        assertThrows(IllegalArgumentException.class,
                () -> new Turn(Platform.WEB, "local", "c", "u", null, null, null));
    }

    @Test
    void idsMustNotBeBlank() {
        assertThrows(IllegalArgumentException.class, () -> Turn.text(Platform.WEB, " ", "c", "u", null, "hi"));
        assertThrows(IllegalArgumentException.class, () -> Turn.text(Platform.WEB, "local", "c", "", null, "hi"));
    }

    @Test
    void theUserIdStandsInForAMissingName() {
        assertEquals("u7", Turn.text(Platform.SLACK, "T1", "C1", "u7", " ", "hi").userName());
    }

    @Test
    void authorsAreUniqueAcrossPlatforms() {
        assertEquals("slack:U1", Turn.text(Platform.SLACK, "T1", "C1", "U1", null, "hi").author());
        assertEquals("teams:U1", Turn.text(Platform.TEAMS, "t", "c", "U1", null, "hi").author());
    }
}
