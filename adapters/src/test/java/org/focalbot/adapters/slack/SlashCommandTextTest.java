package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlashCommandTextTest {

    @ParameterizedTest(name = "/focal {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "''|help",
            "help|help",
            "HELP notes|help with notes",
            "ask who should be the fiduciary agent?|who should be the fiduciary agent?",
            "ask|help",
            "checklist|start a checklist",
            "checklist initiating for Water Alliance|start the checklist initiating for Water Alliance",
            "checklist status|show checklist progress",
            "checklist progress for Water Alliance|show checklist progress for Water Alliance",
            "note for Water Alliance: mayor agreed the MoU draft|note for Water Alliance: mayor agreed the MoU draft",
            "note budget review is due in May|note: budget review is due in May",
            "notes|show notes",
            "notes for Water Alliance|show notes for Water Alliance",
            "notes budget|show notes about budget",
            "digest|preview this week's digest",
            "digest preview|preview this week's digest",
            "digest now|send the digest now",
            "digest stop|stop the weekly digest",
            "digest subscribe|send the weekly digest here",
            "digest on Fridays at 8|send the weekly digest here on Fridays at 8",
            "hello there|hello there",
    })
    void subcommandsBecomeTheSentenceAPersonWouldType(String command, String sentence) {
        assertEquals(sentence, SlashCommandText.toTurnText(command));
    }
}
