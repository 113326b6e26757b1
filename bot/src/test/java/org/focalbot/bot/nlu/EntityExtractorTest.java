package org.focalbot.bot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.focalbot.knowledge.checklist.Phase;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    private Optional<String> partnership(String text) {
        return extractor.extract(text).partnership();
    }

    @Test
    void thePartnershipOfANoteIsTheNameBeforeTheColon() {
        Entities e = extractor.extract("note for Water Alliance: mayor agreed the MoU draft");
        assertEquals(Optional.of("Water Alliance"), e.partnership());
        assertEquals(Optional.of("mayor agreed the MoU draft"), e.noteText());
    }

    @Test
    void aPartnershipAfterAPrepositionIsFoundWithoutTheArticle() {
        assertEquals(Optional.of("health alliance"), partnership("start the checklist for the health alliance"));
        assertEquals(Optional.of("water alliance"), partnership("where are we with the water alliance?"));
        assertEquals(Optional.of("Green Jobs Coalition"), partnership("show me the notes for the Green Jobs Coalition"));
        assertEquals(Optional.of("Water Alliance"), partnership("notes for Water Alliance since March"));
        assertEquals(Optional.of("health alliance"),
                partnership("go through the planning phase with me for the health alliance"));
        assertEquals(Optional.of("Acme partnership"), partnership("where do we stand with the Acme partnership"));
    }

    @Test
    void aNewPartnershipIsNamedByWhatFollowsCalledOrNew() {
        assertEquals(Optional.of("Water Alliance"), partnership("new partnership Water Alliance with UN-Habitat and Acme"));
        assertEquals(Optional.of("Clean Energy Compact"), partnership("create a partnership called Clean Energy Compact"));
    }

    @Test
    void aNameEndingInAPartnershipWordIsFoundWithoutAPreposition() {
        assertEquals(Optional.of("Blue Ocean Alliance"), partnership("let's kick off the Blue Ocean Alliance checklist"));
        assertEquals(Optional.of("Skills for Youth"),
                partnership("register partnership Skills for Youth with ILO, UNICEF and Microsoft"));
    }

    @Test
    void ordinaryWordsAfterPrepositionsAreNotPartnerships() {
        assertEquals(Optional.empty(), partnership("how do we set objectives for our partnership"));
        assertEquals(Optional.empty(), partnership("how are decisions made in a multi-stakeholder partnership"));
        assertEquals(Optional.empty(), partnership("what did we write about UNICEF"));
        assertEquals(Optional.empty(), partnership("notes about the budget"));
        assertEquals(Optional.empty(), partnership("send the weekly digest here on Fridays at 8"));
        assertEquals(Optional.empty(), partnership("what does the guide say about governance"));
        assertEquals(Optional.empty(), partnership("hello"));
    }

    @Test
    void aKnownNameWinsAndKeepsTheSpellingOfTheMessage() {
        Entities e = extractor.extract("what's new with acme and the city of turin?", List.of("Acme", "City of Turin"));
        assertEquals(Optional.of("city of turin"), e.partnership());
    }

    @Test
    void phasesAreRecognisedByGuideNameAndEverydayVariant() {
        assertEquals(Optional.of(Phase.INITIATING), extractor.extract("start the initiating checklist").phase());
        assertEquals(Optional.of(Phase.INITIATING), extractor.extract("take me through the kick-off").phase());
        assertEquals(Optional.of(Phase.ADAPTIVE_PLANNING), extractor.extract("what is adaptive planning").phase());
        assertEquals(Optional.of(Phase.ADAPTIVE_PLANNING), extractor.extract("begin the adaptative planning steps").phase());
        assertEquals(Optional.of(Phase.ADAPTIVE_PLANNING), extractor.extract("go through planning with me").phase());
        assertEquals(Optional.of(Phase.COLLABORATIVE_ACTION), extractor.extract("collaborative action checklist").phase());
        assertEquals(Optional.of(Phase.COLLABORATIVE_ACTION), extractor.extract("the implementation phase please").phase());
        assertEquals(Optional.of(Phase.REFLECTIVE_MONITORING), extractor.extract("open the monitoring phase").phase());
        assertEquals(Optional.of(Phase.REFLECTIVE_MONITORING), extractor.extract("what is reflective monitoring").phase());
        assertEquals(Optional.empty(), extractor.extract("show notes for the health alliance").phase());
    }

    @Test
    void theNoteTextIsWhatFollowsTheCommandWords() {
        assertEquals(Optional.of("the budget review is due in May"),
                extractor.extract("record that the budget review is due in May").noteText());
        assertEquals(Optional.of("WHO joined the core group"),
                extractor.extract("note for health alliance: WHO joined the core group").noteText());
        assertEquals(Optional.of("the next partner meeting is on 12 June"),
                extractor.extract("note for the water alliance - the next partner meeting is on 12 June").noteText());
        assertEquals(Optional.of("Acme wants to review the MoU"),
                extractor.extract("please remember that Acme wants to review the MoU").noteText());
        assertEquals(Optional.empty(), extractor.extract("add a note").noteText());
        assertEquals(Optional.empty(), extractor.extract("what did we note about the budget").noteText());
    }

    @Test
    void digestSchedulesGiveAWeekdayAndATime() {
        Entities fridays = extractor.extract("send the weekly digest here on Fridays at 8");
        assertEquals(Optional.of(DayOfWeek.FRIDAY), fridays.weekday());
        assertEquals(Optional.of(LocalTime.of(8, 0)), fridays.time());

        Entities monday = extractor.extract("reschedule the digest to Monday 9:30");
        assertEquals(Optional.of(DayOfWeek.MONDAY), monday.weekday());
        assertEquals(Optional.of(LocalTime.of(9, 30)), monday.time());

        assertEquals(Optional.of(LocalTime.of(8, 0)), extractor.extract("change the digest time to 8am").time());
        assertEquals(Optional.of(LocalTime.of(17, 0)), extractor.extract("weekly digest on thursdays at 5 pm").time());
        assertEquals(Optional.of(LocalTime.of(16, 0)), extractor.extract("deliver it at 16:00").time());
        assertEquals(Optional.of(LocalTime.NOON), extractor.extract("at noon on Tuesdays").time());
        assertEquals(Optional.of(DayOfWeek.TUESDAY), extractor.extract("at noon on Tuesdays").weekday());
    }

    @Test
    void datesAndImpossibleClockTimesAreNotTimes() {
        assertEquals(Optional.empty(), extractor.extract("the meeting is on 12 June").time());
        assertEquals(Optional.empty(), extractor.extract("send it at 25:00").time());
        assertEquals(Optional.empty(), extractor.extract("stop the digest").weekday());
    }
}
